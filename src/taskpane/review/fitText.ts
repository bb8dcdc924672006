import { type CandidateFit, type SeriesFit } from '../../engine/analyses/fitAssumption';
import { type FoundCorrelation } from '../../engine/analyses/fitScenario';
import { groupedNumberText, type NumberConvention } from '../../engine/rules/numberText';

/** How the Review tab words a fitted model and its criteria, in the user's number convention. */

/** The model and its parameters: "Normal, month-to-month ρ: mean 99.52, sd 0.203, ρ 0.41". */
export function fitParameters(
  candidate: CandidateFit,
  fit: SeriesFit,
  convention: NumberConvention,
): string {
  const num = (x: number) => groupedNumberText(x, convention, fit.decimals);
  const a = candidate.assumption;
  switch (a.kind) {
    case 'normal': {
      const rho = groupedNumberText(a.rho ?? 0, convention, 3);
      return `Normal, month-to-month ρ: mean ${num(a.mean)}, sd ${num(a.sd)}, ρ ${rho}`;
    }
    case 'triangular':
      return `Triangular: minimum ${num(a.min)}, most likely ${num(a.mode)}, maximum ${num(a.max)}`;
    case 'resample':
      return `Resample the ${a.history.length} months as measured`;
  }
}

/** The criteria beside it: "AIC -38.8 · KS 0.040", and whether the KS test rejects the model. */
export function fitCriteria(
  candidate: CandidateFit,
  fit: SeriesFit,
  convention: NumberConvention,
): string {
  if (candidate.aic === null || candidate.ks === null)
    return fit.ranked[0] === candidate
      ? 'No likelihood; first because both models are rejected'
      : 'No likelihood; ranked last';
  const aic = groupedNumberText(candidate.aic, convention, 1);
  const ks = groupedNumberText(candidate.ks, convention, 3);
  const best = fit.ranked[0].aic;
  // A difference in AIC below 2 is the usual threshold for "no real evidence either way".
  const close = best !== null && candidate !== fit.ranked[0] && candidate.aic - best < 2;
  return `AIC ${aic}${close ? ', about as good' : ''} · KS ${ks}${candidate.rejected ? ' (rejected at 5 %)' : ''}`;
}

/** "+0.42 over 12 months", with the measured value when the repair changed it. */
export function correlationValue(c: FoundCorrelation, convention: NumberConvention): string {
  const rho = (x: number) => `${x > 0 ? '+' : ''}${groupedNumberText(x, convention, 3)}`;
  if (c.measured === null) return `${rho(c.rho)} (not measured: set by the repair)`;
  const over = `over ${c.months} months`;
  return c.measured === c.rho
    ? `${rho(c.rho)} ${over}`
    : `${rho(c.rho)} (measured ${rho(c.measured)} ${over})`;
}
