import {
  addExactFrom,
  copyExactSums,
  createExactSums,
  type ExactSums,
  mergeExact,
} from './exactSum';
import {
  addToSketchFrom,
  copySketch,
  createQuantileSketch,
  mergeSketch,
  type QuantileSketch,
} from './quantileSketch';
import {
  addMoments,
  copyMoments,
  createMoments,
  mergeMoments,
  type Moments,
} from './streamingMoments';
import { type TermWorkspace } from '../terms/termEvaluator';

/**
 * One proposal's simulation results so far, in memory that does not grow with the number of
 * trials: exact moments, quantile sketches and per-SL sums. Plain data, so a worker can post it
 * back, and mergeable exactly (see exactSum.ts and quantileSketch.ts).
 */

/** Moment slots. */
export const NET = 0;
export const CUSTOMER_COST = 1;
/** Net minus the baseline proposal's net on the same trial. */
export const DIFFERENCE = 2;
export const CREDITS = 3;
export const INCENTIVES = 4;
export const EARNBACK = 5;
export const GAIN_SHARE = 6;
/** Charges for volume-priced outcomes over the term. */
export const VOLUME_CHARGES = 7;
const METRICS = 8;

export interface ProposalTally {
  readonly proposalId: string;
  readonly proposalName: string;
  readonly serviceLevelIds: readonly string[];
  count: number;
  /** Trials in which some month's credits reached the at-risk amount. */
  capHitTrials: number;
  /** Months at the at-risk cap over all trials. */
  capHitMonths: number;
  /** Sum over trials of (months at the cap)²: whole numbers, so exact; for the mean's standard error. */
  capHitMonthsSquares: number;
  readonly moments: Moments;
  readonly net: QuantileSketch;
  readonly customerCost: QuantileSketch;
  readonly difference: QuantileSketch;
  /** Null when the proposal has no gain/pain share. */
  readonly gainShare: QuantileSketch | null;
  /** Null when the proposal has no volume-priced outcomes. */
  readonly volumeCharges: QuantileSketch | null;
  /** Per service level s: credits at 3s, incentives at 3s + 1, earnback at 3s + 2 (sums over trials). */
  readonly serviceLevels: ExactSums;
  /** The same slots' sums of squares, for the standard errors of the per-level figures. */
  readonly serviceLevelSquares: ExactSums;
  /** Charges over the term (constant), for the customer's cost. */
  readonly chargesTotal: number;
  /**
   * The current trial's metrics by moment slot. The caller writes GAIN_SHARE, VOLUME_CHARGES and
   * DIFFERENCE, then tallyTrial the rest: values travel in typed arrays because V8 boxes a double
   * argument on the heap whenever it does not inline the callee, and the trial loop must not
   * allocate.
   */
  readonly trial: Float64Array;
}

export interface TallyCentre {
  readonly net: number;
  readonly customerCost: number;
  readonly difference: number;
  readonly credits: number;
  readonly incentives: number;
  readonly earnback: number;
  readonly gainShare: number;
  readonly volumeCharges: number;
}

export function createTally(
  proposalId: string,
  proposalName: string,
  serviceLevelIds: readonly string[],
  hasGainShare: boolean,
  hasVolumeCharges: boolean,
  expectedTrials: number,
  centre: TallyCentre,
  chargesTotal: number,
): ProposalTally {
  const shifts = new Array<number>(METRICS);
  shifts[NET] = centre.net;
  shifts[CUSTOMER_COST] = centre.customerCost;
  shifts[DIFFERENCE] = centre.difference;
  shifts[CREDITS] = centre.credits;
  shifts[INCENTIVES] = centre.incentives;
  shifts[EARNBACK] = centre.earnback;
  shifts[GAIN_SHARE] = centre.gainShare;
  shifts[VOLUME_CHARGES] = centre.volumeCharges;
  return {
    proposalId,
    proposalName,
    serviceLevelIds,
    count: 0,
    capHitTrials: 0,
    capHitMonths: 0,
    capHitMonthsSquares: 0,
    moments: createMoments(shifts),
    net: createQuantileSketch(expectedTrials),
    customerCost: createQuantileSketch(expectedTrials),
    difference: createQuantileSketch(expectedTrials),
    gainShare: hasGainShare ? createQuantileSketch(expectedTrials) : null,
    volumeCharges: hasVolumeCharges ? createQuantileSketch(expectedTrials) : null,
    serviceLevels: createExactSums(3 * serviceLevelIds.length),
    serviceLevelSquares: createExactSums(3 * serviceLevelIds.length),
    chargesTotal,
    trial: new Float64Array(METRICS),
  };
}

