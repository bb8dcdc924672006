import { periodStatement } from '../../../src/engine/review/serviceReview';
import { closingMonthOf } from '../../../src/engine/review/statementLevers';
import { unwrap } from '../../../src/engine/rules/result';
import { type Contract, type VolumePricingTerm } from '../../../src/engine/terms/contract';
import { contract, repeat, serviceLevel } from '../contractFixtures';
import { actualsFrom } from '../serviceReviewFixtures';

/**
 * Volume charges and the gain/pain-share settlement on the month's statement, worked by hand.
 * The service level is met every month (binary bands, no credits), so the invoice adjustment is the
 * levers alone.
 */

const START = '2026-01';

/** Tiers by units from: 0 → 2.00, 1,000 → 1.50, 5,000 → 1.00 per ticket. */
const TIERS = [
  { bound: 0, rate: 2 },
  { bound: 1000, rate: 1.5 },
  { bound: 5000, rate: 1 },
];
const tickets = (method: VolumePricingTerm['method']): VolumePricingTerm => ({
  id: `tickets-${method}`,
  name: `Tickets (${method})`,
  unit: 'ticket',
  method,
  tiers: TIERS,
});

/**
 * Target 1,200,000 a year; the provider's share by actual ÷ target from 0 → 30%, 0.9 → 50%,
 * 1.1 → 80%; it bears at most 50,000 of an overrun and keeps at most 40,000 of a saving a year.
 */
const GAIN_SHARE: Contract['gainShare'] = {
  targetCostAnnual: 1_200_000,
  shareBands: [
    { bound: 0, rate: 0.3 },
    { bound: 0.9, rate: 0.5 },
    { bound: 1.1, rate: 0.8 },
  ],
  painCap: 50_000,
  gainCap: 40_000,
};

const terms = (termMonths: number) =>
  contract([serviceLevel('a')], {
    termMonths,
    volumePricing: [tickets('graduated'), tickets('allunits')],
    gainShare: GAIN_SHARE,
  });
const metAll = (months: number) => actualsFrom(START, { a: repeat(99.9, months) });

function statement(
  termMonths: number,
  period: string,
  units: Record<string, number>,
  yearActualCost: number | null = null,
) {
  return unwrap(
    periodStatement(terms(termMonths), metAll(termMonths), START, period, {
      units,
      yearActualCost,
    }),
  );
}

const both = (units: number) => ({ 'tickets-graduated': units, 'tickets-allunits': units });

