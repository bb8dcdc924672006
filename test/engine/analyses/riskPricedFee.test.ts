import { runTrials } from '../../../src/engine/simulation/monteCarlo';
import {
  sketchFractionAtMost,
  sketchQuantile,
} from '../../../src/engine/simulation/quantileSketch';
import { unwrap } from '../../../src/engine/rules/result';
import { riskPricedFee, riskPricedFees } from '../../../src/engine/analyses/riskPricedFee';
import { config, proposal, testContract } from '../simulationFixtures';

const MONTHS = 36;
const COST = 80_000;

/** The provider's margin on the charges in each trial, at monthly fee F: (F·M + net − C·M) / (F·M). */
function marginsAt(fee: number) {
  const partial = unwrap(
    runTrials(
      config({ proposals: [proposal('A', testContract({ monthlyCharges: fee }))] }),
      0,
      2_000,
    ),
  );
  return partial.proposals[0];
}

describe('risk-priced fee', () => {
  test.each([0.5, 0.8, 0.9])(
    'keeps a 15%% margin with confidence %p: verified by re-simulating at the fee',
    (confidence) => {
      const r = unwrap(
        riskPricedFee({ simulation: config(), monthlyCost: COST, targetMargin: 0.15, confidence }),
      );
      expect(r.marginAtConfidence).toBeCloseTo(0.15, 9);
      // Independently: at the fee, the share of trials whose margin reaches 15% is the confidence.
      const tally = marginsAt(r.monthlyFee);
      const charges = r.monthlyFee * MONTHS;
      const netNeeded = 0.15 * charges - charges + COST * MONTHS;
      const reaching = 1 - sketchFractionAtMost(tally.net, netNeeded - Math.abs(netNeeded) * 1e-12);
      expect(Math.abs(reaching - confidence)).toBeLessThanOrEqual(1 / 2_000 + 1e-12);
      // Credits net of incentives cost money, so the fee is above cost / (1 − margin).
      expect(r.monthlyFee).toBeGreaterThan(COST / 0.85);
    },
  );

  test('matches the closed form F = C·M / ((1 − margin)·M + q₁₋c(n)) with n simulated at a fee of 1', () => {
    const unit = unwrap(
      runTrials(
        config({ proposals: [proposal('A', testContract({ monthlyCharges: 1 }))] }),
        0,
        2_000,
      ),
    ).proposals[0];
    const q = sketchQuantile(unit.net, 0.1);
    const r = unwrap(
      riskPricedFee({
        simulation: config(),
        monthlyCost: COST,
        targetMargin: 0.15,
        confidence: 0.9,
      }),
    );
    expect(r.netPerUnitCharge).toBe(q);
    expect(r.monthlyFee).toBeCloseTo((COST * MONTHS) / (0.85 * MONTHS + q), 6);
  });

  test("reports the customer's expected and P95 cost at the fee", () => {
    const r = unwrap(
      riskPricedFee({
        simulation: config(),
        monthlyCost: COST,
        targetMargin: 0.15,
        confidence: 0.8,
      }),
    );
    const tally = marginsAt(r.monthlyFee);
    expect(r.customerP95Cost).toBeCloseTo(sketchQuantile(tally.customerCost, 0.95), 4);
    expect(r.customerExpectedCost).toBeGreaterThan(r.monthlyFee * MONTHS * 0.9);
    expect(r.customerP95Cost).toBeGreaterThan(r.customerExpectedCost);
    expect(r.expectedMargin).toBeGreaterThan(r.marginAtConfidence);
  });

  test('a higher confidence needs a higher fee', () => {
    const fee = (confidence: number) =>
      unwrap(
        riskPricedFee({ simulation: config(), monthlyCost: COST, targetMargin: 0.15, confidence }),
      ).monthlyFee;
    expect(fee(0.9)).toBeGreaterThan(fee(0.5));
  });

  test('no fee can reach the margin: a clear error', () => {
    const harsh = config({
      proposals: [proposal('H', testContract({ atRiskShare: 1, poolShare: 2 }))],
    });
    const r = riskPricedFee({
      simulation: harsh,
      monthlyCost: COST,
      targetMargin: 0.97,
      confidence: 0.99,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('num');
      expect(r.error.message).toMatch(
        /^No fee reaches a 97% margin with 99% confidence: at that confidence credits net of incentives take [\d.]+% of the charges, more than the 3% left after the margin$/,
      );
    }
  });

  test('invalid inputs are refused', () => {
    const base = { simulation: config(), monthlyCost: COST, targetMargin: 0.15, confidence: 0.9 };
    expect(riskPricedFee({ ...base, monthlyCost: 0 }).ok).toBe(false);
    expect(riskPricedFee({ ...base, targetMargin: 1 }).ok).toBe(false);
    expect(riskPricedFee({ ...base, confidence: 1 }).ok).toBe(false);
    expect(riskPricedFee({ ...base, proposalId: 'nope' }).ok).toBe(false);
  });
});

describe('risk-priced fees at several confidences in one go', () => {
  const base = { simulation: config(), monthlyCost: COST, targetMargin: 0.15 };

  test('give each fee and its figures exactly as pricing it alone does (one shared pass)', () => {
    const together = unwrap(riskPricedFees({ ...base, confidences: [0.5, 0.8, 0.9] }));
    const alone = [0.5, 0.8, 0.9].map((confidence) => riskPricedFee({ ...base, confidence }));
    expect(together).toEqual(alone);
    const fees = together.map((r) => unwrap(r).monthlyFee);
    expect(fees[0]).toBeLessThan(fees[1]);
    expect(fees[1]).toBeLessThan(fees[2]);
  });

  test('a confidence no fee reaches fails on its own; the others are priced', () => {
    const harsh = {
      simulation: config({
        proposals: [proposal('H', testContract({ atRiskShare: 1, poolShare: 2 }))],
      }),
      monthlyCost: COST,
      targetMargin: 0.97,
    };
    const [low, high] = unwrap(riskPricedFees({ ...harsh, confidences: [0.01, 0.99] }));
    expect(low).toEqual(riskPricedFee({ ...harsh, confidence: 0.01 }));
    expect(low.ok).toBe(true);
    expect(high.ok).toBe(false);
    if (!high.ok) expect(high.error.message).toMatch(/^No fee reaches a 97% margin with 99%/);
  });

  test('an invalid confidence or a cancel fails the whole request', () => {
    expect(riskPricedFees({ ...base, confidences: [0.5, 1] }).ok).toBe(false);
    expect(riskPricedFees({ ...base, confidences: [0.5] }, { shouldCancel: () => true }).ok).toBe(
      false,
    );
  });
});
