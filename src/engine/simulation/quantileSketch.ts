/**
 * Quantiles of a stream of values in bounded memory, mergeable across workers.
 *
 * Up to EXACT_CAPACITY values (100,000: the default 10,000 trials and the 100,000-trial benchmark)
 * are kept exactly and quantiles are exact. Beyond that the sketch switches to a log-binned
 * histogram in the manner of DDSketch (Masson et al. 2019): a value x ≠ 0 falls in bucket
 * k = ⌈log_γ |x|⌉ of its sign, γ = (1 + α)/(1 − α), and is represented by 2γ^k/(γ + 1).
 *
 * Error bound in binned mode: every order statistic is reported within relative error
 * α = RELATIVE_ACCURACY (0.05%) of its true value, or within ZERO_MAGNITUDE absolutely for values
 * nearer zero than that; an interpolated quantile between order statistics x₍ᵢ₎ and x₍ᵢ₊₁₎ is
 * within α·max(|x₍ᵢ₎|, |x₍ᵢ₊₁₎|) + ZERO_MAGNITUDE of the exact one. The minimum and maximum stay exact.
 *
 * Mergeable and order-free: the buckets depend only on the values and fixed constants, and the mode
 * only on the total count, so merging partial sketches in any order or split gives exactly the
 * sketch of one run. Quantiles interpolate linearly between order statistics (Excel's
 * PERCENTILE.INC).
 */

// Module-level aliases: inside a vm sandbox (Jest) every global lookup such as `Math` is slow.
const { ceil, floor, log, max, min, pow } = Math;

export const EXACT_CAPACITY = 100_000;
export const RELATIVE_ACCURACY = 5e-4;
/** Magnitudes below this count as zero (a millionth of a currency unit). */
export const ZERO_MAGNITUDE = 1e-6;
/** Magnitudes above this share the top bucket (far beyond any contract's money). */
const MAX_MAGNITUDE = 1e15;

const GAMMA = (1 + RELATIVE_ACCURACY) / (1 - RELATIVE_ACCURACY);
const LN_GAMMA = log(GAMMA);
const MIN_KEY = ceil(log(ZERO_MAGNITUDE) / LN_GAMMA);
const KEYS = ceil(log(MAX_MAGNITUDE) / LN_GAMMA) - MIN_KEY + 1;

export interface QuantileSketch {
  readonly exactCapacity: number;
  count: number;
  min: number;
  max: number;
  /** Exact mode: the values (first `count` slots); null once binned. */
  values: Float64Array | null;
  /** Binned mode: bucket counts by key − MIN_KEY, for positive and negative values. */
  positive: Int32Array | null;
  negative: Int32Array | null;
  zeros: number;
  /** Whether the exact values are known to be in ascending order. */
  sorted: boolean;
}

/** `expectedCount` sizes the exact buffer (never above `exactCapacity`) so small runs stay small. */
export function createQuantileSketch(
  expectedCount: number,
  exactCapacity = EXACT_CAPACITY,
): QuantileSketch {
  const size = max(0, min(expectedCount, exactCapacity));
  return {
    exactCapacity,
    count: 0,
    min: Infinity,
    max: -Infinity,
    values: new Float64Array(size),
    positive: null,
    negative: null,
    zeros: 0,
    sorted: true,
  };
}

function keyIndex(magnitude: number): number {
  const k = ceil(log(magnitude) / LN_GAMMA) - MIN_KEY;
  return k < 0 ? 0 : k >= KEYS ? KEYS - 1 : k;
}

/** Representative value of bucket index i: within α of every magnitude in the bucket. */
const bucketValue = (i: number) => (2 * pow(GAMMA, i + MIN_KEY)) / (GAMMA + 1);

function binValue(s: QuantileSketch, source: Float64Array, index: number): void {
  const x = source[index];
  if (x > ZERO_MAGNITUDE) (s.positive as Int32Array)[keyIndex(x)]++;
  else if (x < -ZERO_MAGNITUDE) (s.negative as Int32Array)[keyIndex(-x)]++;
  else s.zeros++;
}

function toBinned(s: QuantileSketch): void {
  const values = s.values as Float64Array;
  s.values = null;
  s.positive = new Int32Array(KEYS);
  s.negative = new Int32Array(KEYS);
  for (let i = 0; i < s.count; i++) binValue(s, values, i);
}

export function addToSketch(s: QuantileSketch, x: number): void {
  scratch[0] = x;
  addToSketchFrom(s, scratch, 0);
}

const scratch = new Float64Array(1);

/** Adds source[index] (values travel in typed arrays in the simulation: see exactSum's addExactFrom). */
export function addToSketchFrom(s: QuantileSketch, source: Float64Array, index: number): void {
  const x = source[index];
  s.sorted = false;
  if (x < s.min) s.min = x;
  if (x > s.max) s.max = x;
  const values = s.values;
  if (values !== null) {
    if (s.count < values.length) {
      values[s.count++] = x;
      return;
    }
    if (s.count < s.exactCapacity) {
      growExact(s, s.count + 1);
      (s.values as Float64Array)[s.count++] = x;
      return;
    }
    toBinned(s);
  }
  binValue(s, source, index);
  s.count++;
}

