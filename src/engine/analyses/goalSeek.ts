import { type SimulationHooks } from '../simulation/monteCarlo';
import { DEFAULT_TRIALS } from '../simulation/simulationSetup';
import { type DomainError, fail, ok, type Result } from '../rules/result';
import { type Contract } from '../terms/contract';
import {
  estimateFigure,
  type FigureEstimate,
  FIGURE_CONFIDENCE,
  figureName,
  type GoalSeekFigure,
  GOAL_SEEK_FIGURES,
} from './goalSeekFigures';
import { bindTerm, type BoundTerm, type GoalSeekTerm, type Interval } from './goalSeekTerms';
import { brentSteps } from './rootSearch';
import {
  ENGLISH_NUMBERS,
  groupedNumberText,
  type NumberConvention,
  writeNumberText,
} from '../rules/numberText';
import { chosenProposal, RunSequence, type WhatIfBase } from './whatIf';

/**
 * Goal seek: the value of one contract term (at-risk %, monthly charges, an allocation, a band
 * rate) at which a figure of the provider's money (expected net, P5 net, expected margin) reaches
 * a target. Every evaluation simulates the proposal with the term changed and the same seed, so
 * the figure is a deterministic function of the term (common random numbers) and Brent's method
 * (rootSearch.ts) finds where it crosses the target; between evaluations the search yields, so a
 * worker can pause and hear a cancel.
 *
 * The search starts on the request's range or the term's default one (goalSeekTerms.ts). When the
 * figure is on the same side of the target at both ends, a default range is widened, the end
 * nearer the target first, doubling its width, up to the term's limits; a given range is not.
 * If the target is still not straddled the answer says what the figure is at both ends.
 *
 * The answer states two precisions: the root's (the final bracket of the term and the figure's
 * distance from the target there) and the Monte Carlo one (the figure's standard error and 95%
 * interval at the value found: how much the figure itself could move with other random numbers).
 */

export interface GoalSeekRequest extends WhatIfBase {
  readonly term: GoalSeekTerm;
  readonly figure: GoalSeekFigure;
  readonly target: number;
  /** The provider's cost over the whole term: needed for the margin. */
  readonly termCost?: number;
  /** Where to search (not widened); default the term's default range, widened when needed. */
  readonly range?: Interval;
  /** Precision of the term's value; default a millionth of the search range. */
  readonly tolerance?: number;
  /** How the messages write numbers: the reader's convention (the pane's); default English. */
  readonly convention?: NumberConvention;
}

export interface GoalSeekPrecision {
  /** |figure reached − target|: not 0 where the figure jumps past the target. */
  readonly figureGap: number;
  /** Width of the final bracket: the crossing lies within it. */
  readonly bracketWidth: number;
  /** Monte Carlo standard error of the figure at the value found. */
  readonly standardError: number;
  /** Where the figure lies with `confidence` given the trials' randomness. */
  readonly interval: Interval;
  readonly confidence: number;
}

export interface GoalSeekResult {
  readonly term: GoalSeekTerm;
  readonly figure: GoalSeekFigure;
  readonly target: number;
  /** The term's value in the proposal as it stands. */
  readonly currentValue: number;
  /** The term's value found, and the figure there. */
  readonly value: number;
  readonly reached: number;
  readonly bracket: {
    readonly lower: number;
    readonly upper: number;
    readonly figureAtLower: number;
    readonly figureAtUpper: number;
  };
  /** The range searched in the end (after any widening). */
  readonly searchRange: Interval;
  readonly evaluations: number;
  readonly precision: GoalSeekPrecision;
  /** False when the iteration limit stopped the search before the bracket reached the tolerance. */
  readonly converged: boolean;
}

/** One evaluation done: the term's value tried and the figure there. */
export interface GoalSeekStep {
  readonly evaluations: number;
  readonly value: number;
  readonly figure: number;
}

const MAX_BRENT_EVALUATIONS = 60;
/** Each widening costs a simulation; eight doublings take monthly charges to 1,024 times the current. */
const MAX_WIDENINGS = 8;
export const MAX_GOAL_SEEK_EVALUATIONS = 2 + MAX_WIDENINGS + MAX_BRENT_EVALUATIONS;

