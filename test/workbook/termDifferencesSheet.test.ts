import { createWorkbookOperations } from '../../src/workbook/createWorkbookOperations';
import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import { revisionOf } from '../../src/workbook/storedRevision';
import {
  TERM_DIFFERENCES_SHEET,
  TERM_DIFFERENCES_TABLE,
  type TermDifferencesSheetData,
} from '../../src/workbook/termDifferencesSheet';

/**
 * Contract (100,000 a month, 12% at risk) against their counter (110,000, 15%) over 36 months:
 * the fee difference is worth 10,000 × 36 = 360,000 at the expected level.
 */
const DATA: TermDifferencesSheetData = {
  leftName: 'Service desk 2025',
  rightName: 'Their counter',
  currency: 'EUR',
  levelsNote: 'At expected level: every service level at its expected level all term.',
  run: { seed: 7, trials: 2_000 },
  scenarios: ['Excellent', 'Missed'],
  rows: [
    {
      term: 'Monthly charges',
      left: '100,000 EUR',
      right: '110,000 EUR',
      atExpected: 360_000,
      atMinimum: 342_000,
      scenarios: [360_000, 342_000],
    },
    {
      term: 'At-risk %',
      left: '12%',
      right: '15%',
      atExpected: 0,
      atMinimum: -13_500,
      scenarios: [2_700, -13_500],
    },
    {
      term: '=Backlog (service level)',
      left: 'yes',
      right: '—',
      atExpected: null,
      atMinimum: null,
      scenarios: [null, null],
    },
    {
      term: 'Whole difference',
      left: '',
      right: '',
      atExpected: 360_000,
      atMinimum: 327_150,
      scenarios: [363_240, 327_150],
    },
    {
      term: 'Remainder',
      left: '',
      right: '',
      atExpected: 0,
      atMinimum: -1_350,
      scenarios: [540, -1_350],
    },
  ],
};

const NOW = new Date(Date.UTC(2026, 0, 15, 9, 30));
const setUp = () => {
  const host = new MemoryWorkbookHost();
  return { host, ops: createWorkbookOperations(host, () => NOW) };
};

describe('the OM_TermDifferences sheet', () => {
  it('writes a title, then one table row per difference with the money as numbers', async () => {
    const { host, ops } = setUp();
    const report = await ops.writeTermDifferences(DATA);
    expect(report).toEqual({
      sheet: TERM_DIFFERENCES_SHEET,
      table: TERM_DIFFERENCES_TABLE,
      rows: 5,
    });
    const [title, run, levels] = await host.readRange(TERM_DIFFERENCES_SHEET, 'A1:A3');
    expect(title[0]).toBe('Outcome Modeler: term by term, Service desk 2025 vs Their counter');
    expect(run[0]).toMatch(/^Written 2026-01-15 09:30 UTC; .*seed 7, 2000 trials each/);
    expect(levels[0]).toBe(DATA.levelsNote);
    const table = await host.readTable(TERM_DIFFERENCES_TABLE);
    expect(table?.headers).toEqual([
      'Term',
      'Service desk 2025',
      'Their counter',
      'At expected level',
      'At minimum level',
      'Excellent',
      'Missed',
    ]);
    expect(table?.rows).toEqual([
      ['Monthly charges', '100,000 EUR', '110,000 EUR', 360_000, 342_000, 360_000, 342_000],
      ['At-risk %', '12%', '15%', 0, -13_500, 2_700, -13_500],
      // User text that looks like a formula stays text; no effect is a blank cell.
      ['=Backlog (service level)', 'yes', '—', '', '', '', ''],
      ['Whole difference', '', '', 360_000, 327_150, 363_240, 327_150],
      ['Remainder', '', '', 0, -1_350, 540, -1_350],
    ]);
    const formats = (await host.readCells(TERM_DIFFERENCES_SHEET, 'A6:G6')).formats[0];
    expect(formats.slice(3)).toEqual(['#,##0.00', '#,##0.00', '#,##0.00', '#,##0.00']);
    expect(await host.listSheets()).toContain(TERM_DIFFERENCES_SHEET);
  });

  it('replaces what an earlier write put there', async () => {
    const { host, ops } = setUp();
    await ops.writeTermDifferences(DATA);
    await ops.writeTermDifferences({
      ...DATA,
      run: null,
      scenarios: [],
      rows: [0, 3, 4].map((i) => ({ ...DATA.rows[i], scenarios: [] })),
    });
    const table = await host.readTable(TERM_DIFFERENCES_TABLE);
    expect(table?.headers).toHaveLength(5);
    expect(table?.rows.map((r) => r[0])).toEqual([
      'Monthly charges',
      'Whole difference',
      'Remainder',
    ]);
    expect(table?.address).toBe('A5:E8');
    expect(await host.usedAddress(TERM_DIFFERENCES_SHEET)).toBe('A1:E8');
    expect((await host.readRange(TERM_DIFFERENCES_SHEET, 'A2'))[0][0]).toMatch(
      /no scenarios simulated/,
    );
  });

  it('keeps scenario headers distinct from the fixed ones', async () => {
    const { host, ops } = setUp();
    await ops.writeTermDifferences({ ...DATA, scenarios: ['Term', 'term'] });
    expect((await host.readTable(TERM_DIFFERENCES_TABLE))?.headers.slice(5)).toEqual([
      'Term (2)',
      'term (3)',
    ]);
  });

  it('is counted and removed with the negotiation data', async () => {
    const { host, ops } = setUp();
    expect((await ops.workbookContents()).termDifferencesSheet).toBeUndefined();
    await ops.writeTermDifferences(DATA);
    expect((await ops.workbookContents()).termDifferencesSheet).toBe(true);
    const removal = await ops.removeNegotiationData(revisionOf(null));
    expect(removal.kind === 'removed' && removal.removed.termDifferencesSheet).toBe(true);
    expect(await host.listSheets()).not.toContain(TERM_DIFFERENCES_SHEET);
  });
});
