import { NET, type ProposalTally } from '../simulation/proposalTally';
import { sketchQuantile } from '../simulation/quantileSketch';
import { momentMean, momentSd } from '../simulation/streamingMoments';
import { marginOnCharges } from './riskPricedFee';
import { type Interval } from './goalSeekTerms';

/**
 * The figures a goal seek brings to a target, read from one simulation of a proposal, each with its
 * Monte Carlo precision: how far the figure could move with other random numbers (more trials), as
 * a standard error and a 95% confidence interval.
 *
 * - expected net: the mean net payout; standard error sd/√n.
 * - P5 net: the 5% quantile of the net payout (as the summary computes it). Its interval comes from
 *   order statistics: the number of trials at or below the true quantile ξ is Binomial(n, 0.05), so
 *   ξ lies between the j-th and k-th smallest nets, j and k the ranks n·p ∓ z·√(n·p·(1 − p)), with
 *   about 95% probability (normal approximation of the binomial); the standard error is that
 *   interval's width / (2z).
 * - expected margin on the charges: (charges + expected net − cost) / charges (the risk-priced
 *   fee's margin); only the net is random, so its standard error is the net's / charges.
 */
export type GoalSeekFigure = 'expectedNet' | 'p5Net' | 'expectedMargin';

export const GOAL_SEEK_FIGURES: readonly GoalSeekFigure[] = [
  'expectedNet',
  'p5Net',
  'expectedMargin',
];

export interface FigureEstimate {
  readonly value: number;
  readonly standardError: number;
  /** Where the figure lies with 95% confidence, given the trials' randomness. */
  readonly interval: Interval;
}

export const FIGURE_CONFIDENCE = 0.95;
/** The standard normal's 97.5% quantile: a two-sided 95% interval is ±Z_95 standard errors. */
const Z_95 = 1.959963984540054;
const P5 = 0.05;

const figureNames: Record<GoalSeekFigure, string> = {
  expectedNet: 'The expected net',
  p5Net: 'The P5 net',
  expectedMargin: 'The expected margin',
};

export const figureName = (figure: GoalSeekFigure) => figureNames[figure];

const around = (value: number, standardError: number): FigureEstimate => ({
  value,
  standardError,
  interval: { lower: value - Z_95 * standardError, upper: value + Z_95 * standardError },
});

/** The 95% order-statistic interval of the P5 of the tally's nets. */
function p5Interval(tally: ProposalTally): Interval {
  const n = tally.count;
  if (n < 2) return { lower: tally.net.min, upper: tally.net.max };
  const centre = n * P5;
  const half = Z_95 * Math.sqrt(n * P5 * (1 - P5));
  // 1-based ranks, clamped to the sample; the r-th smallest is the quantile (r − 1)/(n − 1).
  const j = Math.max(1, Math.floor(centre - half));
  const k = Math.min(n, Math.ceil(centre + half));
  const orderStatistic = (rank: number) => sketchQuantile(tally.net, (rank - 1) / (n - 1));
  return { lower: orderStatistic(j), upper: orderStatistic(k) };
}

/**
 * The figure from one proposal's simulation. `charges` are the charges over the term and `cost`
 * the provider's cost over the term (both only for the margin).
 */
export function estimateFigure(
  figure: GoalSeekFigure,
  tally: ProposalTally,
  charges: number,
  cost: number,
): FigureEstimate {
  const n = tally.count;
  const mean = momentMean(tally.moments, NET, n);
  const meanError = momentSd(tally.moments, NET, n) / Math.sqrt(n);
  switch (figure) {
    case 'expectedNet':
      return around(mean, meanError);
    case 'p5Net': {
      const interval = p5Interval(tally);
      return {
        value: sketchQuantile(tally.net, P5),
        standardError: (interval.upper - interval.lower) / (2 * Z_95),
        interval,
      };
    }
    case 'expectedMargin':
      return around(marginOnCharges(charges, mean, cost), meanError / charges);
  }
}