function growExact(s: QuantileSketch, needed: number): void {
  const grown = new Float64Array(
    min(s.exactCapacity, max(needed, 2 * (s.values as Float64Array).length)),
  );
  grown.set((s.values as Float64Array).subarray(0, s.count));
  s.values = grown;
}

/** Merges `from` into `into` (same exact capacity). */
export function mergeSketch(into: QuantileSketch, from: QuantileSketch): void {
  if (into.exactCapacity !== from.exactCapacity)
    throw new Error('cannot merge quantile sketches of different capacities');
  const total = into.count + from.count;
  into.sorted = false;
  if (total <= into.exactCapacity) {
    if ((into.values as Float64Array).length < total) growExact(into, total);
    (into.values as Float64Array).set(
      (from.values as Float64Array).subarray(0, from.count),
      into.count,
    );
  } else {
    if (into.values !== null) toBinned(into);
    if (from.values !== null) {
      for (let i = 0; i < from.count; i++) binValue(into, from.values, i);
    } else {
      const pos = into.positive as Int32Array;
      const neg = into.negative as Int32Array;
      const fromPos = from.positive as Int32Array;
      const fromNeg = from.negative as Int32Array;
      for (let i = 0; i < KEYS; i++) {
        pos[i] += fromPos[i];
        neg[i] += fromNeg[i];
      }
      into.zeros += from.zeros;
    }
  }
  into.count = total;
  into.min = min(into.min, from.min);
  into.max = max(into.max, from.max);
}

export function copySketch(s: QuantileSketch): QuantileSketch {
  return {
    ...s,
    values: s.values === null ? null : s.values.slice(0, s.count),
    positive: s.positive === null ? null : s.positive.slice(),
    negative: s.negative === null ? null : s.negative.slice(),
  };
}

/** Sorts the exact values in place (the multiset is unchanged) and returns them. */
export function sortedValues(s: QuantileSketch): Float64Array | null {
  if (s.values === null) return null;
  const values = s.values.subarray(0, s.count);
  if (!s.sorted) values.sort();
  s.sorted = true;
  return values;
}

/**
 * Calls visit(value, count) for every bucket in ascending order of value (binned mode),
 * representatives clamped to the exact [min, max].
 */
export function forEachBucket(
  s: QuantileSketch,
  visit: (value: number, count: number) => void,
): void {
  const clamp = (x: number) => min(s.max, max(s.min, x));
  const neg = s.negative as Int32Array;
  const pos = s.positive as Int32Array;
  for (let i = KEYS - 1; i >= 0; i--) if (neg[i] > 0) visit(clamp(-bucketValue(i)), neg[i]);
  if (s.zeros > 0) visit(clamp(0), s.zeros);
  for (let i = 0; i < KEYS; i++) if (pos[i] > 0) visit(clamp(bucketValue(i)), pos[i]);
}

/** Value of the order statistic of 0-based rank r (binned mode). */
function binnedOrderStatistic(s: QuantileSketch, r: number): number {
  if (r <= 0) return s.min;
  if (r >= s.count - 1) return s.max;
  let seen = 0;
  let found = NaN;
  forEachBucket(s, (value, count) => {
    if (found === found) return;
    seen += count;
    if (seen > r) found = value;
  });
  return found;
}

/** The q-quantile, 0 ≤ q ≤ 1, interpolated linearly between order statistics; NaN when empty. */
export function sketchQuantile(s: QuantileSketch, q: number): number {
  if (s.count === 0 || !(q >= 0 && q <= 1)) return NaN;
  const h = q * (s.count - 1);
  const lo = floor(h);
  const hi = min(lo + 1, s.count - 1);
  const sorted = sortedValues(s);
  const a = sorted ? sorted[lo] : binnedOrderStatistic(s, lo);
  const b = sorted ? sorted[hi] : binnedOrderStatistic(s, hi);
  return a === b ? a : a + (h - lo) * (b - a);
}

/** The order statistic of 0-based rank r, 0 ≤ r < count (a bucket's representative in binned mode). */
export function sketchOrderStatistic(s: QuantileSketch, r: number): number {
  if (s.count === 0 || !(r >= 0 && r < s.count)) return NaN;
  const sorted = sortedValues(s);
  return sorted ? sorted[r] : binnedOrderStatistic(s, r);
}

/** Whether the sketch still holds every value (its quantiles exact), not buckets. */
export const sketchIsExact = (s: QuantileSketch): boolean => s.values !== null;

/** Share of values ≤ x (the empirical distribution function; bucket resolution in binned mode). */
export function sketchFractionAtMost(s: QuantileSketch, x: number): number {
  if (s.count === 0) return NaN;
  const sorted = sortedValues(s);
  if (sorted) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo / s.count;
  }
  let atMost = 0;
  forEachBucket(s, (value, count) => {
    if (value <= x) atMost += count;
  });
  return atMost / s.count;
}
