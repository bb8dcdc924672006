import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import { OfficeWorkbookHost } from '../../src/workbook/officeWorkbookHost';
import { type WorkbookHost } from '../../src/workbook/workbookHost';
import { cellLimitCases } from '../faults/cellLimitCases';
import { emptyState, excelMock, type ExcelLog } from './excelMock';

/** Excel's limits on one cell, refused by both hosts before anything reaches the workbook. */
const globals = globalThis as { Excel?: unknown };
afterEach(() => {
  delete globals.Excel;
});

function office(): { host: WorkbookHost; log: ExcelLog } {
  const { excel, log } = excelMock(emptyState());
  globals.Excel = excel;
  return { host: new OfficeWorkbookHost(), log };
}

describe.each(cellLimitCases)('$name', ({ cell, refused }) => {
  it('in a range and in a table of the in-memory workbook', async () => {
    const host = new MemoryWorkbookHost();
    const table = { name: 'T', sheet: 'Sheet1', topLeft: 'C1', headers: ['A'], rows: [[cell]] };
    if (refused) {
      await expect(host.writeRange('Sheet1', 'A1', [[1, cell]])).rejects.toThrow(refused);
      await expect(host.writeTable(table)).rejects.toThrow(refused);
      expect(host.sheetCells('Sheet1')).toEqual([]);
    } else {
      await host.writeRange('Sheet1', 'A1', [[1, cell]]);
      await host.writeTable(table);
      expect(host.cellInput('Sheet1', 1, 2)).toBe(cell);
      expect(host.cellInput('Sheet1', 2, 3)).toBe(cell);
    }
  });

  it('through Office.js: refused before any request is sent', async () => {
    const { host, log } = office();
    const write = host.writeRange('Sheet1', 'A1', [[cell]]);
    if (refused) {
      await expect(write).rejects.toThrow(refused);
      expect(log.syncs).toBe(0);
    } else {
      await write;
      expect(log.ranges.at(-1)?.mock.formulas).toEqual([[cell]]);
    }
  });
});
