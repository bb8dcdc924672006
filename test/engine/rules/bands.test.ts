import {
  type BandRow,
  bandIndex,
  bandRate,
  type BandTable,
  linearRate,
  linearRateIn,
  parseBandMethod,
  parseBands,
  stepRate,
} from '../../../src/engine/rules/bands';
import { unwrap } from '../../../src/engine/rules/result';

const table = (rows: BandRow[]): BandTable => unwrap(parseBands(rows));

/** Availability credit table used throughout: below 99 → −100%, 99 → −50%, 99.5 → 0, 99.9 → +10%. */
const AVAILABILITY: BandRow[] = [
  { bound: 99.5, rate: 0 },
  { bound: 0, rate: -1 },
  { bound: 99.9, rate: 0.1 },
  { bound: 99, rate: -0.5 },
];

describe('parseBandMethod', () => {
  test('blank defaults to step; step and linear in any case', () => {
    expect(parseBandMethod(null)).toEqual({ ok: true, value: 'step' });
    expect(parseBandMethod(undefined)).toEqual({ ok: true, value: 'step' });
    expect(parseBandMethod(' ')).toEqual({ ok: true, value: 'step' });
    expect(parseBandMethod(' Linear ')).toEqual({ ok: true, value: 'linear' });
    expect(parseBandMethod('STEP')).toEqual({ ok: true, value: 'step' });
  });

  test('anything else is a value error', () => {
    expect(parseBandMethod('cliff')).toEqual({
      ok: false,
      error: { code: 'value', message: 'method must be step or linear, not "cliff"' },
    });
  });
});

describe('parseBands', () => {
  test('sorts unsorted rows by bound, keeping each rate with its bound', () => {
    const t = table(AVAILABILITY);
    expect(Array.from(t.bounds)).toEqual([0, 99, 99.5, 99.9]);
    expect(Array.from(t.rates)).toEqual([-1, -0.5, 0, 0.1]);
  });

  test('thresholds sit just below the bounds by the comparison slack', () => {
    const t = table(AVAILABILITY);
    // slack(0) = 1e-9; slack(99.5) = 9.95e-8
    expect(t.thresholds[0]).toBeCloseTo(-1e-9, 20);
    expect(99.5 - t.thresholds[2]).toBeCloseTo(9.95e-8, 12); // 99.5 carries only ~1e-14 of precision
    for (let i = 0; i < 4; i++) expect(t.thresholds[i]).toBeLessThan(t.bounds[i]);
  });

  test('does not reorder the caller’s rows', () => {
    const rows = [...AVAILABILITY];
    parseBands(rows);
    expect(rows).toEqual(AVAILABILITY);
  });

  test('duplicate bounds are an error naming the bound', () => {
    expect(
      parseBands([
        { bound: 99.5, rate: 0 },
        { bound: 99, rate: -0.5 },
        { bound: 99.5, rate: -1 },
      ]),
    ).toEqual({
      ok: false,
      error: { code: 'value', message: 'bands: duplicate lower bound 99.5' },
    });
    const labelled = parseBands(
      [
        { bound: 1, rate: 0 },
        { bound: 1, rate: 0.1 },
      ],
      'Availability bands',
    );
    expect(labelled).toEqual({
      ok: false,
      error: { code: 'value', message: 'Availability bands: duplicate lower bound 1' },
    });
  });

  test('non-finite bounds and rates are errors', () => {
    expect(parseBands([{ bound: NaN, rate: 0 }])).toEqual({
      ok: false,
      error: { code: 'value', message: 'bands: lower bound NaN is not a finite number' },
    });
    expect(parseBands([{ bound: -Infinity, rate: -1 }])).toEqual({
      ok: false,
      error: { code: 'value', message: 'bands: lower bound -Infinity is not a finite number' },
    });
    expect(
      parseBands([
        { bound: 0, rate: -1 },
        { bound: 1, rate: Infinity },
      ]),
    ).toEqual({
      ok: false,
      error: { code: 'value', message: 'bands: rate Infinity is not a finite number' },
    });
  });

  test('an empty table is an error', () => {
    expect(parseBands([])).toEqual({
      ok: false,
      error: { code: 'value', message: 'bands: no band rows' },
    });
  });
});

