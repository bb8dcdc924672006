import { type ServiceLevel } from '../terms/contract';
import { fail, ok, type Result } from '../rules/result';
import { normalCdf } from '../simulation/normalDistribution';
import {
  defaultBounds,
  type NormalAssumption,
  type Range,
  type ResampleAssumption,
  type TriangularAssumption,
  validateAssumption,
} from '../simulation/performanceAssumption';
import { ar1LogLikelihood, fitAr1 } from './ar1Fit';
import { fitTriangular, triangularCdf, triangularLogLikelihood } from './triangularFit';

/**
 * Which assumption describes a service level's measured months best. Three models, as the
 * simulation would draw them:
 * - normal with month-to-month ρ (AR(1)), by exact maximum likelihood (ar1Fit.ts);
 * - triangular, independent months, ends widened by the months' spacing and the mode from the
 *   mean (triangularFit.ts says why not by maximum likelihood);
 * - resample: the months as measured, drawn with replacement.
 *
 * Ranking: by AIC = 2·(parameters) − 2·ln(likelihood) at the proposed parameters, lower first
 * (both parametric models have three parameters, so AIC orders them by likelihood; the normal's
 * counts the months' correlation, the triangle's takes them as independent). Within 2 of each
 * other two models are about as good: a year of months rarely tells a normal from a triangle. Beside it the Kolmogorov–Smirnov distance between the
 * fitted distribution and the months; above 1.36/√n a model is rejected at about 5 % (approximate:
 * its parameters come from the same months, and correlated months carry less information).
 * Resampling has no likelihood: it comes first only when every parametric model is rejected and
 * there are at least MIN_RESAMPLE_MONTHS months to resample, otherwise last.
 */

/** Fewer measured months than this give no fit: three parameters need a few months each. */
export const MIN_FIT_MONTHS = 6;
/** Resampling is recommended only from this many months: fewer repeat too few values. */
export const MIN_RESAMPLE_MONTHS = 12;
/** Parameters of each parametric model. */
const PARAMETERS = 3;

export type FittedAssumption = NormalAssumption | TriangularAssumption | ResampleAssumption;

export interface CandidateFit {
  readonly assumption: FittedAssumption;
  /** ln of the months' likelihood under the model; null for resampling. */
  readonly logLikelihood: number | null;
  /** 2k − 2 ln L, lower is better; null for resampling. */
  readonly aic: number | null;
  /** Largest gap between the model's and the months' distribution functions; null for resampling. */
  readonly ks: number | null;
  /** The KS distance is above the 5 % critical value. */
  readonly rejected: boolean;
}

export interface SeriesFit {
  /** Months measured. */
  readonly months: number;
  /** The KS distance above which a model is rejected at 5 %: 1.36/√months. */
  readonly ksCritical: number;
  /** Best first. */
  readonly ranked: readonly CandidateFit[];
  /** Decimals the parameters were rounded to, from the months' spread (three significant digits of it). */
  readonly decimals: number;
  /** Models that could not be fitted within the valid range, and why. */
  readonly leftOut: readonly string[];
}

type Level = Pick<ServiceLevel, 'unit' | 'direction' | 'expected' | 'name'>;

/** Kolmogorov–Smirnov distance of sorted values to a distribution function. */
export function ksDistance(sorted: readonly number[], cdf: (x: number) => number): number {
  const n = sorted.length;
  let d = 0;
  sorted.forEach((x, i) => {
    const f = cdf(x);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  });
  return d;
}

export const ksCriticalValue = (months: number): number => 1.36 / Math.sqrt(months);

const populationSd = (xs: readonly number[]) => {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  return Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
};

const clampTo = (x: number, r: Range) => Math.min(r.upper, Math.max(r.lower, x));

