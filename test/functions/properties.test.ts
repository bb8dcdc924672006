// Property-based tests of the money invariants, 6,500 runs in all (sum of numRuns below):
// credits 500, earnback 1,000, bands 400, attainment 2,000, gain/pain share 2,000, net fees 600.
// With properties.junk.test.ts (18,000 runs) the property tests make 24,500 runs.
// The functions are called exactly as Excel calls them: ranges as 2-D arrays, omitted optionals as null.
import fc from 'fast-check';
import {
  attainment,
  credit,
  earnback,
  gainshare,
  netfees,
  payout,
  status,
} from '../../src/functions/functions';
import { isExcelError, OMITTED } from './excelValues';

// Each property takes 0.2–1.5 s alone; the margin is for a busy machine.
jest.setTimeout(30000);

const column = (values: readonly unknown[]): unknown[][] => values.map((v) => [v]);
const row = (values: readonly unknown[]): unknown[][] => [[...values]];

/** |a − b| within `rel` of the larger magnitude (and `abs` absolute). */
function near(a: number, b: number, rel: number, abs = 0): boolean {
  return Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b)) + abs;
}

/** A finite number result, or a test failure naming what came back. */
function num(x: unknown): number {
  if (typeof x !== 'number' || !Number.isFinite(x))
    throw new Error(
      `expected a finite number, got ${isExcelError(x) ? `${x.code} ${x.message}` : String(x)}`,
    );
  return x;
}

/**
 * A number in [min, max]: mostly spread evenly (as amounts and rates are in a sheet), sometimes any
 * double in the range, which fc.double draws mostly from the extremes (tiny values, the bounds).
 */
const amountIn = (min: number, max: number): fc.Arbitrary<number> =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc.integer({ min: 0, max: 1000000 }).map((k) => min + ((max - min) * k) / 1000000),
    },
    { weight: 1, arbitrary: fc.double({ min, max, noNaN: true }) },
  );

const direction = fc.constantFrom('higher', 'lower', 'LOWER', 'Higher');
const isLower = (d: string): boolean => d.toLowerCase() === 'lower';

/** Performance on one convention: percentages (scale 1) or fractions (scale 0.01). */
const scale = fc.constantFrom(1, 0.01);

// ---- Credits -----------------------------------------------------------------------------------

