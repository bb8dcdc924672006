import { cellKey } from '../src/workbook/memoryWorkbookState';
import { parseRange } from '../src/workbook/cellAddress';
import { type MemoryWorkbookHost } from '../src/workbook/memoryWorkbookHost';
import { type CellInput, type CellValue } from '../src/workbook/workbookHost';
import { type ExcelState, type FakeTable } from '../test/workbook/excelMock';

/**
 * The Office mock's workbook (test/workbook/excelMock.ts) holding what an in-memory workbook holds:
 * its sheets, tables with their rows, names, charts, stored documents and used ranges, and any
 * range the Office host asks to read answered from the memory workbook's cells. The mock replays
 * prepared state and does not keep what is written, so the benchmark prepares a workbook in memory
 * (a saved model, imported actuals…) and then counts what one more operation costs through Office.js.
 * Cells read back as they were written: a formula reads as its text (the counts need no values).
 */
export async function excelStateOf(memory: MemoryWorkbookHost): Promise<ExcelState> {
  const saved = memory.toState();
  const sheets = memory.sheetNames();
  const tables: FakeTable[] = [];
  for (const name of await memory.listTables()) {
    const table = await memory.readTable(name);
    if (table)
      tables.push({
        ...table,
        headers: [...table.headers],
        rows: table.rows.map((row) => [...row]),
      });
  }
  const usedRanges: Record<string, string> = {};
  for (const sheet of sheets) {
    const used = await memory.usedAddress(sheet);
    if (used) usedRanges[sheet] = used;
  }
  const cells = new Map(
    sheets.map((sheet) => [
      sheet.toLowerCase(),
      new Map(memory.sheetCells(sheet).map((c) => [cellKey(c.row, c.col), c])),
    ]),
  );
  /** Answers "Sheet!A1:B2" with `read` of each cell; undefined (the mock's blank) for other keys. */
  const grid = <T>(read: (input: CellInput | undefined, format: string | null) => T) =>
    new Proxy({} as Record<string, T[][]>, {
      get(_target, key) {
        if (typeof key !== 'string') return undefined;
        const bang = key.lastIndexOf('!');
        const sheetCells = cells.get(key.slice(0, bang).toLowerCase());
        if (bang < 0 || !sheetCells) return undefined;
        let range;
        try {
          range = parseRange(key.slice(bang + 1));
        } catch {
          return undefined; // the whole sheet (no address): the mock's default
        }
        return Array.from({ length: range.rows }, (_, r) =>
          Array.from({ length: range.cols }, (_, c) => {
            const cell = sheetCells.get(cellKey(range.row + r, range.col + c));
            return read(cell?.input, cell?.numberFormat ?? null);
          }),
        );
      },
    });
  const blankIfNone = (input: CellInput | undefined): CellValue =>
    input === undefined || input === null ? '' : input;
  return {
    sheets,
    tables,
    names: saved.names.map((n) => ({ name: n.name, formula: n.formula })),
    settings: { ...saved.documents },
    charts: memory.charts().map((c) => ({ sheet: c.sheet, name: c.name })),
    values: grid(blankIfNone),
    formulas: grid(blankIfNone),
    formats: grid((_input, format) => format ?? 'General'),
    usedRanges,
  };
}