interface Plan {
  readonly term: BoundTerm;
  readonly range: Interval;
  /** Whether the range may be widened (a default range) and how far. */
  readonly widenTo: Interval | null;
  readonly tolerance: number;
  readonly cost: number;
}

function plan(request: GoalSeekRequest, contract: Contract): Result<Plan> {
  const { figure, target, termCost, range } = request;
  if (!GOAL_SEEK_FIGURES.includes(figure))
    return fail('value', `Unknown figure "${String(figure)}": use ${GOAL_SEEK_FIGURES.join(', ')}`);
  if (!Number.isFinite(target)) return fail('value', `Target must be a number, not ${target}`);
  const margin = figure === 'expectedMargin';
  if (margin && !(typeof termCost === 'number' && Number.isFinite(termCost) && termCost >= 0))
    return fail('value', `The margin needs the cost over the term, a number ≥ 0, not ${termCost}`);
  const bound = bindTerm(contract, request.term);
  if (!bound.ok) return bound;
  const term = bound.value;
  let limits = term.limits;
  let start = term.defaultRange;
  if (margin && request.term.kind === 'monthlyCharges') {
    // The margin is a share of the charges: without charges it is undefined, so start at 1% of them.
    const floor = (term.current > 0 ? term.current : 1) / 100;
    limits = { ...limits, lower: floor };
    start = { ...start, lower: floor };
  }
  if (range !== undefined) {
    if (!(
      Number.isFinite(range.lower) &&
      Number.isFinite(range.upper) &&
      range.lower < range.upper
    ))
      return fail(
        'value',
        `Search range ${range.lower}…${range.upper} must be two numbers, lower first`,
      );
    if (range.lower < limits.lower || range.upper > limits.upper)
      return fail(
        'value',
        `Search range ${range.lower}…${range.upper} goes beyond what ${term.name} may be (${limits.lower}…${limits.upper})`,
      );
  }
  const searched = range ?? start;
  const tolerance = request.tolerance ?? (searched.upper - searched.lower) * 1e-6;
  if (!(Number.isFinite(tolerance) && tolerance > 0))
    return fail('value', `Tolerance must be a positive number, not ${tolerance}`);
  return ok({
    term,
    range: searched,
    widenTo: range === undefined ? limits : null,
    tolerance,
    cost: margin ? (termCost as number) : 0,
  });
}

/** Numbers of the messages in the reader's convention; money in whole units of the currency. */
function messageText(contract: Contract, c: NumberConvention = ENGLISH_NUMBERS) {
  const percent = (share: number) => `${writeNumberText(Number((share * 100).toPrecision(6)), c)}%`;
  const money = (x: number) => `${groupedNumberText(x, c)} ${contract.currency}`;
  return {
    value: (term: GoalSeekTerm, x: number) =>
      term.kind === 'monthlyCharges' ? money(x) : percent(x),
    figure: (figure: GoalSeekFigure, x: number) =>
      figure === 'expectedMargin' ? percent(x) : money(x),
  };
}

