import { periodStatement } from '../../../src/engine/review/serviceReview';
import { unwrap } from '../../../src/engine/rules/result';
import { contract, repeat, serviceLevel } from '../contractFixtures';
import { actualsFrom } from '../serviceReviewFixtures';

/**
 * Multi-month worked examples. The fixture contract: charges 100,000, at risk 10% = 10,000.
 * Binary bands (rate −1 below expected 99.5, 0 at or above): a miss costs allocation × 10,000.
 */

const START = '2026-01';

describe('periodStatement: earnback windows carried across months ("all", window 2)', () => {
  // SL a, allocation 0.5 → a miss costs 0.5 × 10,000 = 5,000.
  const terms = contract([serviceLevel('a')], { earnback: { mode: 'all', window: 2 } });
  // Jan miss, Feb met, Mar met, Apr miss, May met, Jun miss, Jul not measured.
  const actuals = actualsFrom(START, { a: [99.0, 99.6, 99.7, 99.0, 99.8, 99.1] });
  const statement = (period: string) => unwrap(periodStatement(terms, actuals, START, period));

  it('charges the credit in the month missed', () => {
    const jan = statement('2026-01');
    expect(jan.lines[0]).toMatchObject({
      value: 99.0,
      expected: 99.5,
      status: 1,
      rate: -1,
      payoutBeforeCaps: -5000,
      credit: 5000,
      incentive: 0,
    });
    expect(jan.invoiceAdjustment).toBe(-5000);
  });

  it('earns January back in March, after Feb and Mar met', () => {
    const mar = statement('2026-03');
    expect(mar.credits).toBe(0);
    expect(mar.earnbackDue).toEqual([
      { serviceLevel: 0, creditMonths: [0], credit: 5000, amount: 5000 },
    ]);
    expect(mar.earnbackForfeited).toEqual([]);
    expect(mar.invoiceAdjustment).toBe(5000); // 0 − 0 + 5,000
  });

  it('nothing is due while a window is open (February)', () => {
    const feb = statement('2026-02');
    expect(feb.earnbackDue).toEqual([]);
    expect(feb.earnbackForfeited).toEqual([]);
    expect(feb.invoiceAdjustment).toBe(0);
  });

  it('forfeits April in June (May met, June missed) and charges June', () => {
    const jun = statement('2026-06');
    expect(jun.credits).toBe(5000);
    expect(jun.earnbackForfeited).toEqual([
      { serviceLevel: 0, creditMonths: [3], credit: 5000, amount: 5000 },
    ]);
    expect(jun.invoiceAdjustment).toBe(-5000); // 0 − 5,000 + 0
  });

  it('a month not measured does not meet: June is forfeited in July', () => {
    const jul = statement('2026-07');
    expect(jul.lines[0].status).toBe(3);
    expect(jul.lines[0].credit).toBe(0);
    expect(jul.earnbackForfeited.map((e) => e.creditMonths)).toEqual([[5]]);
    expect(jul.invoiceAdjustment).toBe(0);
  });

  it('refuses a period outside the term', () => {
    const result = periodStatement(terms, actuals, START, '2027-01');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toBe(
        '2027-01 is outside the contract term (12 months from 2026-01)',
      );
  });
});

describe('periodStatement: prorata earnback', () => {
  it('earns back the share of the window met and forfeits the rest', () => {
    const terms = contract([serviceLevel('a')], { earnback: { mode: 'prorata', window: 2 } });
    // Jan miss (5,000); Feb met, Mar missed → 1 of 2 met: 5,000 × ½ = 2,500 due in March, 2,500 forfeited.
    const mar = unwrap(
      periodStatement(terms, actualsFrom(START, { a: [99.0, 99.6, 99.2] }), START, '2026-03'),
    );
    expect(mar.earnbackDue.map((e) => e.amount)).toEqual([2500]);
    expect(mar.earnbackForfeited.map((e) => e.amount)).toEqual([2500]);
    // March's own miss: 5,000. Adjustment: 0 − 5,000 + 2,500 = −2,500.
    expect(mar.invoiceAdjustment).toBe(-2500);
  });
});

describe('periodStatement: the at-risk cap, pro rata', () => {
  it('scales two failures of 8,000 each down to 10,000 in total', () => {
    // Allocations 0.8 + 0.8: 8,000 + 8,000 = 16,000 before the cap; each × 10,000/16,000 = 5,000.
    const terms = contract([
      serviceLevel('a', { allocation: 0.8 }),
      serviceLevel('b', { allocation: 0.8 }),
    ]);
    const s = unwrap(
      periodStatement(terms, actualsFrom(START, { a: [99.0], b: [98.0] }), START, '2026-01'),
    );
    expect(s.creditsBeforeCap).toBe(16000);
    expect(s.credits).toBe(10000);
    expect(s.capHit).toBe(true);
    expect(s.lines.map((l) => l.credit)).toEqual([5000, 5000]);
  });
});

describe('periodStatement: incentives against an annual cap over a year', () => {
  // Bands: +10% at ≥ 99.9 → 0.1 × 0.5 × 10,000 = 500 a month.
  // Annual cap 0.4% of a year's charges: 0.004 × 100,000 × 12 = 4,800; monthly cap 5% = 5,000 (not binding).
  const bands = {
    basis: 'performance' as const,
    method: 'step' as const,
    rows: [
      { bound: 0, rate: -1 },
      { bound: 99.5, rate: 0 },
      { bound: 99.9, rate: 0.1 },
    ],
  };
  const terms = contract([serviceLevel('a', { bands })], {
    incentiveCapMonthlyShare: 0.05,
    incentiveCapAnnualShare: 0.004,
    termMonths: 24,
  });
  const actuals = actualsFrom(START, { a: repeat(99.95, 13) });
  const statement = (period: string) => unwrap(periodStatement(terms, actuals, START, period));

  it('pays in full while the year has room (September: 8 × 500 = 4,000 paid before)', () => {
    const sep = statement('2026-09');
    expect(sep.incentivesEarlierThisYear).toBe(4000);
    expect(sep.incentives).toBe(500);
  });

  it('pays what is left in October: 4,800 − 9 × 500 = 300', () => {
    const oct = statement('2026-10');
    expect(oct.incentivesBeforeCap).toBe(500);
    expect(oct.incentiveRoom).toBe(300);
    expect(oct.incentives).toBe(300);
  });

  it('pays nothing in November and December, then the cap resets with the new contract year', () => {
    expect(statement('2026-11').incentives).toBe(0);
    expect(statement('2026-12').incentiveRoom).toBe(0);
    const jan = statement('2027-01');
    expect(jan.incentivesEarlierThisYear).toBe(0);
    expect(jan.incentives).toBe(500);
  });
});
