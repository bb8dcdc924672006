import {
  type PerformanceAssumption,
  type Range,
} from '../../../src/engine/simulation/performanceAssumption';
import {
  fillFixedRows,
  generatePath,
  type PathRow,
  planPaths,
} from '../../../src/engine/simulation/performancePath';
import { RandomStream } from '../../../src/engine/simulation/randomStream';

/**
 * Performance paths: each assumption kind generates what it promises (statistical checks, seeded,
 * tolerances of about 5 standard errors) and rows are independent of each other.
 */

const UNBOUNDED: Range = { lower: -Infinity, upper: Infinity };

function paths(
  assumptions: (PerformanceAssumption | null)[],
  months: number,
  trials: number,
  ranges: Range[] = [],
  seed = 7,
) {
  const rows: PathRow[] = assumptions.map((assumption, r) => ({
    key: `sl${r}`,
    assumption,
    range: ranges[r] ?? UNBOUNDED,
  }));
  const plan = planPaths(rows, months);
  const path = new Float64Array(rows.length * months);
  fillFixedRows(plan, path);
  const stream = new RandomStream(seed);
  const all = new Float64Array(trials * rows.length * months);
  for (let t = 0; t < trials; t++) {
    generatePath(plan, stream, t, path);
    all.set(path, t * path.length);
  }
  /** Value of row r, month m in trial t. */
  return (t: number, r: number, m: number) => all[t * rows.length * months + r * months + m];
}

const meanOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sdOf = (xs: number[]) => {
  const m = meanOf(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
};

describe('fixed rows', () => {
  test('constant, series repeated cyclically with null = not measured, missing = not measured', () => {
    const at = paths(
      [{ kind: 'constant', level: 99.5 }, { kind: 'series', values: [1, 2, null] }, null],
      7,
      2,
    );
    for (let t = 0; t < 2; t++) {
      expect(Array.from({ length: 7 }, (_, m) => at(t, 0, m))).toEqual(new Array(7).fill(99.5));
      expect(Array.from({ length: 7 }, (_, m) => at(t, 1, m))).toEqual([1, 2, NaN, 1, 2, NaN, 1]);
      expect(Array.from({ length: 7 }, (_, m) => at(t, 2, m))).toEqual(new Array(7).fill(NaN));
    }
  });

  test('a series longer than the term is cut; a normal without spread is its mean, clamped', () => {
    const at = paths(
      [
        { kind: 'series', values: [5, 6, 7, 8, 9] },
        { kind: 'normal', mean: 101, sd: 0 },
      ],
      3,
      1,
      [UNBOUNDED, { lower: 0, upper: 100 }],
    );
    expect([at(0, 0, 0), at(0, 0, 1), at(0, 0, 2)]).toEqual([5, 6, 7]);
    expect([at(0, 1, 0), at(0, 1, 2)]).toEqual([100, 100]);
  });
});

describe('normal AR(1)', () => {
  const trials = 20_000;
  const months = 24;
  const [mean, sd, rho] = [3.8, 0.35, 0.3];
  const at = paths([{ kind: 'normal', mean, sd, rho }], months, trials);

  test('starts from the mean: month 0 has sd·√(1−ρ²); later months settle at mean and sd', () => {
    const first = Array.from({ length: trials }, (_, t) => at(t, 0, 0));
    expect(Math.abs(meanOf(first) - mean)).toBeLessThan(5 * (sd / Math.sqrt(trials)));
    expect(sdOf(first)).toBeCloseTo(sd * Math.sqrt(1 - rho * rho), 2);
    const late = Array.from({ length: trials }, (_, t) => at(t, 0, 20));
    expect(Math.abs(meanOf(late) - mean)).toBeLessThan(5 * (sd / Math.sqrt(trials)));
    expect(Math.abs(sdOf(late) - sd)).toBeLessThan(5 * (sd / Math.sqrt(2 * trials)));
  });

  test('lag-1 autocorrelation ≈ ρ, lag-2 ≈ ρ²', () => {
    const corr = (lag: number) => {
      const a = Array.from({ length: trials }, (_, t) => at(t, 0, 15));
      const b = Array.from({ length: trials }, (_, t) => at(t, 0, 15 + lag));
      const ma = meanOf(a);
      const mb = meanOf(b);
      const cov = a.reduce((s, x, i) => s + (x - ma) * (b[i] - mb), 0) / (trials - 1);
      return cov / (sdOf(a) * sdOf(b));
    };
    expect(Math.abs(corr(1) - rho)).toBeLessThan(5 / Math.sqrt(trials));
    expect(Math.abs(corr(2) - rho * rho)).toBeLessThan(5 / Math.sqrt(trials));
  });

  test('truncation keeps every value within the bounds, redrawing rather than piling up at the bound', () => {
    const bounded = paths([{ kind: 'normal', mean: 0.992, sd: 0.006, rho: 0.3 }], 12, 5_000, [
      { lower: 0, upper: 1 },
    ]);
    const values = Array.from({ length: 5_000 * 12 }, (_, i) =>
      bounded(Math.floor(i / 12), 0, i % 12),
    );
    expect(Math.max(...values)).toBeLessThanOrEqual(1);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    // About 9% of untruncated values would exceed 1; redrawing means none sit exactly on it.
    expect(values.filter((v) => v === 1).length).toBe(0);
    expect(meanOf(values)).toBeLessThan(0.992);
  });
});

describe('triangular and resampled', () => {
  test('triangular: values in [min, max], mean (min + mode + max)/3, mode region densest', () => {
    const trials = 10_000;
    const at = paths([{ kind: 'triangular', min: 95, mode: 99, max: 100 }], 12, trials);
    const values = Array.from({ length: trials * 12 }, (_, i) => at(Math.floor(i / 12), 0, i % 12));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(95);
    expect(Math.max(...values)).toBeLessThanOrEqual(100);
    const variance = (95 ** 2 + 99 ** 2 + 100 ** 2 - 95 * 99 - 95 * 100 - 99 * 100) / 18;
    expect(Math.abs(meanOf(values) - (95 + 99 + 100) / 3)).toBeLessThan(
      5 * Math.sqrt(variance / values.length),
    );
    expect(sdOf(values)).toBeCloseTo(Math.sqrt(variance), 1);
  });

  test('resample draws only historical values, each about equally often', () => {
    const history = [97.1, 98.4, 99.0, 99.9];
    const trials = 5_000;
    const at = paths([{ kind: 'resample', history }], 12, trials);
    const counts = new Map<number, number>();
    for (let t = 0; t < trials; t++)
      for (let m = 0; m < 12; m++) counts.set(at(t, 0, m), (counts.get(at(t, 0, m)) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(history);
    const expected = (trials * 12) / history.length;
    for (const c of counts.values())
      expect(Math.abs(c - expected)).toBeLessThan(5 * Math.sqrt(expected));
  });
});

describe('independence of rows and trials', () => {
  const a: PerformanceAssumption = { kind: 'normal', mean: 99, sd: 0.5, rho: 0.2 };
  const b: PerformanceAssumption = { kind: 'triangular', min: 2, mode: 3, max: 6 };

  test("changing one row's assumption leaves every other row's path unchanged", () => {
    const before = paths([a, b, a], 12, 20);
    const after = paths([a, { kind: 'resample', history: [1, 2] }, { ...a, mean: 98 }], 12, 20);
    for (let t = 0; t < 20; t++)
      for (let m = 0; m < 12; m++) expect(after(t, 0, m)).toBe(before(t, 0, m));
  });

  test('a row follows its key, not its position', () => {
    const rows = (order: string[]) => {
      const plan = planPaths(
        order.map((key) => ({ key, assumption: a, range: UNBOUNDED })),
        6,
      );
      const path = new Float64Array(order.length * 6);
      generatePath(plan, new RandomStream(3), 11, path);
      return Object.fromEntries(
        order.map((key, r) => [key, Array.from(path.subarray(r * 6, r * 6 + 6))]),
      );
    };
    const forward = rows(['x', 'y']);
    const backward = rows(['y', 'x']);
    expect(backward.x).toEqual(forward.x);
    expect(backward.y).toEqual(forward.y);
    expect(forward.x).not.toEqual(forward.y);
  });

  test('a trial depends only on the seed and its index', () => {
    const all = paths([a, b], 6, 30, [], 99);
    const plan = planPaths(
      [a, b].map((assumption, r) => ({ key: `sl${r}`, assumption, range: UNBOUNDED })),
      6,
    );
    const path = new Float64Array(12);
    generatePath(plan, new RandomStream(99), 17, path);
    expect(Array.from(path)).toEqual(
      Array.from({ length: 12 }, (_, i) => all(17, Math.floor(i / 6), i % 6)),
    );
  });
});
