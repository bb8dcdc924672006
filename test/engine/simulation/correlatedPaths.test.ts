import { checkCorrelations } from '../../../src/engine/simulation/levelCorrelation';
import { normalCdf } from '../../../src/engine/simulation/normalDistribution';
import {
  generatePath,
  type PathRow,
  planPaths,
  fillFixedRows,
} from '../../../src/engine/simulation/performancePath';
import { type PerformanceAssumption } from '../../../src/engine/simulation/performanceAssumption';
import { RandomStream } from '../../../src/engine/simulation/randomStream';
import { type LevelCorrelation } from '../../../src/engine/simulation/levelCorrelation';
import { type BadMonth } from '../../../src/engine/simulation/badMonth';
import { unwrap } from '../../../src/engine/rules/result';

/** Spearman's rank correlation of two samples without ties. */
function spearman(x: Float64Array, y: Float64Array): number {
  const rank = (v: Float64Array) => {
    const order = Array.from(v.keys()).sort((i, j) => v[i] - v[j]);
    const r = new Float64Array(v.length);
    order.forEach((i, k) => (r[i] = k));
    return r;
  };
  const [rx, ry] = [rank(x), rank(y)];
  const n = x.length;
  const mean = (n - 1) / 2;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (rx[i] - mean) * (ry[i] - mean);
    sxx += (rx[i] - mean) ** 2;
  }
  return sxy / sxx;
}

const unbounded = { lower: -Infinity, upper: Infinity };
const row = (
  key: string,
  assumption: PerformanceAssumption | null,
  direction: 'higher' | 'lower' = 'higher',
  range = unbounded,
): PathRow => ({ key, assumption, range, direction });

/** Month `month`'s value of each row over `trials` trials. */
function sample(
  rows: PathRow[],
  trials: number,
  dependence: { correlations?: LevelCorrelation[]; badMonth?: BadMonth } = {},
  months = 3,
  month = 0,
): Float64Array[] {
  const correlation = dependence.correlations
    ? unwrap(
        checkCorrelations(
          dependence.correlations,
          rows.map((r) => ({ id: r.key, name: r.key })),
        ),
      )
    : null;
  const plan = planPaths(rows, months, { correlation, badMonth: dependence.badMonth ?? null });
  const path = new Float64Array(rows.length * months);
  fillFixedRows(plan, path);
  const stream = new RandomStream(7);
  const out = rows.map(() => new Float64Array(trials));
  for (let t = 0; t < trials; t++) {
    generatePath(plan, stream, t, path);
    rows.forEach((_, r) => (out[r][t] = path[r * months + month]));
  }
  return out;
}

describe('the copula gives the months the rank correlation entered', () => {
  const rows = [
    row('n', { kind: 'normal', mean: 99.5, sd: 0.3 }),
    row('t', { kind: 'triangular', min: 2, mode: 3.5, max: 7 }, 'lower'),
    row('r', { kind: 'resample', history: Array.from({ length: 400 }, (_, i) => 90 + i / 40) }),
  ];
  const correlations = [
    { first: 'n', second: 't', rho: 0.6 },
    { first: 'n', second: 'r', rho: 0.3 },
    { first: 't', second: 'r', rho: -0.2 },
  ];
  const [n, t, r] = sample(rows, 100_000, { correlations });

  test('within sampling error at 100,000 trials (sd of Spearman ≈ 1/√n ≈ 0.003)', () => {
    // t is lower-is-better: doing well together means n high while t is low.
    const within = (value: number, target: number) =>
      expect(Math.abs(value - target)).toBeLessThan(0.01);
    within(-spearman(n, t), 0.6);
    within(spearman(n, r), 0.3);
    within(-spearman(t, r), -0.2);
  });

  test('each service level keeps its own distribution', () => {
    const mean = (xs: Float64Array) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(n)).toBeCloseTo(99.5, 2);
    expect(mean(t)).toBeCloseTo((2 + 3.5 + 7) / 3, 1);
    expect(mean(r)).toBeCloseTo(90 + 399 / 80, 1);
    expect(Math.min(...t)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...t)).toBeLessThanOrEqual(7);
  });
});

