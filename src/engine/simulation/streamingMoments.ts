import {
  addExactFrom,
  copyExactSums,
  createExactSums,
  type ExactSums,
  exactValue,
  mergeExact,
} from './exactSum';

/**
 * Mean and standard deviation of several metrics accumulated trial by trial in constant memory.
 *
 * Instead of Welford's update (stable, but its pairwise merge is not associative, so a split run
 * would differ from a single run in the last bits) each metric keeps exact sums of d and d² for
 * d = x − shift. The shift is a value known before the run (the metric on the assumptions' central
 * path), so the variance formula's cancellation stays mild — its relative error is about
 * 10⁻¹⁶·(1 + ((mean − shift)/sd)²) — a metric that never varies has a standard deviation of
 * exactly 0, and merging partial runs is exact.
 */
export interface Moments {
  readonly shifts: Float64Array;
  /** Sum of d at 2k, of d² at 2k + 1. */
  readonly sums: ExactSums;
  /** Scratch for one observation's d and d² (values travel in typed arrays: see addExactFrom). */
  readonly deviations: Float64Array;
}

export function createMoments(shifts: readonly number[]): Moments {
  return {
    shifts: Float64Array.from(shifts),
    sums: createExactSums(2 * shifts.length),
    deviations: new Float64Array(2 * shifts.length),
  };
}

/** Adds observation values[k] of metric k, for k in [from, to). */
export function addMoments(m: Moments, values: Float64Array, from: number, to: number): void {
  const d = m.deviations;
  for (let k = from; k < to; k++) {
    const x = values[k] - m.shifts[k];
    d[2 * k] = x;
    d[2 * k + 1] = x * x;
    addExactFrom(m.sums, 2 * k, d, 2 * k);
    addExactFrom(m.sums, 2 * k + 1, d, 2 * k + 1);
  }
}

/** Merges `from` into `into`; both must have been created with the same shifts. */
export function mergeMoments(into: Moments, from: Moments): void {
  for (let k = 0; k < into.shifts.length; k++) {
    if (!Object.is(into.shifts[k], from.shifts[k]))
      throw new Error('cannot merge moments accumulated with different shifts');
  }
  mergeExact(into.sums, from.sums);
}

export const copyMoments = (m: Moments): Moments => ({
  shifts: m.shifts.slice(),
  sums: copyExactSums(m.sums),
  deviations: m.deviations.slice(),
});

export function momentMean(m: Moments, k: number, count: number): number {
  if (count === 0) return NaN;
  return m.shifts[k] + exactValue(m.sums, 2 * k) / count;
}

/** Sample standard deviation (n − 1 denominator); 0 for a single trial. */
export function momentSd(m: Moments, k: number, count: number): number {
  if (count < 2) return count === 1 ? 0 : NaN;
  const s1 = exactValue(m.sums, 2 * k);
  const s2 = exactValue(m.sums, 2 * k + 1);
  return Math.sqrt(Math.max(0, (s2 - (s1 * s1) / count) / (count - 1)));
}