describe('stepRate', () => {
  const t = table(AVAILABILITY);

  test.each([
    [99.5, 0], // at a bound: in that band
    [99.49, -0.5], // just below 99.5: the 99 band
    [99.6, 0], // above 99.5, below 99.9
    [99.9, 0.1], // at the top bound
    [100, 0.1], // the highest band extends up
    [99, -0.5], // at a bound
    [98.99, -1], // just below 99
    [0, -1],
    [-5, -1], // below the lowest bound: the lowest band extends down
  ])('%p → %p', (value, rate) => {
    expect(stepRate(t, value)).toBe(rate);
  });

  test('a bound computed with binary noise stays in its band', () => {
    // (99.1 + 99.3 + 99.9 + 99.7) / 4 = 99.5 by hand, 99.49999999999999 in binary
    const avg = [99.1, 99.3, 99.9, 99.7].reduce((a, b) => a + b) / 4;
    expect(avg).toBeLessThan(99.5);
    expect(stepRate(t, avg)).toBe(0);
    // but a real shortfall is not forgiven
    expect(stepRate(t, 99.4999)).toBe(-0.5);
  });

  test('single-row table: every value gets its rate', () => {
    const one = table([{ bound: 1, rate: 0.25 }]);
    expect(stepRate(one, -100)).toBe(0.25);
    expect(stepRate(one, 1)).toBe(0.25);
    expect(stepRate(one, 100)).toBe(0.25);
  });
});

describe('bandIndex: binary search (> 8 rows) agrees with a linear scan', () => {
  // 20 bands: bounds 0, 5, 10, …, 95 given in reverse order; rate of band k is k/100.
  const rows: BandRow[] = [];
  for (let k = 19; k >= 0; k--) rows.push({ bound: 5 * k, rate: k / 100 });
  const t = table(rows);

  /** Oracle: the last band whose bound is ≤ value (with the same 1e-9 relative slack), else band 0. */
  const linearScan = (value: number): number => {
    let found = 0;
    for (let k = 0; k < 20; k++) if (value >= 5 * k - 1e-9 * Math.max(1, 5 * k)) found = k;
    return found;
  };

  test('at, just around, between and beyond every bound', () => {
    const probes: number[] = [-1000, -1, 1000, 95, 96, 1e9];
    for (let k = 0; k < 20; k++) {
      const b = 5 * k;
      probes.push(b, b - 1e-6, b + 1e-6, b + 2.5, b - 2.5, b - 1e-12 * Math.max(1, b));
    }
    for (let v = -3; v <= 103; v += 0.37) probes.push(v);
    expect(probes.length).toBeGreaterThan(300);
    for (const v of probes) {
      const expected = linearScan(v);
      expect([v, bandIndex(t.thresholds, 0, 20, v)]).toEqual([v, expected]);
      expect([v, stepRate(t, v)]).toEqual([v, expected / 100]);
    }
  });

  test('hand-picked cases', () => {
    expect(bandIndex(t.thresholds, 0, 20, 47)).toBe(9); // 45 ≤ 47 < 50
    expect(bandIndex(t.thresholds, 0, 20, 50)).toBe(10); // at a bound
    expect(bandIndex(t.thresholds, 0, 20, -3)).toBe(0); // below all
    expect(bandIndex(t.thresholds, 0, 20, 95)).toBe(19); // top bound
    expect(bandIndex(t.thresholds, 0, 20, 4.999)).toBe(0);
  });

  test('works within a sub-range of a longer array (tables laid end to end)', () => {
    // Layout: 3 unrelated slots, then the 20-row table, then 2 more slots.
    const laid = new Float64Array(25);
    laid.set([1000, 2000, 3000], 0);
    laid.set(t.thresholds, 3);
    laid.set([-5000, -6000], 23);
    expect(bandIndex(laid, 3, 20, 47)).toBe(3 + 9);
    expect(bandIndex(laid, 3, 20, -10)).toBe(3);
    expect(bandIndex(laid, 3, 20, 1e6)).toBe(3 + 19);
    // and the short (≤ 8 rows) path within a sub-range
    expect(bandIndex(laid, 0, 3, 2500)).toBe(1);
    expect(bandIndex(laid, 0, 3, 0)).toBe(0);
  });
});

