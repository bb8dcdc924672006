import { benchSyncs } from '../../bench/syncCountBench';
import { excelStateOf } from '../../bench/excelStateOf';
import { inFewRoundTrips } from '../../src/workbook/batchedOperation';
import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import { REQUEST_BYTES } from '../../src/workbook/officeBatch';
import { COPY_CELLS, copyOfficeWorkbook } from '../../src/workbook/officeCopy';
import { OfficeWorkbookHost } from '../../src/workbook/officeWorkbookHost';
import { sampleContract } from '../../src/workbook/sampleModel';
import { createWorkbookOperations } from '../../src/workbook/createWorkbookOperations';
import { excelMock } from './excelMock';
import { workbookContent } from './support/faultyHost';

const globals = globalThis as { Excel?: unknown };
afterEach(() => {
  delete globals.Excel;
});

async function excelHolding(memory: MemoryWorkbookHost) {
  const { excel, log } = excelMock(await excelStateOf(memory));
  globals.Excel = excel;
  return log;
}

describe('a workbook operation through Office.js', () => {
  it('takes at most five round trips, whatever the size of the contract', async () => {
    const counted = await benchSyncs([10, 100]);
    expect(counted.map((op) => op.failure)).toEqual(counted.map(() => undefined));
    for (const op of counted) {
      const [small, large] = op.counts;
      expect({ op: op.operation, syncs: large.syncs }).toEqual({
        op: op.operation,
        syncs: small.syncs,
      });
      expect(small.syncs).toBeLessThanOrEqual(5);
      expect(small.runs).toBeLessThanOrEqual(3);
    }
  }, 60_000);

  it('copies the workbook in three round trips: cells, tables, names and stored documents as they are', async () => {
    const memory = new MemoryWorkbookHost();
    const saved = await createWorkbookOperations(memory).saveModel(
      { contract: sampleContract() },
      null,
    );
    expect(saved.kind).toBe('saved');
    await memory.defineName('Fee', '=Contract!$B$3');
    const log = await excelHolding(memory);
    const copy = await copyOfficeWorkbook();
    expect(log.syncs).toBe(3);
    const got = workbookContent(copy.host);
    const want = workbookContent(memory);
    // The mock answers from the memory workbook's filled cells (excelStateOf): a format on an empty cell does not reach it.
    const filled = (sheets: typeof got.sheets) =>
      sheets.map((sheet) => ({ ...sheet, cells: sheet.cells.filter((c) => c.input !== '') }));
    expect(filled(got.sheets)).toEqual(filled(want.sheets));
    expect(got.names).toEqual(want.names);
    expect(got.documents).toEqual(want.documents);
    expect(got.tables.map((t) => [t.name, t.sheet, t.address])).toEqual(
      want.tables.map((t) => [t.name, t.sheet, t.address]),
    );
    expect(await copy.host.readTable('OM_ServiceLevels')).toEqual(
      await memory.readTable('OM_ServiceLevels'),
    );
  });

  it("copies the add-in's sheets up front and fetches others, the kept runs' or one too large, when touched", async () => {
    const memory = new MemoryWorkbookHost();
    const rows = Math.ceil((COPY_CELLS * 1.2) / 100);
    await memory.ensureSheet('OM_Big');
    await memory.writeRange(
      'OM_Big',
      'A1',
      Array.from({ length: rows }, (_, r) => Array.from({ length: 100 }, (_, c) => r * 100 + c)),
    );
    await memory.ensureSheet('OM_Small');
    await memory.writeRange('OM_Small', 'A1', [['ours']]);
    await memory.writeRange('Sheet1', 'A1', [['the user’s']]);
    // The kept runs' long JSON texts: only the run history's operations touch them.
    await memory.ensureSheet('OM_RunHistory');
    await memory.writeRange('OM_RunHistory', 'A1', [['{"run":1}']]);
    const log = await excelHolding(memory);
    const copy = await copyOfficeWorkbook();
    expect(log.syncs).toBe(3);
    expect(await copy.host.readRange('OM_Small', 'A1')).toEqual([['ours']]);
    expect(log.syncs).toBe(3);
    await copy.ensureLoaded('Sheet1');
    expect(log.syncs).toBe(4);
    expect(await copy.host.readRange('Sheet1', 'A1')).toEqual([['the user’s']]);
    await copy.ensureLoaded('OM_RunHistory');
    expect(log.syncs).toBe(5);
    expect(await copy.host.readRange('OM_RunHistory', 'A1')).toEqual([['{"run":1}']]);
    await copy.ensureLoaded('OM_Big');
    expect(log.syncs).toBe(7); // in two parts
    expect(await copy.host.readRange('OM_Big', `CV${rows}`)).toEqual([[rows * 100 - 1]]);
    await copy.ensureLoaded('OM_Big');
    expect(log.syncs).toBe(7);
  });

  it('reads the values Excel calculated, and refuses the value of a formula written since', async () => {
    const memory = new MemoryWorkbookHost();
    await memory.ensureSheet('OM_Calc');
    await memory.writeRange('OM_Calc', 'A1', [[2, '=A1*3']]);
    const state = await excelStateOf(memory);
    state.values = { 'OM_Calc!A1:B1': [[2, 6]] };
    const { excel } = excelMock(state);
    globals.Excel = excel;
    const copy = await copyOfficeWorkbook();
    expect(await copy.host.readRange('OM_Calc', 'A1:B1')).toEqual([[2, 6]]);
    await copy.host.writeRange('OM_Calc', 'B1', [['=A1*4']]);
    await expect(copy.host.readRange('OM_Calc', 'B1')).rejects.toThrow(
      'OM_Calc!B1 was written during this operation: its value is not known until Excel calculates it.',
    );
  });

  it('splits a batch larger than a request may be into several round trips', async () => {
    const memory = new MemoryWorkbookHost();
    const log = await excelHolding(memory);
    const text = 'x'.repeat(1000);
    const block = Array.from({ length: 1000 }, () => [text]);
    await inFewRoundTrips(new OfficeWorkbookHost(), async (host) => {
      for (let i = 0; i < 10; i++) await host.writeRange('Sheet1', `A${i * 1000 + 1}`, block);
    });
    // Two to copy the empty workbook, then 10 blocks of ≈ 1 MB in requests under REQUEST_BYTES.
    expect(log.syncs - 2).toBe(Math.ceil(10 / Math.floor(REQUEST_BYTES / 1_014_200)));
    const written = log.ranges.filter((r) => r.sheet === 'Sheet1' && r.address?.startsWith('A'));
    expect(written.map((r) => r.address)).toEqual(
      Array.from({ length: 10 }, (_, i) => `A${i * 1000 + 1}:A${i * 1000 + 1000}`),
    );
  });

  it('counts bytes, not characters: text in Greek takes two bytes a character', async () => {
    const syncsToWrite = async (letter: string) => {
      const log = await excelHolding(new MemoryWorkbookHost());
      const block = Array.from({ length: 1000 }, () => [letter.repeat(1000)]);
      await inFewRoundTrips(new OfficeWorkbookHost(), async (host) => {
        for (let i = 0; i < 4; i++) await host.writeRange('Sheet1', `A${i * 1000 + 1}`, block);
      });
      return log.syncs - 2; // an empty workbook is copied in two round trips: no cells to fetch
    };
    // Four blocks of ≈ 1 MB: three fit in a request. In Greek, ≈ 2 MB each: one per request.
    expect(await syncsToWrite('a')).toBe(2);
    expect(await syncsToWrite('α')).toBe(4);
  });

  it('runs an operation change by change when it touches a sheet larger than the copy holds', async () => {
    const memory = new MemoryWorkbookHost();
    const state = await excelStateOf(memory);
    state.sheets.push('Big');
    state.usedRanges.Big = 'A1:Z50000'; // 1.3 million cells
    const { excel, log } = excelMock(state);
    globals.Excel = excel;
    await inFewRoundTrips(new OfficeWorkbookHost(), (host) =>
      host.writeRange('Big', 'B2', [['kept']]),
    );
    // Two to copy (no cells fetched: Big is left out, Sheet1 is empty), then the write as before.
    expect(log.syncs).toBe(3);
    const written = log.ranges.filter((r) => r.sheet === 'Big');
    expect(written.map((r) => r.address)).toEqual(['B2']);
    expect(written[0].mock.formulas).toEqual([['kept']]);
  });

  it('runs change by change when a table has a totals row, which the copy does not model', async () => {
    const memory = new MemoryWorkbookHost();
    await memory.writeTable({
      name: 'Spend',
      sheet: 'Sheet1',
      topLeft: 'A1',
      headers: ['Month', 'Amount'],
      rows: [['2026-01', 100]],
    });
    const state = await excelStateOf(memory);
    state.tables[0].showTotals = true;
    const { excel } = excelMock(state);
    globals.Excel = excel;
    await expect(copyOfficeWorkbook()).rejects.toThrow(
      'Table "Spend" has a totals row or no header row.',
    );
  });

  it('runs change by change on an Excel without ExcelApi 1.9 (print settings)', async () => {
    const log = await excelHolding(new MemoryWorkbookHost());
    (globalThis as { Office?: unknown }).Office = {
      context: { requirements: { isSetSupported: () => false } },
    };
    try {
      await inFewRoundTrips(new OfficeWorkbookHost(), (host) =>
        host.writeRange('Sheet1', 'A1', [['x']]),
      );
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
    expect(log.syncs).toBe(1);
  });
});
