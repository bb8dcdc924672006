import { exactValue } from './exactSum';
import { histogram, type Histogram } from './histogram';
import type { SimulationPartial } from './monteCarlo';
import {
  CREDITS,
  CUSTOMER_COST,
  DIFFERENCE,
  EARNBACK,
  GAIN_SHARE,
  INCENTIVES,
  NET,
  type ProposalTally,
  VOLUME_CHARGES,
} from './proposalTally';
import { type QuantileSketch, sketchFractionAtMost, sketchQuantile } from './quantileSketch';
import { momentMean, momentSd } from './streamingMoments';
import {
  type Interval,
  meanInterval,
  meanStandardError,
  NO_INTERVAL,
  quantileInterval,
  wilsonInterval,
} from './precision';

/**
 * What a simulation tells the negotiators, per proposal: the provider's net payout (incentives −
 * credits + earnback) and the customer's total cost (charges over the term + provider net + gain
 * share + volume charges) as mean, spread, P5/P50/P95 and a histogram; expected credits, incentives and earnback,
 * overall and per service level; how often the at-risk cap bites; and the difference from the
 * baseline (first) proposal on the same trials.
 */

export interface DistributionSummary {
  readonly mean: number;
  readonly sd: number;
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
  readonly min: number;
  readonly max: number;
  readonly histogram: Histogram;
  /** 95 % Monte Carlo intervals of the mean and the percentiles (precision.ts). */
  readonly precision: DistributionPrecision;
}

/** How precisely the run pinned down a distribution's figures: more trials narrow every interval. */
export interface DistributionPrecision {
  /** Standard error of the mean, sd/√n. */
  readonly meanSe: number;
  readonly mean: Interval;
  readonly p5: Interval;
  readonly p50: Interval;
  readonly p95: Interval;
}

/** 95 % Monte Carlo intervals of a proposal's single figures. */
export interface OutcomePrecision {
  readonly expectedCredits: Interval;
  readonly expectedIncentives: Interval;
  readonly expectedEarnback: Interval;
  /** Wilson interval of the share of trials that hit the at-risk cap. */
  readonly capHit: Interval;
  readonly expectedCapHitMonths: Interval;
  /** Wilson interval of the share of trials paying more than the baseline. */
  readonly probabilityHigherNet: Interval;
}

/** Intervals of a run kept before they existed: unknown, so none is shown. */
export const UNKNOWN_DISTRIBUTION_PRECISION: DistributionPrecision = {
  meanSe: NaN,
  mean: NO_INTERVAL,
  p5: NO_INTERVAL,
  p50: NO_INTERVAL,
  p95: NO_INTERVAL,
};

export const UNKNOWN_OUTCOME_PRECISION: OutcomePrecision = {
  expectedCredits: NO_INTERVAL,
  expectedIncentives: NO_INTERVAL,
  expectedEarnback: NO_INTERVAL,
  capHit: NO_INTERVAL,
  expectedCapHitMonths: NO_INTERVAL,
  probabilityHigherNet: NO_INTERVAL,
};

export interface ServiceLevelOutcome {
  readonly serviceLevelId: string;
  readonly expectedCredits: number;
  readonly expectedIncentives: number;
  readonly expectedEarnback: number;
  /** Share of the proposal's expected credits charged to this SL (after pro-rata capping). */
  readonly shareOfCredits: number;
  /** 95 % Monte Carlo intervals of the expected credits, incentives and earnback. */
  readonly precision: LevelPrecision;
}

export interface LevelPrecision {
  readonly expectedCredits: Interval;
  readonly expectedIncentives: Interval;
  readonly expectedEarnback: Interval;
}

export const UNKNOWN_LEVEL_PRECISION: LevelPrecision = {
  expectedCredits: NO_INTERVAL,
  expectedIncentives: NO_INTERVAL,
  expectedEarnback: NO_INTERVAL,
};

export interface ProposalOutcome {
  readonly proposalId: string;
  readonly name: string;
  readonly trials: number;
  readonly net: DistributionSummary;
  readonly customerCost: DistributionSummary;
  /** This proposal's net minus the baseline's, trial by trial (all zero for the baseline itself). */
  readonly difference: DistributionSummary;
  /** Share of trials in which this proposal pays the provider more than the baseline does. */
  readonly probabilityHigherNet: number;
  /** Null when the proposal has no gain/pain share. */
  readonly gainShare: DistributionSummary | null;
  /** Charges for volume-priced outcomes over the term; null when the proposal has none. */
  readonly volumeCharges: DistributionSummary | null;
  readonly expectedCredits: number;
  readonly expectedIncentives: number;
  readonly expectedEarnback: number;
  /** Share of trials in which some month's credits reached the at-risk amount. */
  readonly capHitProbability: number;
  readonly expectedCapHitMonths: number;
  readonly serviceLevels: readonly ServiceLevelOutcome[];
  readonly precision: OutcomePrecision;
}

