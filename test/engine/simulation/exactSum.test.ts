import {
  addExact,
  copyExactSums,
  createExactSums,
  exactValue,
  mergeExact,
} from '../../../src/engine/simulation/exactSum';
import {
  addMoments,
  createMoments,
  mergeMoments,
  type Moments,
  momentMean,
  momentSd,
} from '../../../src/engine/simulation/streamingMoments';

/** Adds one observation of metric 0. */
const addMoment = (m: Moments, x: number) => addMoments(m, Float64Array.of(x), 0, 1);

const sumOf = (values: number[]) => {
  const s = createExactSums(1);
  for (const v of values) addExact(s, 0, v);
  return exactValue(s, 0);
};

/** Deterministic shuffle (LCG), so the test is reproducible. */
function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('exact sums', () => {
  test('cancellation that plain addition gets wrong', () => {
    expect(sumOf([1e100, 1, -1e100])).toBe(1);
    // The doubles nearest 0.1, 0.2, 0.3 and 0.6 do not cancel: their exact sum is 2^-55.
    expect(sumOf([0.1, 0.2, 0.3, -0.6])).toBe(2 ** -55);
    expect(sumOf(new Array(10).fill(0.1))).toBe(1);
    expect(sumOf([])).toBe(0);
  });

  test('the result depends only on the values, not their order or how they were split and merged', () => {
    const values = Array.from({ length: 5_000 }, (_, i) => Math.sin(i) * 10 ** ((i % 13) - 6));
    const reference = sumOf(values);
    for (const seed of [1, 2, 3]) expect(sumOf(shuffled(values, seed))).toBe(reference);
    const a = createExactSums(1);
    const b = createExactSums(1);
    values.forEach((v, i) => addExact(i % 3 === 0 ? a : b, 0, v));
    const ab = copyExactSums(a);
    mergeExact(ab, b);
    const ba = copyExactSums(b);
    mergeExact(ba, a);
    expect(exactValue(ab, 0)).toBe(reference);
    expect(exactValue(ba, 0)).toBe(reference);
  });

  test('correctly rounded: agrees with a BigInt computation on values of mixed magnitude', () => {
    const values = Array.from(
      { length: 2_000 },
      (_, i) => Math.round(Math.cos(i * 7) * 2 ** ((i % 40) + 10)) / 2 ** 20,
    );
    // Every value is a multiple of 2^-20, so the exact sum is an integer count of 2^-20.
    const exact = values.reduce((s, v) => s + BigInt(v * 2 ** 20), 0n);
    expect(sumOf(values)).toBe(Number(exact) / 2 ** 20);
  });

  test('several independent sums; non-finite values propagate', () => {
    const s = createExactSums(3);
    addExact(s, 0, 1);
    addExact(s, 1, 2);
    addExact(s, 1, Infinity);
    addExact(s, 2, NaN);
    expect([exactValue(s, 0), exactValue(s, 1), exactValue(s, 2)]).toEqual([1, Infinity, NaN]);
  });
});

describe('streaming moments', () => {
  test('mean and sample standard deviation', () => {
    const m = createMoments([0]);
    for (const x of [2, 4, 4, 4, 5, 5, 7, 9]) addMoment(m, x);
    expect(momentMean(m, 0, 8)).toBe(5);
    expect(momentSd(m, 0, 8)).toBeCloseTo(Math.sqrt(32 / 7), 14);
  });

  test('a constant metric has standard deviation exactly 0 when the shift is that constant', () => {
    const m = createMoments([-396_886.123]);
    for (let i = 0; i < 1000; i++) addMoment(m, -396_886.123);
    expect(momentMean(m, 0, 1000)).toBe(-396_886.123);
    expect(momentSd(m, 0, 1000)).toBe(0);
  });

  test('accurate for a small spread far from zero when the shift is near the data (1e9 + 0…9)', () => {
    const m = createMoments([1e9 + 3]);
    const xs = Array.from({ length: 1000 }, (_, i) => 1e9 + (i % 10));
    xs.forEach((x) => addMoment(m, x));
    expect(momentMean(m, 0, 1000)).toBe(1e9 + 4.5);
    expect(momentSd(m, 0, 1000)).toBeCloseTo(Math.sqrt((8.25 * 1000) / 999), 12);
  });

  test('merging partial moments is exact and order-free; different shifts refuse to merge', () => {
    const whole = createMoments([10]);
    const left = createMoments([10]);
    const right = createMoments([10]);
    for (let i = 0; i < 3000; i++) {
      const x = 10 + Math.sin(i) * 3;
      addMoment(whole, x);
      addMoment(i < 1234 ? left : right, x);
    }
    mergeMoments(right, left);
    expect(momentMean(right, 0, 3000)).toBe(momentMean(whole, 0, 3000));
    expect(momentSd(right, 0, 3000)).toBe(momentSd(whole, 0, 3000));
    expect(() => mergeMoments(whole, createMoments([11]))).toThrow(/different shifts/);
  });

  test('empty and single-trial moments', () => {
    const m = createMoments([0]);
    expect(momentMean(m, 0, 0)).toBeNaN();
    addMoment(m, 3);
    expect(momentSd(m, 0, 1)).toBe(0);
  });
});
