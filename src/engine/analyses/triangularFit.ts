/**
 * A triangular distribution (minimum a, most likely c, maximum b) for monthly performance, months
 * taken as independent draws as the simulation draws them, with its likelihood for the ranking.
 *
 * The estimator is the moments' one, not maximum likelihood: with a year of months the likelihood
 * is largest for a right-angled triangle whose end sits exactly on the best or worst month (its
 * density does not vanish there), and in trials that fit beat the normal on 85 % of 12-month
 * samples drawn from a normal, so ranking by AIC would favour the triangle whatever the data.
 * Ends widened by the months' spacing and a mode from the mean rank fairly: at 12 months the two
 * models are close to a coin toss (mostly within 2 AIC of each other), and as months accumulate a
 * normal's samples pick the normal (88 % at 120 months), a triangle's the triangle (85 %).
 */

// Module-level alias: inside a vm sandbox (Jest) every global lookup such as `Math` is slow.
const { log } = Math;

export interface TriangularEstimate {
  readonly min: number;
  readonly mode: number;
  readonly max: number;
  readonly logLikelihood: number;
}

/** log of the density at x; −Infinity outside [a, b]. Needs a < b and a ≤ c ≤ b. */
export function triangularLogDensity(x: number, a: number, c: number, b: number): number {
  if (x < a || x > b) return -Infinity;
  if (x === c) return log(2 / (b - a));
  if (x < c) return log((2 * (x - a)) / ((b - a) * (c - a)));
  return log((2 * (b - x)) / ((b - a) * (b - c)));
}

export function triangularCdf(x: number, a: number, c: number, b: number): number {
  if (x <= a) return 0;
  if (x >= b) return 1;
  if (x <= c) return (x - a) ** 2 / ((b - a) * (c - a));
  return 1 - (b - x) ** 2 / ((b - a) * (b - c));
}

export function triangularLogLikelihood(
  values: readonly number[],
  a: number,
  c: number,
  b: number,
): number {
  return values.reduce((s, x) => s + triangularLogDensity(x, a, c, b), 0);
}

const clamp = (x: number, lower: number, upper: number) => Math.min(upper, Math.max(lower, x));

/**
 * The triangle from the months: minimum and maximum the lowest and highest month widened by the
 * months' average spacing, range/(n − 1), within [lower, upper]; the most likely value from the
 * mean (a triangle's mean is (min + mode + max)/3), kept between them. Kept means on an end when
 * the months are more skewed than any triangle with those ends (backlog months mostly low with one
 * high month): the right-angled triangle is then the closest, its mean still nearest the months'.
 * Null when the months do not vary or one lies outside [lower, upper].
 */
export function fitTriangular(
  values: readonly number[],
  lower: number,
  upper: number,
): TriangularEstimate | null {
  const n = values.length;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const range = high - low;
  if (n < 2 || !(range > 0) || low < lower || high > upper) return null;
  const spacing = range / (n - 1);
  const min = clamp(low - spacing, lower, upper);
  const max = clamp(high + spacing, lower, upper);
  const mean = values.reduce((s, x) => s + x, 0) / n;
  // A month on an end the valid range would not let widen (availability at 100 %) has a density
  // only when the mode is that end.
  const mode = max === high ? max : min === low ? min : clamp(3 * mean - min - max, min, max);
  return { min, mode, max, logLikelihood: triangularLogLikelihood(values, min, mode, max) };
}