export interface SimulationSummary {
  readonly seed: number;
  readonly requestedTrials: number;
  readonly completedTrials: number;
  readonly cancelled: boolean;
  readonly proposals: readonly ProposalOutcome[];
}

function distribution(t: ProposalTally, k: number, sketch: QuantileSketch): DistributionSummary {
  const n = t.count;
  const mean = momentMean(t.moments, k, n);
  const sd = momentSd(t.moments, k, n);
  const p5 = sketchQuantile(sketch, 0.05);
  const p50 = sketchQuantile(sketch, 0.5);
  const p95 = sketchQuantile(sketch, 0.95);
  return {
    mean,
    sd,
    p5,
    p50,
    p95,
    min: sketch.min,
    max: sketch.max,
    histogram: histogram(sketch),
    precision: {
      meanSe: meanStandardError(sd, n),
      mean: meanInterval(mean, sd, n),
      p5: quantileInterval(sketch, 0.05, p5),
      p50: quantileInterval(sketch, 0.5, p50),
      p95: quantileInterval(sketch, 0.95, p95),
    },
  };
}

/** Sample standard deviation of the months at the cap per trial, from their exact integer sums. */
function capHitMonthsSd(t: ProposalTally): number {
  const n = t.count;
  if (n < 2) return NaN;
  return Math.sqrt(
    Math.max(0, (t.capHitMonthsSquares - (t.capHitMonths * t.capHitMonths) / n) / (n - 1)),
  );
}

function outcomePrecision(t: ProposalTally, expectedCapHitMonths: number): OutcomePrecision {
  const n = t.count;
  const mean = (k: number) =>
    meanInterval(momentMean(t.moments, k, n), momentSd(t.moments, k, n), n);
  const higher = n > 0 ? Math.round(n * (1 - sketchFractionAtMost(t.difference, 0))) : 0;
  return {
    expectedCredits: mean(CREDITS),
    expectedIncentives: mean(INCENTIVES),
    expectedEarnback: mean(EARNBACK),
    capHit: wilsonInterval(t.capHitTrials, n),
    expectedCapHitMonths: meanInterval(expectedCapHitMonths, capHitMonthsSd(t), n),
    probabilityHigherNet: wilsonInterval(higher, n),
  };
}

/** A per-level mean's interval, its sample sd from the exact sum and sum of squares. */
function levelInterval(t: ProposalTally, k: number): Interval {
  const n = t.count;
  const sum = exactValue(t.serviceLevels, k);
  const mean = sum / n;
  const sd =
    n < 2
      ? NaN
      : Math.sqrt(Math.max(0, (exactValue(t.serviceLevelSquares, k) - sum * mean) / (n - 1)));
  return meanInterval(mean, sd, n);
}

export function summariseProposal(t: ProposalTally): ProposalOutcome {
  const n = t.count;
  const expectedCredits = momentMean(t.moments, CREDITS, n);
  const serviceLevels = t.serviceLevelIds.map((serviceLevelId, s) => {
    const slCredits = exactValue(t.serviceLevels, 3 * s) / n;
    return {
      serviceLevelId,
      expectedCredits: slCredits,
      expectedIncentives: exactValue(t.serviceLevels, 3 * s + 1) / n,
      expectedEarnback: exactValue(t.serviceLevels, 3 * s + 2) / n,
      shareOfCredits: expectedCredits > 0 ? slCredits / expectedCredits : 0,
      precision: {
        expectedCredits: levelInterval(t, 3 * s),
        expectedIncentives: levelInterval(t, 3 * s + 1),
        expectedEarnback: levelInterval(t, 3 * s + 2),
      },
    };
  });
  return {
    proposalId: t.proposalId,
    name: t.proposalName,
    trials: n,
    net: distribution(t, NET, t.net),
    customerCost: distribution(t, CUSTOMER_COST, t.customerCost),
    difference: distribution(t, DIFFERENCE, t.difference),
    probabilityHigherNet: n > 0 ? 1 - sketchFractionAtMost(t.difference, 0) : NaN,
    gainShare: t.gainShare === null ? null : distribution(t, GAIN_SHARE, t.gainShare),
    volumeCharges:
      t.volumeCharges === null ? null : distribution(t, VOLUME_CHARGES, t.volumeCharges),
    expectedCredits,
    expectedIncentives: momentMean(t.moments, INCENTIVES, n),
    expectedEarnback: momentMean(t.moments, EARNBACK, n),
    capHitProbability: n > 0 ? t.capHitTrials / n : NaN,
    expectedCapHitMonths: n > 0 ? t.capHitMonths / n : NaN,
    serviceLevels,
    precision: outcomePrecision(t, n > 0 ? t.capHitMonths / n : NaN),
  };
}

export function summariseSimulation(partial: SimulationPartial): SimulationSummary {
  return {
    seed: partial.seed,
    requestedTrials: partial.requestedTrials,
    completedTrials: partial.completedTrials,
    cancelled: partial.cancelled,
    proposals: partial.proposals.map(summariseProposal),
  };
}