function normalFit(
  series: readonly (number | null)[],
  sorted: readonly number[],
  decimals: number,
): Omit<CandidateFit, 'rejected'> {
  const scale = 10 ** decimals;
  const round = (x: number) => Math.round(x * scale) / scale;
  const estimate = fitAr1(series);
  const mean = round(estimate.mean);
  // Never rounded to zero: a normal without spread has no likelihood.
  const sd = Math.max(round(estimate.sd), 1 / scale);
  const rho = Math.round(estimate.rho * 1000) / 1000;
  // Criteria at the rounded parameters: the numbers the user sees are the ones judged.
  const logLikelihood = ar1LogLikelihood(series, mean, sd, rho);
  return {
    assumption: { kind: 'normal', mean, sd, rho },
    logLikelihood,
    aic: 2 * PARAMETERS - 2 * logLikelihood,
    ks: ksDistance(sorted, (x) => normalCdf((x - mean) / sd)),
  };
}

function triangularFit(
  sorted: readonly number[],
  range: Range,
  decimals: number,
): Omit<CandidateFit, 'rejected'> | null {
  const estimate = fitTriangular(sorted, range.lower, range.upper);
  if (estimate === null) return null;
  // Outwards for the ends, so every month stays inside the triangle; the mode between them, and
  // on the rounded end when it sits on an end (months skewed that far), not a step beside it.
  const scale = 10 ** decimals;
  const min = clampTo(Math.floor(estimate.min * scale) / scale, range);
  const max = clampTo(Math.ceil(estimate.max * scale) / scale, range);
  const mode =
    estimate.mode === estimate.min
      ? min
      : estimate.mode === estimate.max
        ? max
        : Math.min(max, Math.max(min, Math.round(estimate.mode * scale) / scale));
  const logLikelihood = triangularLogLikelihood(sorted, min, mode, max);
  return {
    assumption: { kind: 'triangular', min, mode, max },
    logLikelihood,
    aic: 2 * PARAMETERS - 2 * logLikelihood,
    ks: ksDistance(sorted, (x) => triangularCdf(x, min, mode, max)),
  };
}

/**
 * Fits the three models to one service level's months (in order, null where not measured) and
 * ranks them; fails when fewer than MIN_FIT_MONTHS are measured or they do not vary.
 */
export function fitSeries(series: readonly (number | null)[], sl: Level): Result<SeriesFit> {
  const values = series.filter((v): v is number => v !== null);
  const n = values.length;
  if (n < MIN_FIT_MONTHS)
    return fail(
      'value',
      `${sl.name}: ${n} measured month${n === 1 ? '' : 's'}; fitting needs at least ${MIN_FIT_MONTHS}`,
    );
  const spread = populationSd(values);
  if (!(spread > 0))
    return fail('num', `${sl.name}: all ${n} months measured ${values[0]}, nothing varies to fit`);
  const sorted = [...values].sort((x, y) => x - y);
  const range = defaultBounds(sl);
  const decimals = Math.min(10, Math.max(0, 2 - Math.floor(Math.log10(spread))));
  const ksCritical = ksCriticalValue(n);
  const leftOut: string[] = [];
  const parametric: CandidateFit[] = [];
  const normal = normalFit(series, sorted, decimals);
  const triangle = triangularFit(sorted, range, decimals);
  if (triangle === null) leftOut.push('triangular: a month lies outside the valid range');
  for (const candidate of triangle === null ? [normal] : [normal, triangle]) {
    const valid = validateAssumption(candidate.assumption, sl);
    if (!valid.ok) leftOut.push(`${candidate.assumption.kind}: ${valid.error.message}`);
    else parametric.push({ ...candidate, rejected: (candidate.ks ?? 0) > ksCritical });
  }
  parametric.sort((x, y) => (x.aic ?? Infinity) - (y.aic ?? Infinity));
  const resample: CandidateFit = {
    assumption: { kind: 'resample', history: values },
    logLikelihood: null,
    aic: null,
    ks: null,
    rejected: false,
  };
  const resampleValid = validateAssumption(resample.assumption, sl);
  if (!resampleValid.ok) leftOut.push(`resample: ${resampleValid.error.message}`);
  const resampleFirst = n >= MIN_RESAMPLE_MONTHS && parametric.every((c) => c.rejected);
  const ranked = !resampleValid.ok
    ? parametric
    : resampleFirst
      ? [resample, ...parametric]
      : [...parametric, resample];
  if (ranked.length === 0)
    return fail('value', `${sl.name}: no model fits (${leftOut.join('; ')})`);
  return ok({ months: n, ksCritical, ranked, decimals, leftOut });
}
