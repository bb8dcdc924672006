/**
 * Exact floating-point summation (Shewchuk 1997, the algorithm of Python's math.fsum).
 *
 * Why: a simulation split across workers must give bit-identical results to a single run, but
 * ordinary floating-point addition is not associative — merging two partial sums (or two Welford
 * accumulators) in a different order changes the last bits. An exact sum represents the running
 * total as a list of non-overlapping partials whose sum is exactly the mathematical sum of all
 * values added, so the correctly rounded total depends only on the multiset of values, never on
 * the order of adding or merging. Adding costs a few floating-point operations per partial; sums of
 * money over a simulation need 1–3 partials.
 *
 * Plain data (typed arrays and numbers) so partial results cross worker boundaries by structured
 * clone. Non-finite values are kept aside in `special` (NaN and ±Infinity propagate as usual).
 */
export interface ExactSums {
  /** Partials of sum k at [k * CAPACITY, k * CAPACITY + length[k]), increasing magnitude. */
  readonly partials: Float64Array;
  readonly length: Int32Array;
  readonly special: Float64Array;
}

// A module-level alias: inside a vm sandbox (Jest) every global lookup such as `Math` is slow.
const { abs } = Math;

/** Room for the partials of one sum: 2,100 bits of double range / 53 bits each, with margin. */
const CAPACITY = 48;

export function createExactSums(count: number): ExactSums {
  return {
    partials: new Float64Array(count * CAPACITY),
    length: new Int32Array(count),
    special: new Float64Array(count),
  };
}

/** Adds `value` to sum k exactly. */
export function addExact(sums: ExactSums, k: number, value: number): void {
  scratch[0] = value;
  addExactFrom(sums, k, scratch, 0);
}

const scratch = new Float64Array(1);

/**
 * Adds source[index] to sum k exactly. The simulation passes values in typed arrays, never as
 * arguments: V8 boxes a double argument on the heap whenever it does not inline the callee.
 */
export function addExactFrom(
  sums: ExactSums,
  k: number,
  source: Float64Array,
  index: number,
): void {
  const value = source[index];
  if (value - value !== 0) {
    sums.special[k] += value;
    return;
  }
  const p = sums.partials;
  const base = k * CAPACITY;
  const n = sums.length[k];
  let x = value;
  let used = 0;
  for (let j = 0; j < n; j++) {
    let y = p[base + j];
    if (abs(x) < abs(y)) {
      const t = x;
      x = y;
      y = t;
    }
    const hi = x + y;
    const lo = y - (hi - x);
    if (lo !== 0) p[base + used++] = lo;
    x = hi;
  }
  if (used === CAPACITY) {
    // Unreachable for finite doubles (at most ~40 non-overlapping partials); fold rather than overflow.
    p[base + used - 2] += p[base + used - 1];
    used--;
  }
  p[base + used++] = x;
  sums.length[k] = used;
}

/** Adds every sum of `from` into the same-numbered sum of `into`, exactly. */
export function mergeExact(into: ExactSums, from: ExactSums): void {
  for (let k = 0; k < from.length.length; k++) {
    into.special[k] += from.special[k];
    const base = k * CAPACITY;
    for (let j = 0; j < from.length[k]; j++) addExact(into, k, from.partials[base + j]);
  }
}

export function copyExactSums(sums: ExactSums): ExactSums {
  return {
    partials: sums.partials.slice(),
    length: sums.length.slice(),
    special: sums.special.slice(),
  };
}

/** Sum k, correctly rounded to the nearest double (so equal multisets give equal results). */
export function exactValue(sums: ExactSums, k: number): number {
  if (sums.special[k] !== 0 || Number.isNaN(sums.special[k])) return sums.special[k];
  const p = sums.partials;
  const base = k * CAPACITY;
  let n = sums.length[k];
  if (n === 0) return 0;
  n--;
  let hi = p[base + n];
  let lo = 0;
  while (n > 0) {
    const x = hi;
    n--;
    const y = p[base + n];
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  // Round half-even correctly when the remaining partials push a tie one way (as math.fsum does).
  if (n > 0 && ((lo < 0 && p[base + n - 1] < 0) || (lo > 0 && p[base + n - 1] > 0))) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}
