import { mix32, RandomStream } from '../../../src/engine/simulation/randomStream';

/**
 * The simulation's random numbers: reproducible per (seed, trial, stream), uniform and normal with
 * the right moments. Statistical tolerances are about 5 standard errors, so a correct generator
 * fails them with negligible probability and a biased one (e.g. a wrong ziggurat table) fails them.
 */

const draw = (stream: RandomStream, n: number, f: (s: RandomStream) => number) =>
  Array.from({ length: n }, () => f(stream));

function moments(xs: ArrayLike<number>) {
  const n = xs.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += xs[i];
  mean /= n;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d = xs[i] - mean;
    m2 += d * d;
    m3 += d * d * d;
    m4 += d * d * d * d;
  }
  m2 /= n;
  return { mean, variance: m2, skewness: m3 / n / m2 ** 1.5, kurtosis: m4 / n / (m2 * m2) };
}

describe('RandomStream: reproducible streams', () => {
  test('the same (seed, trial, stream) gives the same numbers, whatever was drawn before', () => {
    const a = new RandomStream(42);
    a.select(7, 3);
    const first = draw(a, 50, (s) => s.nextInt32());
    const b = new RandomStream(42);
    b.select(1, 1);
    draw(b, 1000, (s) => s.nextNormal());
    b.select(7, 3);
    expect(draw(b, 50, (s) => s.nextInt32())).toEqual(first);
  });

  test('different seeds, trials and streams give different numbers', () => {
    const firstOf = (seed: number, trial: number, stream: number) => {
      const r = new RandomStream(seed);
      r.select(trial, stream);
      return draw(r, 4, (s) => s.nextInt32());
    };
    const base = firstOf(1, 0, 0);
    expect(firstOf(2, 0, 0)).not.toEqual(base);
    expect(firstOf(1, 1, 0)).not.toEqual(base);
    expect(firstOf(1, 0, 1)).not.toEqual(base);
    // The high half of a seed above 2^32 matters too.
    expect(firstOf(2 ** 32 + 1, 0, 0)).not.toEqual(firstOf(1, 0, 0));
  });

  test('neighbouring streams are uncorrelated', () => {
    const r = new RandomStream(9);
    const n = 20_000;
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    for (let t = 0; t < n; t++) {
      r.select(t, 0);
      xs[t] = r.nextNormal();
      r.select(t, 1);
      ys[t] = r.nextNormal();
    }
    let sxy = 0;
    for (let t = 0; t < n; t++) sxy += xs[t] * ys[t];
    expect(Math.abs(sxy / n)).toBeLessThan(5 / Math.sqrt(n));
  });

  test('seeds must be whole numbers in [0, 2^53)', () => {
    expect(() => new RandomStream(-1)).toThrow(RangeError);
    expect(() => new RandomStream(1.5)).toThrow(/whole number/);
    expect(() => new RandomStream(2 ** 53)).toThrow(RangeError);
    expect(() => new RandomStream(Number.MAX_SAFE_INTEGER)).not.toThrow();
  });

  test('mix32 is a bijection on a sample (no two inputs collide)', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 100_000; i++) seen.add(mix32(i * 65_537));
    expect(seen.size).toBe(100_000);
  });
});

describe('RandomStream: distributions', () => {
  const r = new RandomStream(2024);
  r.select(0, 0);

  test('uniform on (0, 1): mean 1/2, variance 1/12, never 0 or 1', () => {
    const n = 200_000;
    const u = draw(r, n, (s) => s.nextUniform());
    expect(u.reduce((a, b) => Math.min(a, b))).toBeGreaterThan(0);
    expect(u.reduce((a, b) => Math.max(a, b))).toBeLessThan(1);
    const m = moments(u);
    expect(Math.abs(m.mean - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(m.variance - 1 / 12)).toBeLessThan(0.001);
  });

  test('nextIndex(n) is uniform over 0 … n−1 (chi-square)', () => {
    const k = 7;
    const n = 70_000;
    const counts = new Array<number>(k).fill(0);
    for (let i = 0; i < n; i++) counts[r.nextIndex(k)]++;
    const expected = n / k;
    const chi2 = counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(22.5); // 6 degrees of freedom: P(χ² > 22.5) ≈ 0.001
  });

  test('normal: mean 0, sd 1, skewness 0, kurtosis 3 and normal tail probabilities', () => {
    const n = 1_000_000;
    const z = new Float64Array(n);
    r.fillNormal(z, 0, n);
    const m = moments(z);
    expect(Math.abs(m.mean)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(Math.sqrt(m.variance) - 1)).toBeLessThan(5 / Math.sqrt(2 * n));
    expect(Math.abs(m.skewness)).toBeLessThan(5 * Math.sqrt(6 / n));
    expect(Math.abs(m.kurtosis - 3)).toBeLessThan(5 * Math.sqrt(24 / n));
    const beyond = (c: number) => z.reduce((count, x) => count + (Math.abs(x) > c ? 1 : 0), 0) / n;
    // Two-sided tails of the standard normal, including beyond the ziggurat's base strip (R ≈ 3.44).
    for (const [c, p] of [
      [1, 0.3173105],
      [2, 0.0455003],
      [3, 0.0026998],
      [3.5, 0.0004653],
    ]) {
      expect(Math.abs(beyond(c) - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / n));
    }
  });

  test('fillNormal writes exactly the numbers nextNormal would', () => {
    const a = new RandomStream(5);
    const b = new RandomStream(5);
    a.select(3, 4);
    b.select(3, 4);
    const filled = new Float64Array(5_000);
    a.fillNormal(filled, 0, 5_000);
    expect(Array.from(filled)).toEqual(draw(b, 5_000, (s) => s.nextNormal()));
    expect(a.nextInt32()).toBe(b.nextInt32());
  });

  test('consecutive normals are uncorrelated', () => {
    const n = 200_000;
    const z = new Float64Array(n);
    r.fillNormal(z, 0, n);
    let lag = 0;
    for (let i = 1; i < n; i++) lag += z[i] * z[i - 1];
    expect(Math.abs(lag / n)).toBeLessThan(5 / Math.sqrt(n));
  });
});