/** The search, one simulation per step; its return value is the answer. */
export function* goalSeekSteps(
  request: GoalSeekRequest,
  hooks: SimulationHooks = {},
): Generator<GoalSeekStep, Result<GoalSeekResult>, void> {
  const proposal = chosenProposal(request);
  if (!proposal.ok) return proposal;
  const planned = plan(request, proposal.value.contract);
  if (!planned.ok) return planned;
  const { term, tolerance, cost, widenTo } = planned.value;
  const { figure, target } = request;
  const config = request.simulation;
  const runs = new RunSequence(hooks, config.trials ?? DEFAULT_TRIALS, MAX_GOAL_SEEK_EVALUATIONS);
  const estimates = new Map<number, FigureEstimate>();
  let evaluations = 0;
  let error: DomainError | null = null;
  /** The figure at a value of the term; NaN (and `error` set) when the simulation fails. */
  const evaluate = (value: number): number => {
    const contract = term.withValue(value);
    const tally = runs.runTally(config, { ...proposal.value, contract });
    evaluations++;
    if (!tally.ok) {
      error = tally.error;
      return NaN;
    }
    const charges = contract.monthlyCharges * contract.termMonths;
    const estimate = estimateFigure(figure, tally.value, charges, cost);
    estimates.set(value, estimate);
    return estimate.value;
  };
  const step = (value: number, at: number): GoalSeekStep => ({ evaluations, value, figure: at });

  let { lower, upper } = planned.value.range;
  let atLower = evaluate(lower);
  if (error !== null) return { ok: false, error };
  yield step(lower, atLower);
  let atUpper = evaluate(upper);
  if (error !== null) return { ok: false, error };
  yield step(upper, atUpper);
  const straddles = () => (atLower - target) * (atUpper - target) <= 0;
  for (
    let widenings = 0;
    !straddles() && widenTo !== null && widenings < MAX_WIDENINGS;
    widenings++
  ) {
    const width = upper - lower;
    const canLower = lower > widenTo.lower;
    const canUpper = upper < widenTo.upper;
    if (!canLower && !canUpper) break;
    // The end nearer the target first: where the figure is heading towards it, if it is monotone.
    const lowerNearer = Math.abs(atLower - target) < Math.abs(atUpper - target);
    if (canLower && (lowerNearer || !canUpper)) {
      lower = Math.max(widenTo.lower, lower - width);
      atLower = evaluate(lower);
      if (error !== null) return { ok: false, error };
      yield step(lower, atLower);
    } else {
      upper = Math.min(widenTo.upper, upper + width);
      atUpper = evaluate(upper);
      if (error !== null) return { ok: false, error };
      yield step(upper, atUpper);
    }
  }
  if (!straddles()) {
    const side = atLower > target ? 'above' : 'below';
    const text = messageText(proposal.value.contract, request.convention);
    const valueText = text.value;
    const figureText = text.figure;
    return fail(
      'na',
      `${figureName(figure)} does not reach ${figureText(figure, target)} for ${term.name} between ` +
        `${valueText(request.term, lower)} and ${valueText(request.term, upper)}: it is ` +
        `${figureText(figure, atLower)} at ${valueText(request.term, lower)} and ` +
        `${figureText(figure, atUpper)} at ${valueText(request.term, upper)}, both ${side} the target.`,
    );
  }

  const search = brentSteps(
    lower,
    upper,
    atLower - target,
    atUpper - target,
    tolerance,
    MAX_BRENT_EVALUATIONS,
  );
  let next = search.next();
  while (!next.done) {
    const value = next.value;
    const at = evaluate(value);
    if (error !== null) return { ok: false, error };
    yield step(value, at);
    next = search.next(at - target);
  }
  const found = next.value;
  // A figure exactly on target (a linear one, where the secant step lands on the root) pins the
  // crossing at that value, whatever the other end of the bracket.
  const root =
    found.fx === 0 ? { ...found, lower: found.x, upper: found.x, fLower: 0, fUpper: 0 } : found;
  const estimate = estimates.get(root.x) as FigureEstimate;
  return ok({
    term: request.term,
    figure,
    target,
    currentValue: term.current,
    value: root.x,
    reached: estimate.value,
    bracket: {
      lower: root.lower,
      upper: root.upper,
      figureAtLower: root.fLower + target,
      figureAtUpper: root.fUpper + target,
    },
    searchRange: { lower, upper },
    evaluations,
    precision: {
      figureGap: Math.abs(estimate.value - target),
      bracketWidth: root.upper - root.lower,
      standardError: estimate.standardError,
      interval: estimate.interval,
      confidence: FIGURE_CONFIDENCE,
    },
    converged: root.converged,
  });
}

/** The whole search at once. */
export function goalSeek(
  request: GoalSeekRequest,
  hooks: SimulationHooks = {},
): Result<GoalSeekResult> {
  const steps = goalSeekSteps(request, hooks);
  let next = steps.next();
  while (!next.done) next = steps.next();
  return next.value;
}
