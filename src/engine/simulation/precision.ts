import {
  RELATIVE_ACCURACY,
  type QuantileSketch,
  sketchIsExact,
  sketchOrderStatistic,
  ZERO_MAGNITUDE,
} from './quantileSketch';

/**
 * How precisely a Monte Carlo run has pinned down a figure: 95 % intervals that narrow as the
 * trials grow (roughly with 1/√n). They measure the simulation's own noise — what another seed
 * would change — not whether the scenario's assumptions are right.
 *
 * - A mean: standard error sd/√n (central limit theorem), interval mean ± 1.96·SE.
 * - A quantile: distribution-free order-statistic bounds. The number of trials below the true
 *   p-quantile is Binomial(n, p), so the order statistics at ranks n·p ± 1.96·√(n·p·(1−p)) bracket
 *   it with about 95 % confidence, whatever the distribution's shape.
 * - A probability (a share of trials): the Wilson score interval, which stays inside [0, 1] and
 *   does not collapse to zero width when no trial (or every trial) hit.
 */

export const Z_95 = 1.96;

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** No interval: too few trials, or a figure kept before intervals existed. */
export const NO_INTERVAL: Interval = { low: NaN, high: NaN };

/** Standard error of a mean of n trials with sample standard deviation sd; NaN below 2 trials. */
export function meanStandardError(sd: number, n: number): number {
  return n >= 2 ? sd / Math.sqrt(n) : NaN;
}

/** mean ± 1.96·sd/√n. */
export function meanInterval(mean: number, sd: number, n: number): Interval {
  const half = Z_95 * meanStandardError(sd, n);
  return Number.isFinite(half) ? { low: mean - half, high: mean + half } : NO_INTERVAL;
}

/** Wilson score interval of a share: `successes` of n trials. */
export function wilsonInterval(successes: number, n: number): Interval {
  if (!(n >= 1)) return NO_INTERVAL;
  const p = successes / n;
  const z2n = (Z_95 * Z_95) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (Z_95 / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * 0-based ranks of the order statistics bracketing the p-quantile of n values. With B ~ Bin(n, p)
 * values below the true quantile, x₍ₗ₎ ≤ ξ ≤ x₍ᵤ₎ (1-based l, u) holds when l ≤ B < u; l = ⌊np − zs⌋
 * and u = ⌊np + zs⌋ + 1, s = √(np(1−p)), cover B within np ± zs. Clamped to the values there are.
 */
export function quantileRanks(
  n: number,
  p: number,
): { readonly low: number; readonly high: number } {
  const centre = n * p;
  const spread = Z_95 * Math.sqrt(n * p * (1 - p));
  const low = Math.floor(centre - spread);
  const high = Math.floor(centre + spread) + 1;
  return {
    low: Math.min(n - 1, Math.max(0, low - 1)),
    high: Math.min(n - 1, Math.max(0, high - 1)),
  };
}

/** How far a value the binned sketch reports may lie from the true one (see quantileSketch.ts). */
const sketchError = (x: number) =>
  (RELATIVE_ACCURACY / (1 - RELATIVE_ACCURACY)) * Math.abs(x) + ZERO_MAGNITUDE;

/**
 * 95 % interval of the p-quantile of the sketched values, holding `estimate` (the reported
 * quantile). Up to the sketch's exact capacity the order statistics are exact. Beyond it each is
 * known only within the sketch's relative accuracy (0.05 %), so the interval widens by that much
 * on each side: with many trials the sampling interval would otherwise claim more than the
 * sketch can know.
 */
export function quantileInterval(sketch: QuantileSketch, p: number, estimate: number): Interval {
  const n = sketch.count;
  if (n < 2) return NO_INTERVAL;
  const ranks = quantileRanks(n, p);
  let low = Math.min(estimate, sketchOrderStatistic(sketch, ranks.low));
  let high = Math.max(estimate, sketchOrderStatistic(sketch, ranks.high));
  if (!sketchIsExact(sketch)) {
    low -= sketchError(low);
    high += sketchError(high);
  }
  return { low, high };
}

/** The larger distance from the estimate to either end: what "± x" shows for an interval. */
export function halfWidth(estimate: number, interval: Interval): number {
  return Math.max(estimate - interval.low, interval.high - estimate);
}

/** Whether an interval was computed (runs kept before intervals existed have none). */
export const hasInterval = (interval: Interval | undefined): interval is Interval =>
  interval !== undefined && Number.isFinite(interval.low) && Number.isFinite(interval.high);