describe('linearRate', () => {
  // Points on attainment: (0.97, −1), (1.0, 0), (1.02, +0.5), given unsorted
  const t = table([
    { bound: 1.02, rate: 0.5 },
    { bound: 0.97, rate: -1 },
    { bound: 1, rate: 0 },
  ]);

  test('interpolates on straight lines between points', () => {
    // halfway 0.97→1.0: −1 + 0.5 × (0 − (−1)) = −0.5
    expect(linearRate(t, 0.985)).toBeCloseTo(-0.5, 12);
    // 0.99: t = 0.02/0.03 = 2/3 → −1 + 2/3 = −1/3
    expect(linearRate(t, 0.99)).toBeCloseTo(-1 / 3, 12);
    // halfway 1.0→1.02: 0 + 0.5 × 0.5 = 0.25
    expect(linearRate(t, 1.01)).toBeCloseTo(0.25, 12);
    // 1.005: 0.25 of the way → 0.125
    expect(linearRate(t, 1.005)).toBeCloseTo(0.125, 12);
  });

  test('hits the points exactly', () => {
    expect(linearRate(t, 0.97)).toBe(-1);
    expect(linearRate(t, 1)).toBe(0);
    expect(linearRate(t, 1.02)).toBe(0.5);
  });

  test('is flat beyond the first and last points', () => {
    expect(linearRate(t, 0.5)).toBe(-1);
    expect(linearRate(t, -3)).toBe(-1);
    expect(linearRate(t, 1.5)).toBe(0.5);
    expect(linearRate(t, 1e9)).toBe(0.5);
  });

  test('single-row table is flat everywhere', () => {
    const one = table([{ bound: 1, rate: -0.2 }]);
    expect(linearRate(one, 0)).toBe(-0.2);
    expect(linearRate(one, 1)).toBe(-0.2);
    expect(linearRate(one, 2)).toBe(-0.2);
  });

  test('interpolation with more than 8 points (binary-search path)', () => {
    // 12 points: bound k → rate k² for k = 0..11; between k and k+1 the line goes k² → (k+1)².
    const rows: BandRow[] = [];
    for (let k = 11; k >= 0; k--) rows.push({ bound: k, rate: k * k });
    const big = table(rows);
    // 7.25: 49 + 0.25 × (64 − 49) = 52.75
    expect(linearRate(big, 7.25)).toBeCloseTo(52.75, 12);
    // 0.5: 0 + 0.5 × 1 = 0.5
    expect(linearRate(big, 0.5)).toBeCloseTo(0.5, 12);
    // 10.9: 100 + 0.9 × 21 = 118.9
    expect(linearRate(big, 10.9)).toBeCloseTo(118.9, 12);
    expect(linearRate(big, 11)).toBe(121);
    expect(linearRate(big, 20)).toBe(121);
  });

  test('linearRateIn works within a sub-range', () => {
    const bounds = new Float64Array([9, 9, 0, 10, 9]);
    const rates = new Float64Array([7, 7, 0, 100, 7]);
    // points (0, 0) and (10, 100) at offset 2: 2.5 → 25
    expect(linearRateIn(bounds, rates, 2, 2, 2.5)).toBeCloseTo(25, 12);
    expect(linearRateIn(bounds, rates, 2, 2, -1)).toBe(0);
    expect(linearRateIn(bounds, rates, 2, 2, 11)).toBe(100);
  });
});

describe('bandRate', () => {
  test('dispatches on the method', () => {
    const t = table([
      { bound: 0, rate: 0 },
      { bound: 10, rate: 1 },
    ]);
    // step: 5 is in the 0 band; linear: halfway → 0.5
    expect(bandRate(t, 5, 'step')).toBe(0);
    expect(bandRate(t, 5, 'linear')).toBe(0.5);
  });
});
