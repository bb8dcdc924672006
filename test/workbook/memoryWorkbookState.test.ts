import {
  MemoryWorkbookHost,
  type MemoryWorkbookState,
} from '../../src/workbook/memoryWorkbookHost';
import { createWorkbookOperations } from '../../src/workbook/createWorkbookOperations';

async function sampleHost(): Promise<MemoryWorkbookHost> {
  const host = new MemoryWorkbookHost();
  await createWorkbookOperations(
    host,
    () => new Date('2025-03-01T09:00:00.000Z'),
  ).insertSampleModel();
  await host.writeChart({
    name: 'Payout',
    sheet: 'Summary',
    kind: 'line',
    title: 'Payout',
    sourceAddress: 'A16:M20',
    placeAt: 'P2:X20',
  });
  await host.writeRange('Sheet1', 'C3', [[null]], '0%'); // a format without a value survives too
  return host;
}

/** Everything a reader of the workbook can observe. */
async function observable(host: MemoryWorkbookHost) {
  const sheets = host.sheetNames();
  return {
    sheets,
    cells: sheets.map((s) => host.sheetCells(s)),
    tables: host.tables(),
    names: host.names(),
    charts: host.charts(),
    active: host.activeSheet(),
    document: await host.readStoredDocument('OutcomeModeler.model'),
    changeLog: await host.readTable('OM_ChangeLog'),
  };
}

describe('saving and restoring an in-memory workbook', () => {
  it('restores everything from its JSON state', async () => {
    const host = await sampleHost();
    const text = JSON.stringify(host.toState());
    const restored = MemoryWorkbookHost.fromState(JSON.parse(text));
    expect(await observable(restored)).toEqual(await observable(host));
    expect(restored.toState()).toEqual(host.toState());
  });

  it('keeps working after a restore: tables still grow and keep their formats', async () => {
    const restored = MemoryWorkbookHost.fromState((await sampleHost()).toState());
    await restored.appendTableRows('OM_ChangeLog', [['t', '', 'Note', '', 'x']]);
    expect((await restored.readTable('OM_ChangeLog'))?.rows).toHaveLength(2);
    expect(restored.sheetCells('OM_ChangeLog').find((c) => c.address === 'E3')?.numberFormat).toBe(
      '@',
    );
  });

  it('computes formulas of a restored workbook with the evaluate it is given', async () => {
    const restored = MemoryWorkbookHost.fromState((await sampleHost()).toState(), {
      evaluate: () => 42,
    });
    expect(await restored.readRange('Contract', 'B6')).toEqual([[42]]);
  });

  it('lists sheet names at once for rendering', async () => {
    expect((await sampleHost()).sheetNames()).toEqual([
      'Sheet1',
      'Contract',
      'Performance',
      'Summary',
      'OM_ChangeLog',
    ]);
  });
});

describe('refusing a damaged state', () => {
  const state = (): MemoryWorkbookState => new MemoryWorkbookHost().toState();

  it.each<[string, (s: MemoryWorkbookState) => unknown, string]>([
    ['not a state at all', () => 'hello', '(top)'],
    ['of another format', (s) => ({ ...s, format: 'x' }), 'format'],
    [
      'with a cell at row 0',
      (s) => ({
        ...s,
        sheets: [{ name: 'Sheet1', cells: [{ row: 0, col: 1, input: 1, format: null }] }],
      }),
      'sheets.0.cells.0.row',
    ],
    ['without sheets', (s) => ({ ...s, sheets: [] }), 'it has no sheets'],
    [
      'with a sheet twice',
      (s) => ({ ...s, sheets: [...s.sheets, { name: 'SHEET1', cells: [] }] }),
      'sheet "SHEET1" appears twice',
    ],
    [
      'with a table on a missing sheet',
      (s) => ({
        ...s,
        tables: [{ name: 'T', sheet: 'Nope', address: 'A1:B2', formats: [null, null] }],
      }),
      'there is no sheet "Nope"',
    ],
    [
      'with overlapping tables',
      (s) => ({
        ...s,
        tables: [
          { name: 'T', sheet: 'Sheet1', address: 'A1:B3', formats: [null, null] },
          { name: 'U', sheet: 'Sheet1', address: 'B2:C3', formats: [null, null] },
        ],
      }),
      'tables "T" and "U" overlap',
    ],
    [
      'with a table of one row',
      (s) => ({
        ...s,
        tables: [{ name: 'T', sheet: 'Sheet1', address: 'A1:B1', formats: [null, null] }],
      }),
      'impossible shape',
    ],
    [
      'with an invalid name',
      (s) => ({ ...s, names: [{ name: 'A1', formula: '=Sheet1!$A$1' }] }),
      'reads as a cell reference',
    ],
    [
      'with a missing active sheet',
      (s) => ({ ...s, activeSheet: 'Gone' }),
      'there is no sheet "Gone"',
    ],
  ])('refuses a state %s', (_, damage, message) => {
    expect(() => MemoryWorkbookHost.fromState(damage(state()))).toThrow(
      /^The saved workbook is damaged: /,
    );
    expect(() => MemoryWorkbookHost.fromState(damage(state()))).toThrow(message);
  });
});

describe('cells beyond the sheet', () => {
  it.each([
    [{ row: 1_048_577, col: 1 }, 'sheets.0.cells.0.row'],
    [{ row: 1, col: 16_385 }, 'sheets.0.cells.0.col'],
  ])('refuses a saved cell at %j, past Excel’s last row or column', (at, path) => {
    const state = new MemoryWorkbookHost().toState();
    const damaged = {
      ...state,
      sheets: [{ ...state.sheets[0], cells: [{ ...at, input: 'x', format: null }] }],
    };
    expect(() => MemoryWorkbookHost.fromState(damaged)).toThrow(
      new RegExp(`The saved workbook is damaged: ${path.replace(/\./g, '\\.')}`),
    );
  });
});
