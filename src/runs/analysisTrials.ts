/**
 * Trials of the analyses that set runs against one another on the same random numbers: the
 * sensitivity tornado (each step against the base) and the break-even search (the net at one level
 * against another). Common random numbers make such differences precise with far fewer trials
 * than the figures themselves need, so these take a fifth of the run's trials, at least
 * MIN_COMPARED_TRIALS and never more than the run's: the first ones of the seed, the very paths
 * the comparison began with. Each figure still carries the 95 % interval of the trials it took.
 * The risk-priced fee rests on a tail quantile, which shared random numbers do not sharpen: it
 * takes every trial.
 */
export const COMPARED_TRIALS_SHARE = 0.2;
export const MIN_COMPARED_TRIALS = 2_000;

export function comparedTrials(trials: number): number {
  return Math.min(trials, Math.max(MIN_COMPARED_TRIALS, Math.ceil(trials * COMPARED_TRIALS_SHARE)));
}