describe('no correlation reproduces the independent paths bit for bit', () => {
  const rows = [
    row('a', { kind: 'normal', mean: 99.5, sd: 0.3, rho: 0.4 }, 'higher', { lower: 0, upper: 100 }),
    row('b', { kind: 'triangular', min: 2, mode: 3.5, max: 7 }, 'lower'),
    row('c', { kind: 'constant', level: 4.2 }),
  ];
  const independent = sample(rows, 2_000, {}, 12, 11);

  test.each([
    ['every pair at 0', [{ first: 'a', second: 'b', rho: 0 }]],
    ['a pair with a constant row (nothing to correlate)', [{ first: 'a', second: 'c', rho: 0.8 }]],
  ])('%s', (_, correlations) => {
    expect(sample(rows, 2_000, { correlations }, 12, 11)).toEqual(independent);
  });

  test('a bad month with probability 0', () => {
    expect(sample(rows, 2_000, { badMonth: { probability: 0, drops: { a: 1 } } }, 12, 11)).toEqual(
      independent,
    );
  });
});

describe('correlation 1 between two identical service levels: one path', () => {
  test('the same values every month, truncation included', () => {
    const a = { kind: 'normal' as const, mean: 99.8, sd: 0.3, rho: 0.2 };
    const bounds = { lower: 0, upper: 100 };
    const [x, y] = sample(
      [row('x', a, 'higher', bounds), row('y', a, 'higher', bounds)],
      5_000,
      {
        correlations: [{ first: 'x', second: 'y', rho: 1 }],
      },
      6,
      5,
    );
    expect(y).toEqual(x);
    expect(Math.max(...x)).toBeLessThanOrEqual(100);
  });
});

describe('a truncated normal in the copula keeps the truncated distribution', () => {
  test('mean of N(99.8, 0.3²) below 100: μ − σ·φ(β)/Φ(β), β = (100 − 99.8)/0.3', () => {
    const bounds = { lower: 0, upper: 100 };
    const rows = [
      row('x', { kind: 'normal', mean: 99.8, sd: 0.3 }, 'higher', bounds),
      row('y', { kind: 'triangular', min: 1, mode: 2, max: 3 }),
    ];
    const [x] = sample(rows, 100_000, { correlations: [{ first: 'x', second: 'y', rho: 0.5 }] });
    const beta = 0.2 / 0.3;
    const phi = Math.exp(-(beta ** 2) / 2) / Math.sqrt(2 * Math.PI);
    const expected = 99.8 - (0.3 * phi) / normalCdf(beta);
    const mean = x.reduce((s, v) => s + v, 0) / x.length;
    // sd of the truncated normal < 0.3, so the mean's standard error < 0.001.
    expect(Math.abs(mean - expected)).toBeLessThan(0.003);
    expect(Math.max(...x)).toBeLessThanOrEqual(100);
  });
});

describe('the bad month', () => {
  const rows = [
    row('up', { kind: 'constant', level: 99.5 }, 'higher', { lower: 0, upper: 100 }),
    row('down', { kind: 'normal', mean: 4, sd: 0.5 }, 'lower'),
    row('capped', { kind: 'constant', level: 0.4 }, 'higher', { lower: 0, upper: 1 }),
  ];
  const badMonth = { probability: 0.25, drops: { up: 0.5, down: 2, capped: 0.6 } };
  const [up, down, capped] = sample(rows, 40_000, { badMonth }, 4, 2);
  const [, calm] = sample(rows, 40_000, {}, 4, 2);

  test('a quarter of the months are bad (sd of the share ≈ 0.002)', () => {
    const bad = up.filter((v) => v === 99).length / up.length;
    expect(bad).toBeCloseTo(0.25, 2);
    expect(up.every((v) => v === 99 || v === 99.5)).toBe(true);
  });

  test('all listed service levels fall in the same months, each in its bad direction', () => {
    let wrong = 0;
    for (let t = 0; t < up.length; t++) {
      const isBad = up[t] === 99;
      if (Math.abs(down[t] - calm[t] - (isBad ? 2 : 0)) > 1e-12) wrong++;
      if (capped[t] !== (isBad ? 0 : 0.4)) wrong++; // 0.4 − 0.6 held at the lower bound 0
    }
    expect(wrong).toBe(0);
  });
});
