import fc from 'fast-check';
import { type ActualRecord } from '../../src/engine/review/actuals';
import { type Contract, type EarnbackMode } from '../../src/engine/terms/contract';
import { unwrap } from '../../src/engine/rules/result';
import { periodAfter } from '../../src/engine/review/servicePeriod';
import { STATUS_LABELS } from '../../src/engine/rules/status';
import { FormulaEvaluator } from '../../src/workbench/formulaEvaluator';
import { parseCell } from '../../src/workbook/cellAddress';
import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import { sampleContract } from '../../src/workbook/sampleModel';
import { createServiceReviewOperations } from '../../src/workbook/serviceReviewOperations';
import { type CellValue } from '../../src/workbook/workbookHost';

/**
 * The statement sheet, as the browser workbench evaluates its formulas, equals the engine's term
 * evaluation to the cent — for random contracts and months, including months whose credits reach
 * the at-risk cap and months held back by the monthly or annual incentive cap.
 */
jest.setTimeout(120_000);

const START = '2026-01';

/** The workbench's composition: an in-memory workbook whose formulas the workbench evaluates. */
function workbenchWorkbook(): MemoryWorkbookHost {
  let evaluator: FormulaEvaluator | null = null;
  const host = new MemoryWorkbookHost({
    evaluate: (sheet, address) => {
      const { row, col } = parseCell(address);
      const v = evaluator?.cellAt(sheet, row, col);
      if (!v || v.kind === 'blank') return '';
      if (v.kind === 'value') return v.value;
      if (v.kind === 'error') return v.code;
      const first = v.values[0]?.[0];
      return first?.kind === 'value' ? first.value : '';
    },
  });
  evaluator = new FormulaEvaluator(host);
  const active = evaluator;
  host.onChange(() => active.invalidate());
  return host;
}

interface Draw {
  contract: Contract;
  actuals: ActualRecord[];
  month: number;
}

// In hundredths of a percent, drawn evenly (fc.double favours edge values such as 0).
const share = (lo: number, hi: number) =>
  fc.integer({ min: Math.round(lo * 10_000), max: Math.round(hi * 10_000) }).map((x) => x / 10_000);

/** The sample contract's structure (valid bands for each unit and basis) with random money terms. */
const draw: fc.Arbitrary<Draw> = fc
  .record({
    charges: fc.integer({ min: 10_000, max: 2_000_000 }),
    atRiskShare: share(0.02, 0.2),
    // Up to 1.5 per level: several failures in one month often reach the at-risk cap.
    allocations: fc.array(share(0.05, 1.5), { minLength: 5, maxLength: 5 }),
    rateScale: share(0.3, 3),
    monthlyCap: fc.option(share(0.0002, 0.05), { nil: null }),
    annualCap: fc.option(share(0.0005, 0.05), { nil: null }),
    earnback: fc.constantFrom<EarnbackMode>('none', 'all', 'prorata', 'annualAverage'),
    window: fc.integer({ min: 1, max: 4 }),
    ratchet: fc.boolean(),
    month: fc.integer({ min: 0, max: 17 }),
    // Per level and month: how far from the expected level (±), or not measured.
    drift: fc.array(fc.option(share(-0.12, 0.04), { nil: null, freq: 12 }), {
      minLength: 90,
      maxLength: 90,
    }),
  })
  .map((r) => {
    const base = sampleContract();
    const contract: Contract = {
      ...base,
      monthlyCharges: r.charges,
      atRiskShare: r.atRiskShare,
      poolShare: 8, // room for every allocation drawn (5 × 1.5)
      incentiveCapMonthlyShare: r.monthlyCap,
      incentiveCapAnnualShare: r.annualCap,
      earnback: { mode: r.earnback, window: r.window },
      ratchet: r.ratchet ? base.ratchet : { method: 'none', maxGapShare: null },
      serviceLevels: base.serviceLevels.map((sl, s) => ({
        ...sl,
        allocation: r.allocations[s],
        bands: {
          ...sl.bands,
          rows: sl.bands.rows.map((row) => ({
            ...row,
            rate: Math.max(-1, Math.min(1, row.rate * r.rateScale)),
          })),
        },
      })),
    };
    const actuals: ActualRecord[] = [];
    contract.serviceLevels.forEach((sl, s) => {
      for (let m = 0; m <= r.month; m++) {
        const d = r.drift[(s * 18 + m) % r.drift.length];
        if (d === null) continue;
        // Higher is better: (1 + d) × expected; lower is better: worse when larger.
        const value =
          sl.direction === 'higher'
            ? Math.min(100, sl.expected * (1 + d))
            : sl.expected * (1 - 2 * d);
        actuals.push({
          serviceLevelId: sl.id,
          period: periodAfter(START, m),
          value,
          excludedMinutes: null,
        });
      }
    });
    return { contract, actuals, month: r.month };
  });

const CENT = 0.005;
const covered = { capHit: 0, incentiveCapped: 0, earnback: 0 };

it('equals the engine to the cent, line by line and in total', async () => {
  await fc.assert(
    fc.asyncProperty(draw, async ({ contract, actuals, month }) => {
      const host = workbenchWorkbook();
      const ops = createServiceReviewOperations(host);
      const rule = { misses: 2, periods: 3 };
      const review = unwrap(
        ops.reviewPeriod(contract, actuals, START, periodAfter(START, month), rule),
      );
      const sheet = await ops.writeStatement(contract, START, review, rule);
      const grid = (await host.readRange(sheet, 'A1:O80')) as CellValue[][];
      const row = (label: string) => {
        const found = grid.find((r) => r[0] === label);
        if (!found) throw new Error(`no row "${label}" on ${sheet}`);
        return found;
      };
      const s = review.statement;
      s.lines.forEach((line, i) => {
        const cells = row(contract.serviceLevels[i].name);
        if (line.status !== 3) expect(cells[6]).toBe(STATUS_LABELS[line.status]);
        expect(Math.abs(Number(cells[12]) - line.credit)).toBeLessThan(CENT);
        expect(Math.abs(Number(cells[13]) - line.incentive)).toBeLessThan(CENT);
      });
      const total = row('Total');
      expect(Math.abs(Number(total[12]) - s.credits)).toBeLessThan(CENT);
      expect(Math.abs(Number(total[13]) - s.incentives)).toBeLessThan(CENT);
      expect(Math.abs(Number(row('Earnback due this month')[2]) - s.earnback)).toBeLessThan(CENT);
      const adjustment = Number(row('Invoice adjustment, rounded to cents')[1]);
      expect(Math.abs(adjustment - s.invoiceAdjustment)).toBeLessThan(CENT);
      if (s.capHit) covered.capHit++;
      if (s.incentives < s.incentivesBeforeCap - CENT) covered.incentiveCapped++;
      if (s.earnback > 0) covered.earnback++;
    }),
    { numRuns: 80 },
  );
  // The draws must reach the cases the property is about, not only quiet months.
  expect(covered.capHit).toBeGreaterThan(10);
  expect(covered.incentiveCapped).toBeGreaterThan(5);
  expect(covered.earnback).toBeGreaterThan(5);
});
