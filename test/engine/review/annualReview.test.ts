import { annualReview } from '../../../src/engine/review/annualReview';
import { unwrap } from '../../../src/engine/rules/result';
import { periodStatement } from '../../../src/engine/review/serviceReview';
import { contract, repeat, serviceLevel } from '../contractFixtures';
import { actualsFrom } from '../serviceReviewFixtures';

/** Ratchet: midpoint of level and average when every month met, a move capped at 10% of the gap to 100. */
const RATCHET = { method: 'midpoint' as const, maxGapShare: 0.1 };
// Attainment bands: +10% from attainment 1.0025 (at risk 10,000 × allocation 0.5 × 0.1 = 500 a month).
const bands = {
  basis: 'attainment' as const,
  method: 'step' as const,
  rows: [
    { bound: -1e9, rate: -1 },
    { bound: 1, rate: 0 },
    { bound: 1.0025, rate: 0.1 },
  ],
};

describe('annualReview', () => {
  const terms = contract([serviceLevel('a', { bands })], { ratchet: RATCHET, termMonths: 24 });
  const actuals = actualsFrom('2026-01', { a: repeat(99.75, 12) });

  it('proposes the ratcheted level: midpoint 99.625, capped at 99.5 + 0.1 × (100 − 99.5) = 99.55', () => {
    const review = unwrap(annualReview(terms, actuals, '2026-01', 1));
    expect(review.fromPeriod).toBe('2026-01');
    expect(review.toPeriod).toBe('2026-12');
    expect(review.proposals[0]).toMatchObject({
      current: 99.5,
      average: 99.75,
      monthsMeasured: 12,
      allMet: true,
    });
    expect(review.proposals[0].proposed).toBeCloseTo(99.55, 12);
  });

  it('agrees with the level the term evaluator applies in year 2', () => {
    const next = unwrap(periodStatement(terms, actuals, '2026-01', '2027-01'));
    const review = unwrap(annualReview(terms, actuals, '2026-01', 1));
    expect(next.lines[0].expected).toBe(review.proposals[0].proposed);
  });

  it('prices the new level under the same year: 6,000 of incentives at 99.5, none at 99.55', () => {
    // At 99.5: attainment 99.75 / 99.5 = 1.002513 ≥ 1.0025 → 500 × 12 = 6,000.
    // At 99.55: 99.75 / 99.55 = 1.002009 < 1.0025 → rate 0.
    const review = unwrap(annualReview(terms, actuals, '2026-01', 1));
    expect(review.atCurrentLevels.net).toBeCloseTo(6000, 9);
    expect(review.atProposedLevels.net).toBe(0);
    expect(review.moneyEffect).toBeCloseTo(-6000, 9);
  });

  it('keeps the level when a month missed (midpoint needs every month met)', () => {
    const mixed = actualsFrom('2026-01', { a: [...repeat(99.9, 11), 99.4] });
    const review = unwrap(annualReview(terms, mixed, '2026-01', 1));
    expect(review.proposals[0].allMet).toBe(false);
    expect(review.proposals[0].proposed).toBe(99.5);
  });

  it('explains a contract without a ratchet rule, a year past the term, and a year without actuals', () => {
    const message = (r: ReturnType<typeof annualReview>) => (r.ok ? null : r.error.message);
    expect(message(annualReview(contract([serviceLevel('a')]), actuals, '2026-01', 1))).toBe(
      'The contract has no continuous-improvement (ratchet) rule',
    );
    expect(message(annualReview(terms, actuals, '2026-01', 3))).toBe(
      'Contract year 3 is not a whole year inside the 24-month term',
    );
    expect(message(annualReview(terms, actuals, '2026-01', 2))).toBe(
      'No actuals in contract year 2',
    );
  });
});
