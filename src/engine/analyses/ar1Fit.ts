/**
 * A stationary AR(1) normal fitted to monthly performance by maximum likelihood: the model the
 * simulation draws a normal assumption from (mean, stationary sd, month-to-month ρ).
 *
 * The likelihood is exact, not conditional on the first month, and allows months that were not
 * measured: a stationary AR(1) is Markov, so a month measured k months after the last measured one
 * is normal with mean μ + ρᵏ·(previous − μ) and variance σ²·(1 − ρ²ᵏ), and the first measured
 * month is N(μ, σ²). For a fixed ρ the likelihood is maximised by a weighted mean μ and σ² in
 * closed form, so only ρ is searched (a 0.01 grid over ±0.99, then golden section).
 */

// Module-level alias: inside a vm sandbox (Jest) every global lookup such as `Math` is slow.
const { log } = Math;

export interface Ar1Estimate {
  readonly mean: number;
  /** Stationary standard deviation. */
  readonly sd: number;
  readonly rho: number;
  readonly logLikelihood: number;
}

/** |ρ| at most this: the simulation needs −1 < ρ < 1, and a month-to-month 0.99 is already a trend. */
export const RHO_LIMIT = 0.99;

const LOG_2PI = log(2 * Math.PI);

/**
 * Each measured month's term as (x − ρᵏ·previous) − (1 − ρᵏ)·μ with variance factor 1 − ρ²ᵏ:
 * `a − b·μ` over `v`. The first measured month has a = x, b = 1, v = 1.
 */
function innovations(series: readonly (number | null)[], rho: number) {
  const a: number[] = [];
  const b: number[] = [];
  const v: number[] = [];
  let previous: number | null = null;
  let gap = 0;
  for (const x of series) {
    gap++;
    if (x === null) continue;
    if (previous === null) {
      a.push(x);
      b.push(1);
      v.push(1);
    } else {
      const r = rho ** gap;
      a.push(x - r * previous);
      b.push(1 - r);
      v.push(1 - r * r);
    }
    previous = x;
    gap = 0;
  }
  return { a, b, v };
}

/** The exact log-likelihood of the measured months under a stationary AR(1) normal. */
export function ar1LogLikelihood(
  series: readonly (number | null)[],
  mean: number,
  sd: number,
  rho: number,
): number {
  const { a, b, v } = innovations(series, rho);
  const variance = sd * sd;
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const e = a[i] - b[i] * mean;
    sum += -0.5 * (LOG_2PI + log(variance * v[i])) - (e * e) / (2 * variance * v[i]);
  }
  return sum;
}

/** μ and σ that maximise the likelihood for this ρ, and that maximum. */
function profile(series: readonly (number | null)[], rho: number): Ar1Estimate {
  const { a, b, v } = innovations(series, rho);
  let num = 0;
  let den = 0;
  let logV = 0;
  for (let i = 0; i < a.length; i++) {
    num += (a[i] * b[i]) / v[i];
    den += (b[i] * b[i]) / v[i];
    logV += log(v[i]);
  }
  const mean = num / den;
  let squares = 0;
  for (let i = 0; i < a.length; i++) squares += (a[i] - b[i] * mean) ** 2 / v[i];
  const n = a.length;
  const variance = squares / n;
  const logLikelihood =
    variance > 0 ? -0.5 * n * (LOG_2PI + log(variance) + 1) - 0.5 * logV : -Infinity;
  return { mean, sd: Math.sqrt(variance), rho, logLikelihood };
}

const GOLDEN = (Math.sqrt(5) - 1) / 2;

/** The maximum-likelihood AR(1) normal; the series needs at least two measured months that differ. */
export function fitAr1(series: readonly (number | null)[]): Ar1Estimate {
  let best = profile(series, 0);
  const steps = Math.round(RHO_LIMIT * 100);
  for (let k = -steps; k <= steps; k++) {
    const candidate = profile(series, k / 100);
    if (candidate.logLikelihood > best.logLikelihood) best = candidate;
  }
  // Golden section within one grid step either side of the best grid point.
  let lo = Math.max(-RHO_LIMIT, best.rho - 0.01);
  let hi = Math.min(RHO_LIMIT, best.rho + 0.01);
  let x1 = hi - GOLDEN * (hi - lo);
  let x2 = lo + GOLDEN * (hi - lo);
  let f1 = profile(series, x1);
  let f2 = profile(series, x2);
  for (let i = 0; i < 40; i++) {
    if (f1.logLikelihood >= f2.logLikelihood) {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - GOLDEN * (hi - lo);
      f1 = profile(series, x1);
    } else {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + GOLDEN * (hi - lo);
      f2 = profile(series, x2);
    }
  }
  for (const refined of [f1, f2]) if (refined.logLikelihood > best.logLikelihood) best = refined;
  return best;
}
