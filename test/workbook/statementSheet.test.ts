import { readFileSync } from 'fs';
import { join } from 'path';
import { unwrap } from '../../src/engine/rules/result';
import { sampleContract } from '../../src/workbook/sampleModel';
import { createServiceReviewOperations } from '../../src/workbook/serviceReviewOperations';
import { statementSheetName } from '../../src/workbook/statementSheet';
import { formulaWorkbook } from './formulaWorkbook';

/**
 * The sample contract (charges 250,000, at risk 12% = 30,000, earnback "all" over 3 months) with
 * the shipped docs/samples/actuals.csv (2026-01 … 2026-12), statement for June 2026.
 * June, hand-derived:
 * - Availability 99.2, linear bands (99.0 → −50%, 99.5 → 0): −0.5 + 0.4 × 0.5 = −30% × 0.5 × 30,000 = −4,500;
 * - P1 92.4, step (90 → −50%): −0.5 × 0.4 × 30,000 = −6,000;
 * - Mean resolution 9.5 h against 8 (lower): attainment 8/9.5 = 0.842105, linear (0.5 → −100%, 1 → 0):
 *   rate −1 + 0.342105/0.5 = −0.315789 × 0.3 × 30,000 = −2,842.105…;
 * - CSAT 3.7 < 3.8, step: −60% × 0.3 × 30,000 = −5,400;
 * credits 18,742.105… < 30,000, so no cap; no incentives.
 * Earnback: March's availability credit (99.48: −0.5 + 0.96 × 0.5 = −2% × 15,000 = 300) had April and
 * May met and June missed, so it is forfeited in June; nothing becomes due.
 */
const CSV = readFileSync(join(__dirname, '../../docs/samples/actuals.csv'), 'utf8');
const contract = sampleContract();
const RULE = { misses: 3, periods: 6 };
const JUNE_CREDITS = 4500 + 6000 + (1 - (8 / 9.5 - 0.5) / 0.5) * 9000 + 5400;

async function writtenJune() {
  const workbook = formulaWorkbook();
  const ops = createServiceReviewOperations(workbook.host);
  const preview = ops.previewImport(CSV, contract);
  if (preview.kind !== 'ok') throw new Error(preview.problems.join('\n'));
  await ops.importActuals(contract, preview.records);
  const { records } = await ops.readActuals(contract);
  const review = unwrap(ops.reviewPeriod(contract, records, '2026-01', '2026-06', RULE));
  const sheet = await ops.writeStatement(contract, '2026-01', review, RULE);
  const grid = await workbook.host.readRange(sheet, 'A1:O40');
  /** The value in `column` (0-based) of the row whose first cell is `label`. */
  const beside = (label: string, column = 1) => {
    const row = grid.find((r) => r[0] === label);
    if (!row) throw new Error(`no row "${label}"`);
    return row[column];
  };
  return { workbook, review, sheet, grid, beside };
}

describe('statement sheet', () => {
  it('prints as a document: its statement columns, landscape, one page wide, the band blocks left out', async () => {
    const { sheet, workbook, grid } = await writtenJune();
    // The last printed row is the last row with a label in column A (the rounded invoice total).
    const lastRow = grid.reduce(
      (last, row, i) => (row[0] !== '' && row[0] !== null ? i + 1 : last),
      0,
    );
    expect(grid[lastRow - 1][0]).toBe('Invoice adjustment, rounded to cents');
    expect(workbook.host.printLayout(sheet)).toEqual({
      printArea: `A1:O${lastRow}`,
      orientation: 'landscape',
      pagesWide: 1,
    });
  });

  it('is named for the period and shown', async () => {
    const { sheet, workbook } = await writtenJune();
    expect(sheet).toBe('OM_Statement_2026_06');
    expect(statementSheetName('2026-06')).toBe(sheet);
    expect(await workbook.host.listSheets()).toContain('OM_Actuals');
  });

  it('computes each line with OUTCOME formulas to the engine’s amounts', async () => {
    const { review, beside } = await writtenJune();
    contract.serviceLevels.forEach((sl, s) => {
      const line = review.statement.lines[s];
      expect(beside(sl.name, 6)).toBe(['Met', 'Missed', 'Below minimum'][line.status]);
      expect(beside(sl.name, 12)).toBeCloseTo(line.credit, 9);
      expect(beside(sl.name, 13)).toBeCloseTo(line.incentive, 9);
    });
    expect(beside('Availability', 9)).toBeCloseTo(-4500, 9);
    expect(beside('P1 resolved within 4h', 12)).toBeCloseTo(6000, 9);
    expect(beside('Mean resolution hours', 12)).toBeCloseTo(2842.105263, 5);
  });

  it('totals the credits, applies no cap in June and adds up to the invoice adjustment', async () => {
    const { review, beside } = await writtenJune();
    expect(JUNE_CREDITS).toBeCloseTo(18742.105263, 5);
    expect(beside('Total', 12)).toBeCloseTo(JUNE_CREDITS, 9);
    expect(beside('Credit scale: at-risk cap applied pro rata')).toBe(1);
    expect(beside('Invoice adjustment: incentives − credits + earnback')).toBeCloseTo(
      -JUNE_CREDITS,
      9,
    );
    expect(review.statement.invoiceAdjustment).toBeCloseTo(-JUNE_CREDITS, 9);
    expect(beside('Invoice adjustment, rounded to cents')).toBe(-18742.11);
  });

  it('lists the forfeited earnback and flags repeated failures', async () => {
    const { beside, grid } = await writtenJune();
    expect(beside('Forfeited: Availability: credit of 2026-03', 2)).toBeCloseTo(300, 9);
    expect(beside('Earnback due this month', 2)).toBe(0);
    // Jan–Jun misses: Backlog (lower, 150) Feb 155, Apr 160, Jun 205 = 3 of 6, flagged; every other SL missed twice.
    expect(
      grid
        .filter((r) => r[14] !== '' && r[14] !== undefined && r[0] !== 'Service level')
        .map((r) => [r[0], r[14]]),
    ).toEqual([['Backlog over 30 days', '3 of last 6 missed']]);
  });
});
