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
}

export interface ServiceLevelOutcome {
  readonly serviceLevelId: string;
  readonly expectedCredits: number;
  readonly expectedIncentives: number;
  readonly expectedEarnback: number;
  /** Share of the proposal's expected credits charged to this SL (after pro-rata capping). */
  readonly shareOfCredits: number;
}

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
}

export interface SimulationSummary {
  readonly seed: number;
  readonly requestedTrials: number;
  readonly completedTrials: number;
  readonly cancelled: boolean;
  readonly proposals: readonly ProposalOutcome[];
}

function distribution(t: ProposalTally, k: number, sketch: QuantileSketch): DistributionSummary {
  return {
    mean: momentMean(t.moments, k, t.count),
    sd: momentSd(t.moments, k, t.count),
    p5: sketchQuantile(sketch, 0.05),
    p50: sketchQuantile(sketch, 0.5),
    p95: sketchQuantile(sketch, 0.95),
    min: sketch.min,
    max: sketch.max,
    histogram: histogram(sketch),
  };
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