describe('OUTCOME.CREDIT', () => {
  const serviceLevel = fc.record({
    expected: amountIn(90, 99.9),
    allocation: amountIn(0, 1),
    direction,
  });
  const contract = fc
    .record({
      levels: fc.array(serviceLevel, { minLength: 1, maxLength: 5 }),
      months: fc.integer({ min: 1, max: 6 }),
      scale,
      atRisk: amountIn(0, 1e7),
    })
    .chain((c) =>
      fc.record({
        contract: fc.constant(c),
        // one row per service level, one column per month; null = not measured
        performance: fc.array(
          fc.array(fc.option(amountIn(80, 100), { nil: null, freq: 4 }), {
            minLength: c.months,
            maxLength: c.months,
          }),
          {
            minLength: c.levels.length,
            maxLength: c.levels.length,
          },
        ),
      }),
    );

  it('monthly credits are never negative, never exceed the at-risk amount, and are the capped sum over failed levels', () => {
    fc.assert(
      fc.property(contract, ({ contract: c, performance }) => {
        const perf = performance.map((r) => r.map((p) => (p === null ? '' : p * c.scale)));
        const expected = column(c.levels.map((l) => l.expected * c.scale));
        const directions = column(c.levels.map((l) => l.direction));
        const credits = credit(
          perf,
          expected,
          column(c.levels.map((l) => l.allocation)),
          c.atRisk,
          directions,
        );
        const statuses = status(perf, expected, OMITTED, directions);
        expect(credits).toHaveLength(1);
        expect(credits[0]).toHaveLength(c.months);
        for (let m = 0; m < c.months; m++) {
          const measured = perf.some((r) => r[m] !== '');
          if (!measured) {
            expect(credits[0][m]).toBe('');
            continue;
          }
          const x = num(credits[0][m]);
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(c.atRisk);
          let failed = 0;
          c.levels.forEach((l, i) => {
            if (statuses[i][m] === 'Missed') failed += l.allocation * c.atRisk;
          });
          expect(near(x, Math.min(failed, c.atRisk), 1e-12)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

// ---- Earnback ----------------------------------------------------------------------------------

describe('OUTCOME.EARNBACK', () => {
  const window = fc.record({
    // Money in cents: a subnormal "credit" such as 2.5e-323 is not an amount and defeats relative tolerances.
    credit: fc.integer({ min: 0, max: 1_000_000_000 }).map((cents) => cents / 100),
    // each period: how far from the level (0 = on it), and whether on the good side
    periods: fc.array(
      fc.record({ distance: fc.oneof(fc.constant(0), amountIn(0, 1.5)), good: fc.boolean() }),
      { minLength: 1, maxLength: 24 },
    ),
    allMet: fc.boolean(),
    expected: amountIn(98.5, 99.9),
    mode: fc.constantFrom('all', 'prorata', 'ProRata', null),
    direction,
    scale,
  });

  it('never exceeds the credit, is never negative, and matches the periods STATUS says were met', () => {
    fc.assert(
      fc.property(window, (w) => {
        const better = isLower(w.direction) ? -1 : 1;
        const periods = w.periods.map(
          ({ distance, good }) =>
            (w.expected + (good || w.allMet ? better : -better) * distance) * w.scale,
        );
        const level = w.expected * w.scale;
        const got = num(earnback(w.credit, row(periods), level, w.mode as string, w.direction));
        expect(got).toBeGreaterThanOrEqual(0);
        expect(got).toBeLessThanOrEqual(w.credit);
        const met = status(row(periods), [[level]], OMITTED, [[w.direction]])[0].filter(
          (s) => s === 'Met',
        ).length;
        const n = periods.length;
        if (met === n) expect(got).toBe(w.credit);
        else if (w.mode === null || w.mode === 'all') expect(got).toBe(0);
        else expect(near(got, (w.credit * met) / n, 1e-15)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

// ---- Outcome bands -----------------------------------------------------------------------------

/**
 * A band table on the percentage scale with monotone rates, laid out as a user might: rows in any
 * order, maybe a header. Bounds lie on a 0.01 grid above 1 (so they are distinct beyond the
 * tolerance, and values above 1 can never look like a percentage-fraction mix).
 */
const monotoneBands = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc
    .record({
      bounds: fc.uniqueArray(fc.integer({ min: 101, max: 10000 }), { minLength: n, maxLength: n }),
      rates: fc.array(amountIn(-1, 1), { minLength: n, maxLength: n }),
      order: fc.array(fc.double({ noNaN: true }), { minLength: n, maxLength: n }),
      increasing: fc.boolean(),
      header: fc.boolean(),
    })
    .map(({ bounds, rates, order, increasing, header }) => {
      const b = [...bounds].sort((x, y) => x - y).map((x) => x / 100);
      const r = [...rates].sort((x, y) => (increasing ? x - y : y - x));
      const rows = b.map((bound, i) => ({ bound, rate: r[i], key: order[i] }));
      rows.sort((x, y) => x.key - y.key);
      const range: unknown[][] = rows.map((x) => [x.bound, x.rate]);
      if (header) range.unshift(['Lower bound', 'Rate']);
      return { bounds: b, increasing, range };
    }),
);

describe('OUTCOME.PAYOUT with monotone band rates', () => {
  const sample = monotoneBands.chain((bands) =>
    fc.record({
      bands: fc.constant(bands),
      values: fc.array(fc.oneof(amountIn(1.01, 150), fc.constantFrom(...bands.bounds)), {
        minLength: 1,
        maxLength: 20,
      }),
    }),
  );

  it('the step payout is monotone and the linear payout lies between the steps at the neighbouring bounds', () => {
    fc.assert(
      fc.property(sample, ({ bands, values }) => {
        const sorted = [...values].sort((x, y) => x - y);
        const step = payout(column(sorted), bands.range, 'step', OMITTED).map((r) => num(r[0]));
        const linear = payout(column(sorted), bands.range, 'linear', OMITTED).map((r) => num(r[0]));
        const atBounds = payout(column(bands.bounds), bands.range, OMITTED, OMITTED).map((r) =>
          num(r[0]),
        );
        for (let k = 1; k < step.length; k++) {
          if (bands.increasing) expect(step[k]).toBeGreaterThanOrEqual(step[k - 1]);
          else expect(step[k]).toBeLessThanOrEqual(step[k - 1]);
        }
        const b = bands.bounds;
        sorted.forEach((v, k) => {
          // the neighbouring bounds: the greatest at or below v and the next one up (flat beyond the ends)
          let i = 0;
          while (i + 1 < b.length && b[i + 1] <= v) i++;
          const j = v <= b[0] ? 0 : Math.min(i + 1, b.length - 1);
          const lo = Math.min(atBounds[i], atBounds[j]);
          const hi = Math.max(atBounds[i], atBounds[j]);
          expect(linear[k]).toBeGreaterThanOrEqual(lo - 1e-15);
          expect(linear[k]).toBeLessThanOrEqual(hi + 1e-15);
        });
      }),
      { numRuns: 400 },
    );
  });
});

// ---- Attainment --------------------------------------------------------------------------------

describe('OUTCOME.ATTAINMENT', () => {
  const pair = fc.record({
    target: amountIn(0.01, 1e6),
    // actual/target between 1/20 and 20: never 50–200 apart, so never a percentage-fraction mix
    ratio: amountIn(0.05, 20),
    factor: fc.oneof(fc.constantFrom(100, 0.01, 1000, 0.001), amountIn(1e-3, 1e3)),
    direction,
  });

  it('is scale-invariant: the same attainment for actual and target in any unit (percentages or fractions)', () => {
    fc.assert(
      fc.property(pair, ({ target, ratio, factor, direction: d }) => {
        const actual = target * ratio;
        const [[a], [b]] = attainment(
          column([actual, actual * factor]),
          column([target, target * factor]),
          [[d]],
        ).map((r) => [num(r[0])]);
        expect(near(a, b, 1e-15)).toBe(true);
        // and it is the ratio of the convention: actual/target, or target/actual when lower is better
        expect(a).toBe(isLower(d) ? target / actual : actual / target);
      }),
      { numRuns: 2000 },
    );
  });
});

// ---- Gain share / pain share -------------------------------------------------------------------

describe('OUTCOME.GAINSHARE', () => {
  const shareBands = fc.integer({ min: 1, max: 6 }).chain((n) =>
    fc
      .record({
        // ratios actual/target from 0 to 3 on a 0.01 grid
        bounds: fc.uniqueArray(fc.integer({ min: 0, max: 300 }), { minLength: n, maxLength: n }),
        shares: fc.array(amountIn(0, 1), { minLength: n, maxLength: n }),
      })
      .map(({ bounds, shares }) => bounds.map((b, i) => [b / 100, shares[i]])),
  );
  const cap = fc.option(amountIn(0, 1e9), { nil: null });
  const deal = fc.record({
    bands: shareBands,
    target: amountIn(1, 1e9),
    ratio: fc.oneof(amountIn(0, 3), fc.constant(1)),
    painCap: cap,
    gainCap: cap,
  });

  it('has the sign of the underrun or overrun, never exceeds the difference, and respects the caps', () => {
    fc.assert(
      fc.property(deal, ({ bands, target, ratio, painCap, gainCap }) => {
        const actual = target * ratio;
        const x = num(gainshare([[actual]], [[target]], bands, painCap, gainCap)[0][0]);
        if (actual < target) expect(x).toBeGreaterThanOrEqual(0);
        if (actual > target) expect(x).toBeLessThanOrEqual(0);
        if (actual === target) expect(x).toBe(0);
        // shares are at most 100%: the adjustment is at most the difference
        expect(Math.abs(x)).toBeLessThanOrEqual(
          Math.abs(actual - target) * (1 + 1e-12) + 1e-12 * target,
        );
        if (x < 0 && painCap !== null) expect(-x).toBeLessThanOrEqual(painCap);
        if (x > 0 && gainCap !== null) expect(x).toBeLessThanOrEqual(gainCap);
      }),
      { numRuns: 2000 },
    );
  });
});

// ---- Net fees ----------------------------------------------------------------------------------

describe('OUTCOME.NETFEES', () => {
  const series = monotoneBands.chain((bands) =>
    fc.integer({ min: 1, max: 12 }).chain((n) =>
      fc.record({
        bands: fc.constant(bands),
        performance: fc.array(fc.option(amountIn(1.01, 150), { nil: '', freq: 5 }), {
          minLength: n,
          maxLength: n,
        }),
        fees: fc.oneof(
          amountIn(0, 1e6),
          fc.array(amountIn(0, 1e6), { minLength: n, maxLength: n }),
        ),
        method: fc.constantFrom('step', 'linear', null),
        bonusCap: fc.option(amountIn(0, 1e5), { nil: null }),
        creditCap: fc.option(amountIn(0, 1e5), { nil: null }),
        asColumn: fc.boolean(),
      }),
    ),
  );

  it('net fee = fee + PAYOUT, with incentives capped cumulatively and each credit capped', () => {
    fc.assert(
      fc.property(series, (s) => {
        const n = s.performance.length;
        const shape = s.asColumn ? column : row;
        const feeArg = typeof s.fees === 'number' ? [[s.fees]] : shape(s.fees);
        const fee = (k: number): number => (typeof s.fees === 'number' ? s.fees : s.fees[k]);
        const net = netfees(
          feeArg,
          shape(s.performance),
          s.bands.range,
          s.method as string,
          s.bonusCap,
          s.creditCap,
        );
        const cells = s.asColumn ? net.map((r) => r[0]) : net[0];
        expect(cells).toHaveLength(n);
        const payouts = payout(
          row(s.performance),
          s.bands.range,
          s.method as string,
          row(s.performance.map((_, k) => fee(k))),
        )[0];
        let bonusLeft = s.bonusCap ?? Infinity;
        let bonusPaid = 0;
        for (let k = 0; k < n; k++) {
          if (s.performance[k] === '') {
            expect(cells[k]).toBe('');
            continue;
          }
          let p = num(payouts[k]);
          if (p > 0) {
            p = Math.min(p, bonusLeft);
            bonusLeft -= p;
          } else if (s.creditCap !== null) {
            p = Math.max(p, -s.creditCap);
          }
          const x = num(cells[k]);
          expect(near(x, fee(k) + p, 1e-15)).toBe(true);
          const adjustment = x - fee(k);
          if (adjustment > 0) bonusPaid += adjustment;
          if (s.creditCap !== null)
            expect(adjustment).toBeGreaterThanOrEqual(-s.creditCap * (1 + 1e-12) - 1e-9);
        }
        if (s.bonusCap !== null)
          expect(bonusPaid).toBeLessThanOrEqual(s.bonusCap * (1 + 1e-12) + 1e-9);
      }),
      { numRuns: 600 },
    );
  });
});