/**
 * Records one trial (allocation-free) from the workspace evaluateTerm just filled; t.trial already
 * holds the trial's GAIN_SHARE, VOLUME_CHARGES and DIFFERENCE (net minus the baseline's net).
 */
export function tallyTrial(t: ProposalTally, ws: TermWorkspace): void {
  const totals = ws.totals;
  const row = t.trial;
  row[NET] = totals.net;
  row[CUSTOMER_COST] = t.chargesTotal + totals.net + row[GAIN_SHARE] + row[VOLUME_CHARGES];
  row[CREDITS] = totals.credits;
  row[INCENTIVES] = totals.incentives;
  row[EARNBACK] = totals.earnback;
  t.count++;
  if (totals.capHitMonths > 0) t.capHitTrials++;
  t.capHitMonths += totals.capHitMonths;
  t.capHitMonthsSquares += totals.capHitMonths * totals.capHitMonths;
  // Each slot's sums are its own: a proposal without gain share or volume terms sums what it always did.
  addMoments(t.moments, row, NET, t.gainShare === null ? GAIN_SHARE : VOLUME_CHARGES);
  if (t.volumeCharges !== null) addMoments(t.moments, row, VOLUME_CHARGES, METRICS);
  addToSketchFrom(t.net, row, NET);
  addToSketchFrom(t.customerCost, row, CUSTOMER_COST);
  addToSketchFrom(t.difference, row, DIFFERENCE);
  if (t.gainShare !== null) addToSketchFrom(t.gainShare, row, GAIN_SHARE);
  if (t.volumeCharges !== null) addToSketchFrom(t.volumeCharges, row, VOLUME_CHARGES);
  const n = t.serviceLevelIds.length;
  for (let s = 0; s < n; s++) {
    // Adding 0 changes no exact sum: skip it (most SL-trials carry no credit or incentive).
    if (ws.slCredits[s] !== 0) addLevelFigure(t, 3 * s, ws.slCredits, s);
    if (ws.slIncentives[s] !== 0) addLevelFigure(t, 3 * s + 1, ws.slIncentives, s);
    if (ws.slEarnback[s] !== 0) addLevelFigure(t, 3 * s + 2, ws.slEarnback, s);
  }
}

/** Squares pass through a typed array: a double argument to an out-of-line call is boxed. */
const square = new Float64Array(1);

function addLevelFigure(t: ProposalTally, k: number, values: Float64Array, s: number): void {
  addExactFrom(t.serviceLevels, k, values, s);
  square[0] = values[s] * values[s];
  addExactFrom(t.serviceLevelSquares, k, square, 0);
}

export function copyTally(t: ProposalTally): ProposalTally {
  return {
    ...t,
    trial: t.trial.slice(),
    moments: copyMoments(t.moments),
    net: copySketch(t.net),
    customerCost: copySketch(t.customerCost),
    difference: copySketch(t.difference),
    gainShare: t.gainShare === null ? null : copySketch(t.gainShare),
    volumeCharges: t.volumeCharges === null ? null : copySketch(t.volumeCharges),
    serviceLevels: copyExactSums(t.serviceLevels),
    serviceLevelSquares: copyExactSums(t.serviceLevelSquares),
  };
}

/** Adds `from` into `into` (the same proposal, disjoint trials). */
export function mergeTally(into: ProposalTally, from: ProposalTally): void {
  if (into.proposalId !== from.proposalId)
    throw new Error(`cannot merge results of "${into.proposalId}" and "${from.proposalId}"`);
  into.count += from.count;
  into.capHitTrials += from.capHitTrials;
  into.capHitMonths += from.capHitMonths;
  into.capHitMonthsSquares += from.capHitMonthsSquares;
  mergeMoments(into.moments, from.moments);
  mergeSketch(into.net, from.net);
  mergeSketch(into.customerCost, from.customerCost);
  mergeSketch(into.difference, from.difference);
  if (into.gainShare !== null && from.gainShare !== null)
    mergeSketch(into.gainShare, from.gainShare);
  if (into.volumeCharges !== null && from.volumeCharges !== null)
    mergeSketch(into.volumeCharges, from.volumeCharges);
  mergeExact(into.serviceLevels, from.serviceLevels);
  mergeExact(into.serviceLevelSquares, from.serviceLevelSquares);
}
