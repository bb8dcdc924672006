import { benchSyncs } from '../../bench/syncCountBench';
import { excelStateOf } from '../../bench/excelStateOf';
import { inFewRoundTrips } from '../../src/workbook/batchedOperation';
import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import { REQUEST_CHARS } from '../../src/workbook/officeBatch';
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

  it('leaves a sheet too large to copy up front until it is touched, then fetches it in parts', async () => {
    const memory = new MemoryWorkbookHost();
    const rows = Math.ceil((COPY_CELLS * 1.2) / 100);
    await memory.ensureSheet('Data');
    await memory.writeRange(
      'Data',
      'A1',
      Array.from({ length: rows }, (_, r) => Array.from({ length: 100 }, (_, c) => r * 100 + c)),
    );
    await memory.writeRange('Sheet1', 'A1', [['small']]);
    const log = await excelHolding(memory);
    const copy = await copyOfficeWorkbook();
    expect(log.syncs).toBe(3);
    expect(await copy.host.readRange('Sheet1', 'A1')).toEqual([['small']]);
    await copy.ensureLoaded('Data');
    expect(log.syncs).toBe(5);
    expect(await copy.host.readRange('Data', `CV${rows}`)).toEqual([[rows * 100 - 1]]);
    await copy.ensureLoaded('Data');
    expect(log.syncs).toBe(5);
  });

  it('reads the values Excel calculated, and refuses the value of a formula written since', async () => {
    const memory = new MemoryWorkbookHost();
    await memory.writeRange('Sheet1', 'A1', [[2, '=A1*3']]);
    const state = await excelStateOf(memory);
    state.values = { 'Sheet1!A1:B1': [[2, 6]] };
    const { excel } = excelMock(state);
    globals.Excel = excel;
    const copy = await copyOfficeWorkbook();
    expect(await copy.host.readRange('Sheet1', 'A1:B1')).toEqual([[2, 6]]);
    await copy.host.writeRange('Sheet1', 'B1', [['=A1*4']]);
    await expect(copy.host.readRange('Sheet1', 'B1')).rejects.toThrow(
      'Sheet1!B1 was written during this operation: its value is not known until Excel calculates it.',
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
    // Three to copy, then 10 blocks of ≈ 1 MB each in requests under REQUEST_CHARS.
    const expected = Math.ceil((10 * 1_012_000) / REQUEST_CHARS);
    expect(log.syncs - 3).toBeGreaterThanOrEqual(expected);
    expect(log.syncs - 3).toBeLessThanOrEqual(expected + 1);
    const written = log.ranges.filter((r) => r.sheet === 'Sheet1' && r.address?.startsWith('A'));
    expect(written.map((r) => r.address)).toEqual(
      Array.from({ length: 10 }, (_, i) => `A${i * 1000 + 1}:A${i * 1000 + 1000}`),
    );
  });
});