describe('volume charges', () => {
  it.each([
    // Graduated: each unit at its tier's price; all-units: every unit at the tier the total reaches.
    [999, 999 * 2, 999 * 2], // 1,998 both: still the first tier
    [1000, 1000 * 2, 1000 * 1.5], // at the bound: graduated 2,000, all-units 1,500
    [1200, 1000 * 2 + 200 * 1.5, 1200 * 1.5], // 2,300 and 1,800
    [6000, 1000 * 2 + 4000 * 1.5 + 1000 * 1, 6000 * 1], // 9,000 and 6,000
  ])('%d units: graduated %d, all-units %d', (units, graduated, allUnits) => {
    const s = statement(12, '2026-03', both(units));
    expect(s.levers.volume.map((v) => v.charge)).toEqual([graduated, allUnits]);
    expect(s.levers.volumeCharges).toBe(graduated + allUnits);
    expect(s.credits).toBe(0);
    expect(s.invoiceAdjustment).toBe(graduated + allUnits);
  });

  it('a term without units is pending and not invoiced', () => {
    const s = statement(12, '2026-03', { 'tickets-allunits': 1200 });
    expect(s.levers.volume.map((v) => [v.units, v.charge])).toEqual([
      [null, null],
      [1200, 1800],
    ]);
    expect(s.invoiceAdjustment).toBe(1800);
  });

  it('adds to the service-level money: a missed month’s credit is taken off', () => {
    // January missed: credit 0.5 × 10,000 = 5,000; 1,200 tickets graduated 2,300 + all-units 1,800.
    const actuals = actualsFrom(START, { a: [99.0, ...repeat(99.9, 11)] });
    const s = unwrap(
      periodStatement(terms(12), actuals, START, '2026-01', {
        units: both(1200),
        yearActualCost: null,
      }),
    );
    expect(s.credits).toBe(5000);
    expect(s.invoiceAdjustment).toBe(-5000 + 2300 + 1800); // −900
  });

  it('refuses negative units', () => {
    const r = periodStatement(terms(12), metAll(12), START, '2026-03', {
      units: { 'tickets-graduated': -1 },
      yearActualCost: null,
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.message).toMatch(/Units of Tickets \(graduated\) must be a number ≥ 0/);
  });
});

describe('the gain/pain-share settlement', () => {
  it('closes contract years in months 12, 24 and the last month of a partial year', () => {
    // 0-based contract months: 11, 23, then 29 for a 30-month term's six-month third year.
    expect([0, 11, 12, 23, 24, 29].map((m) => closingMonthOf(m, 30))).toEqual([
      11, 11, 23, 23, 29, 29,
    ]);
  });

  it('says when the next settlement falls in other months', () => {
    const s = statement(30, '2026-06', {});
    expect(s.levers.settlement).toEqual({ kind: 'later', year: 0, closingMonth: 11 });
    expect(s.invoiceAdjustment).toBe(0);
  });

  it('is pending (not zero) in a closing month without the year’s actual cost', () => {
    const s = statement(30, '2026-12', {});
    expect(s.levers.settlement).toEqual({ kind: 'pending', year: 0, months: 12 });
    expect(s.invoiceAdjustment).toBe(0);
  });

  it.each([
    // ratio 0.95: saving 5% in the 50% band → 0.5 × 0.05 × 1,200,000 = +30,000
    [1_140_000, 30_000],
    // ratio 0.85: 0.5 × 0.10 + 0.3 × 0.05 = 0.065 × 1,200,000 = 78,000 → gain cap +40,000
    [1_020_000, 40_000],
    // ratio 1.05: overrun 5% in the 50% band → −0.5 × 0.05 × 1,200,000 = −30,000
    [1_260_000, -30_000],
    // ratio 1.2: 0.5 × 0.1 + 0.8 × 0.1 = 0.13 × 1,200,000 = 156,000 → pain cap −50,000
    [1_440_000, -50_000],
  ])('a full year costing %d settles %d in month 12', (cost, amount) => {
    const s = statement(30, '2026-12', {}, cost);
    expect(s.levers.settlement).toMatchObject({ kind: 'settled', year: 0, months: 12 });
    if (s.levers.settlement?.kind !== 'settled') throw new Error('not settled');
    expect(s.levers.settlement.amount).toBeCloseTo(amount, 6);
    expect(s.invoiceAdjustment).toBeCloseTo(amount, 6);
  });

  it.each([
    // The 30-month term's third year has 6 months: target 600,000, pain cap 25,000, gain cap 20,000.
    // ratio 630,000 / 600,000 = 1.05 → −0.5 × 0.05 × 600,000 = −15,000
    [630_000, -15_000],
    // ratio 1.1 → −0.5 × 0.1 × 600,000 = −30,000 → pro-rata pain cap −25,000
    [660_000, -25_000],
    // ratio 0.95 → +0.5 × 0.05 × 600,000 = +15,000
    [570_000, 15_000],
    // ratio 0.85 → (0.5 × 0.1 + 0.3 × 0.05) × 600,000 = 39,000 → pro-rata gain cap +20,000
    [510_000, 20_000],
  ])('the partial last year costing %d settles %d in month 30', (cost, amount) => {
    const s = statement(30, '2028-06', both(1000), cost);
    expect(s.month).toBe(29);
    expect(s.levers.settlement).toMatchObject({ kind: 'settled', year: 2, months: 6 });
    // With 1,000 tickets on each term: 2,000 graduated + 1,500 all-units.
    expect(s.invoiceAdjustment).toBeCloseTo(amount + 3500, 6);
  });

  it('no gain share on the contract: no settlement line', () => {
    const plain = contract([serviceLevel('a')], { termMonths: 12 });
    const s = unwrap(periodStatement(plain, metAll(12), START, '2026-12'));
    expect(s.levers).toEqual({
      volume: [],
      volumeCharges: 0,
      settlement: null,
      invoiceEffect: 0,
    });
  });

  it('refuses a negative actual cost', () => {
    const r = periodStatement(terms(12), metAll(12), START, '2026-12', {
      units: {},
      yearActualCost: -5,
    });
    expect(r.ok).toBe(false);
  });
});
