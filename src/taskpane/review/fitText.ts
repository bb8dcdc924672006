import { type CandidateFit, type SeriesFit } from '../../engine/analyses/fitAssumption';
import {
  type FoundCorrelation,
  type UnclearCorrelation,
} from '../../engine/analyses/fitCorrelations';
import { type FitKind } from '../../engine/analyses/fitScenario';
import { groupedNumberText, type NumberConvention } from '../../engine/rules/numberText';

/**
 * How the Review tab words a fitted model, in the user's number convention: a plain sentence for
 * a reader who is not a statistician, and the parameters and criteria for one who is.
 */

/** A figure with the typographic minus. */
const figure = (x: number, convention: NumberConvention, digits: number) =>
  groupedNumberText(x, convention, digits).replace(/^-/, '−');

/** What each kind of fit is called beside its choice. */
export const FIT_NAMES: Readonly<Record<FitKind, string>> = {
  normal: 'Normal spread',
  triangular: 'Triangle: lowest, most likely, highest',
  resample: 'The months as measured',
};

/**
 * "a normal spread around 99,60 % (typical month ±0,22), months not clearly linked": to two
 * significant digits of the months' spread, one fewer than the parameters. A unit without spaces
 * ("%", "h", "tickets") follows the figure; a longer one ("score 1–5") would read as part of it.
 */
export function plainFit(
  candidate: CandidateFit,
  fit: SeriesFit,
  unit: string,
  convention: NumberConvention,
): string {
  const digits = Math.max(0, fit.decimals - 1);
  const num = (x: number) => figure(x, convention, digits);
  const withUnit = (x: number) => (unit !== '' && !/\s/.test(unit) ? `${num(x)} ${unit}` : num(x));
  const a = candidate.assumption;
  switch (a.kind) {
    case 'normal': {
      // A month-to-month ρ within ±1.96/√n is what independent months show 95 times in 100.
      const rho = a.rho ?? 0;
      const link =
        Math.abs(rho) < 1.96 / Math.sqrt(fit.months)
          ? 'months not clearly linked'
          : rho > 0
            ? 'a month tends to be like the one before'
            : 'months tend to swing between high and low';
      return `a normal spread around ${withUnit(a.mean)} (typical month ±${num(a.sd)}), ${link}`;
    }
    case 'triangular': {
      const { min, mode, max } = a;
      // On an end: the months lean so far that way that no triangle with these ends matches them better.
      if (mode === min)
        return `skewed towards the low end: most often near ${withUnit(min)}, fewer and fewer up to ${withUnit(max)}`;
      if (mode === max)
        return `skewed towards the high end: most often near ${withUnit(max)}, fewer and fewer down to ${withUnit(min)}`;
      if (mode - min >= 2 * (max - mode))
        return `skewed, mostly near ${withUnit(mode)}, sometimes down to ${withUnit(min)}`;
      if (max - mode >= 2 * (mode - min))
        return `skewed, mostly near ${withUnit(mode)}, sometimes up to ${withUnit(max)}`;
      return `between ${withUnit(min)} and ${withUnit(max)}, most often near ${withUnit(mode)}`;
    }
    case 'resample':
      return `the ${a.history.length} measured months, drawn again at random`;
  }
}

/** The parameters: "mean 99,603, sd 0,221, ρ −0,221". */
export function fitParameters(
  candidate: CandidateFit,
  fit: SeriesFit,
  convention: NumberConvention,
): string {
  const num = (x: number) => figure(x, convention, fit.decimals);
  const a = candidate.assumption;
  switch (a.kind) {
    case 'normal':
      return `mean ${num(a.mean)}, sd ${num(a.sd)}, ρ ${figure(a.rho ?? 0, convention, 3)}`;
    case 'triangular':
      return `minimum ${num(a.min)}, most likely ${num(a.mode)}, maximum ${num(a.max)}`;
    case 'resample':
      return `${a.history.length} months, drawn with replacement`;
  }
}

/** The criteria beside it: "AIC −38,8 · KS 0,04", and whether the KS test rejects the model. */
export function fitCriteria(
  candidate: CandidateFit,
  fit: SeriesFit,
  convention: NumberConvention,
): string {
  if (candidate.aic === null || candidate.ks === null)
    return fit.ranked[0] === candidate
      ? 'no likelihood; first because both models are rejected'
      : 'no likelihood; ranked last';
  const aic = figure(candidate.aic, convention, 1);
  const ks = figure(candidate.ks, convention, 3);
  const best = fit.ranked[0].aic;
  // A difference in AIC below 2 is the usual threshold for "no real evidence either way".
  const close = best !== null && candidate !== fit.ranked[0] && candidate.aic - best < 2;
  return `AIC ${aic}${close ? ', about as good' : ''} · KS ${ks}${candidate.rejected ? ' (rejected at 5 %)' : ''}`;
}

/**
 * A pair as the Scenarios tab lists it, "A – B: 0,86", with its months when they differ from the
 * usual, the measured value when the repair changed it, and why a pair that is not clear is kept.
 */
export function correlationText(
  c: FoundCorrelation | UnclearCorrelation,
  nameOf: (id: string) => string,
  usualMonths: number,
  convention: NumberConvention,
): string {
  const rho = (x: number) => figure(x, convention, 3);
  const pair = `${nameOf(c.first)} – ${nameOf(c.second)}`;
  const over = c.months !== usualMonths && c.months > 0 ? `over ${c.months} months` : '';
  if ('rho' in c && c.measured === null)
    return `${pair}: ${rho(c.rho)} (not measured: set by the repair)`;
  const value = 'rho' in c ? c.rho : c.measured;
  const measured = c.measured ?? value;
  const notes = [
    measured !== value ? `measured ${rho(measured)}${over && ` ${over}`}` : over,
    'implied' in c && c.implied ? 'not clear on its own: the clear links need it' : '',
  ].filter((n) => n !== '');
  return `${pair}: ${rho(value)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
}
