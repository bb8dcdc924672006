import { histogram } from '../../../src/engine/simulation/histogram';
import {
  addToSketch,
  copySketch,
  createQuantileSketch,
  EXACT_CAPACITY,
  mergeSketch,
  type QuantileSketch,
  RELATIVE_ACCURACY,
  sketchFractionAtMost,
  sketchQuantile,
  ZERO_MAGNITUDE,
} from '../../../src/engine/simulation/quantileSketch';
import { RandomStream } from '../../../src/engine/simulation/randomStream';

/** PERCENTILE.INC on a sorted array: linear interpolation between order statistics. */
function exactQuantile(sorted: Float64Array, q: number): number {
  const h = q * (sorted.length - 1);
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

function sketchOf(values: ArrayLike<number>, capacity = EXACT_CAPACITY): QuantileSketch {
  const s = createQuantileSketch(values.length, capacity);
  for (let i = 0; i < values.length; i++) addToSketch(s, values[i]);
  return s;
}

/** Money-like values: a skewed mixture crossing zero, like a provider's net payout. */
function moneyLike(n: number, seed: number): Float64Array {
  const r = new RandomStream(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const z = r.nextNormal();
    out[i] = i % 5 === 0 ? 0 : -400_000 + 180_000 * z + 50_000 * z * z;
  }
  return out;
}

const QS = [0, 0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1];

describe('exact mode (up to the exact capacity)', () => {
  test('quantiles equal PERCENTILE.INC on the sorted values', () => {
    const values = moneyLike(10_001, 1);
    const s = sketchOf(values);
    const sorted = Float64Array.from(values).sort();
    for (const q of QS) expect(sketchQuantile(s, q)).toBe(exactQuantile(sorted, q));
    expect(s.min).toBe(sorted[0]);
    expect(s.max).toBe(sorted[sorted.length - 1]);
  });

  test('small cases: one value, two values, empty, invalid q', () => {
    expect(sketchQuantile(sketchOf([5]), 0.95)).toBe(5);
    expect(sketchQuantile(sketchOf([1, 3]), 0.5)).toBe(2);
    expect(sketchQuantile(sketchOf([]), 0.5)).toBeNaN();
    expect(sketchQuantile(sketchOf([1]), 1.5)).toBeNaN();
  });

  test('fraction at most x', () => {
    const s = sketchOf([1, 2, 2, 3, 10]);
    expect(sketchFractionAtMost(s, 2)).toBe(0.6);
    expect(sketchFractionAtMost(s, 0)).toBe(0);
    expect(sketchFractionAtMost(s, 10)).toBe(1);
  });
});

describe('binned mode: error bound against an exact sort of 250,000 values', () => {
  const n = 250_000;
  const values = moneyLike(n, 2);
  const sorted = Float64Array.from(values).sort();
  const s = sketchOf(values);

  test('switches to binned mode beyond the exact capacity', () => {
    expect(s.values).toBeNull();
    expect(s.count).toBe(n);
  });

  test('every quantile within α·max(|x₍ᵢ₎|, |x₍ᵢ₊₁₎|) + ZERO_MAGNITUDE of the exact one; min and max exact', () => {
    for (const q of QS) {
      const h = q * (n - 1);
      const lo = sorted[Math.floor(h)];
      const hi = sorted[Math.min(Math.floor(h) + 1, n - 1)];
      const bound = RELATIVE_ACCURACY * Math.max(Math.abs(lo), Math.abs(hi)) + ZERO_MAGNITUDE;
      expect(Math.abs(sketchQuantile(s, q) - exactQuantile(sorted, q))).toBeLessThanOrEqual(
        bound * (1 + 1e-9),
      );
    }
    expect(sketchQuantile(s, 0)).toBe(sorted[0]);
    expect(sketchQuantile(s, 1)).toBe(sorted[n - 1]);
  });

  test('positive values spanning decades (lognormal-like)', () => {
    const r = new RandomStream(3);
    const positive = Float64Array.from({ length: 210_000 }, () => Math.exp(3 * r.nextNormal()));
    const ps = sketchOf(positive);
    const psorted = Float64Array.from(positive).sort();
    for (const q of QS) {
      const exact = exactQuantile(psorted, q);
      const h = q * (psorted.length - 1);
      const bound =
        RELATIVE_ACCURACY * psorted[Math.min(Math.floor(h) + 1, psorted.length - 1)] +
        ZERO_MAGNITUDE;
      expect(Math.abs(sketchQuantile(ps, q) - exact)).toBeLessThanOrEqual(bound * (1 + 1e-9));
    }
  });
});

describe('merging', () => {
  const values = moneyLike(3_000, 4);

  test('merged exact sketches equal the sketch of all values', () => {
    const a = sketchOf(values.subarray(0, 1_000));
    const b = sketchOf(values.subarray(1_000));
    mergeSketch(b, a);
    const whole = sketchOf(values);
    for (const q of QS) expect(sketchQuantile(b, q)).toBe(sketchQuantile(whole, q));
  });

  test('merges crossing the capacity give exactly the single-run sketch, in any order and split', () => {
    const capacity = 1_000; // small capacity so the binned path is exercised cheaply
    const whole = sketchOf(values, capacity);
    const parts = [
      values.subarray(0, 400),
      values.subarray(400, 1_700),
      values.subarray(1_700),
    ].map((v) => sketchOf(v, capacity));
    const forward = copySketch(parts[0]);
    mergeSketch(forward, parts[1]);
    mergeSketch(forward, parts[2]);
    const backward = copySketch(parts[2]);
    mergeSketch(backward, parts[1]);
    mergeSketch(backward, parts[0]);
    for (const merged of [forward, backward]) {
      expect(merged.count).toBe(whole.count);
      expect(Array.from(merged.positive as Int32Array)).toEqual(
        Array.from(whole.positive as Int32Array),
      );
      expect(Array.from(merged.negative as Int32Array)).toEqual(
        Array.from(whole.negative as Int32Array),
      );
      for (const q of QS) expect(sketchQuantile(merged, q)).toBe(sketchQuantile(whole, q));
      expect(histogram(merged)).toEqual(histogram(whole));
    }
  });

  test('sketches of different capacities refuse to merge', () => {
    expect(() => mergeSketch(createQuantileSketch(10, 10), createQuantileSketch(10, 20))).toThrow(
      /capacities/,
    );
  });
});

describe('histogram', () => {
  test('40 equal bins over [min, max]; counts total the values; max falls in the last bin', () => {
    const values = Array.from({ length: 400 }, (_, i) => i);
    const h = histogram(sketchOf(values));
    expect(h.counts).toHaveLength(40);
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(400);
    expect(h.min).toBe(0);
    expect(h.max).toBe(399);
    expect(h.binWidth).toBeCloseTo(399 / 40, 12);
    expect(h.counts[39]).toBe(400 - 39 * 10 + 0); // 390…399 → bin 39 (399 = max included)
  });

  test('all values equal: one populated bin of zero width', () => {
    const h = histogram(sketchOf([7, 7, 7]));
    expect(h.binWidth).toBe(0);
    expect(h.counts[0]).toBe(3);
  });

  test('binned mode: counts still total the values', () => {
    const values = moneyLike(5_000, 5);
    const h = histogram(sketchOf(values, 100));
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(5_000);
  });
});
