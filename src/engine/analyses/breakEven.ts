import { type SimulationHooks } from '../simulation/monteCarlo';
import { centralValue, naturalStep, recentreAssumption } from '../simulation/performanceAssumption';
import { type DomainError, fail, ok, type Result } from '../rules/result';
import { bracketNear, brentRoot } from './rootSearch';
import { DEFAULT_TRIALS } from '../simulation/simulationSetup';
import { type Interval } from '../simulation/precision';
import {
  assumptionOf,
  chosenProposal,
  formatMoney,
  RunSequence,
  type WhatIfBase,
  withAssumption,
} from './whatIf';

/**
 * Break-even: the performance level of one service level at which the provider's expected net
 * payout equals a target (zero by default). The level is the assumption's central value — the
 * constant level or the normal mean; a series, triangle or history is shifted so its mean is the
 * level. Every evaluation simulates with the same seed, so the expected net is a deterministic
 * function of the level and Brent's method (rootSearch.ts) brackets the root reliably. The search
 * starts at the level assumed now and steps outwards until the net crosses the target, so Brent
 * narrows a small bracket rather than the whole range.
 *
 * Search range: the given one, else the metric's valid range; an unbounded side is replaced by
 * expected level ∓ 2 × |expected level| (0 for lower-is-better, which cannot go below zero anyway).
 * With step bands and a constant level the expected net jumps rather than crosses; the result's
 * bracket then shows the jump.
 */

export interface BreakEvenRequest extends WhatIfBase {
  readonly serviceLevelId: string;
  /** Expected net payout to reach; default 0. */
  readonly targetNet?: number;
  readonly range?: { readonly lower: number; readonly upper: number };
  /** Precision of the level; default one millionth of the search range. */
  readonly tolerance?: number;
}

export interface BreakEvenResult {
  readonly serviceLevelId: string;
  readonly level: number;
  /** Expected net payout at `level` (≈ target where the net is continuous in the level). */
  readonly net: number;
  /**
   * 95 % Monte Carlo interval of `net` (mean ± 1.96·sd/√n of the run at the level): how far the
   * expected net there could move with other random numbers. Absent in runs kept before it existed.
   */
  readonly netInterval?: Interval;
  readonly targetNet: number;
  /** Final bracket: the target lies between the nets at these two levels. */
  readonly bracket: {
    readonly lower: number;
    readonly upper: number;
    readonly netAtLower: number;
    readonly netAtUpper: number;
  };
  readonly evaluations: number;
  readonly searchRange: { readonly lower: number; readonly upper: number };
  /** Trials of each evaluation (the first this many of the seed's); absent in runs kept before it. */
  readonly trials?: number;
}

const MAX_EVALUATIONS = 60;

export function breakEven(
  request: BreakEvenRequest,
  hooks: SimulationHooks = {},
): Result<BreakEvenResult> {
  const proposal = chosenProposal(request);
  if (!proposal.ok) return proposal;
  const sl = proposal.value.contract.serviceLevels.find((s) => s.id === request.serviceLevelId);
  if (sl === undefined)
    return fail(
      'value',
      `No service level with id "${request.serviceLevelId}" in ${proposal.value.name}`,
    );
  if (!sl.critical)
    return fail(
      'value',
      `${sl.name} is a key measurement: it carries no money, so it has no break-even`,
    );
  const config = request.simulation;
  const found = assumptionOf(config, sl);
  if (!found.ok) return found;
  const { assumption, range } = found.value;
  const spread = Math.abs(sl.expected) || 1;
  const search = request.range ?? {
    lower: Number.isFinite(range.lower)
      ? range.lower
      : sl.direction === 'lower'
        ? 0
        : sl.expected - 2 * spread,
    upper: Number.isFinite(range.upper) ? range.upper : sl.expected + 2 * spread,
  };
  if (!(
    Number.isFinite(search.lower) &&
    Number.isFinite(search.upper) &&
    search.lower < search.upper
  )) {
    return fail(
      'value',
      `Search range ${search.lower}…${search.upper} must be two numbers, lower first`,
    );
  }
  const targetNet = request.targetNet ?? 0;
  const tolerance = request.tolerance ?? (search.upper - search.lower) * 1e-6;
  if (!(tolerance > 0)) return fail('value', `Tolerance must be positive, not ${tolerance}`);

  const trials = config.trials ?? DEFAULT_TRIALS;
  const runs = new RunSequence(hooks, trials, MAX_EVALUATIONS + 2);
  let error: DomainError | null = null;
  // Each evaluated level's interval, for the one the search settles on.
  const intervals = new Map<number, Interval>();
  const netAt = (level: number): number => {
    const outcome = runs.run(
      withAssumption(config, sl.id, recentreAssumption(assumption, level, range)),
      proposal.value,
    );
    if (!outcome.ok) {
      error = outcome.error;
      return NaN;
    }
    intervals.set(level, outcome.value.net.precision.mean);
    return outcome.value.net.mean;
  };
  // Start from the level assumed now, stepping by the assumption's spread (else the gap to the
  // minimum level, else a hundredth of the range) towards the target: a better level raises the
  // provider's net. The root is usually a step or two away, so Brent starts from a small bracket.
  const gap = sl.minimum === null ? 0 : Math.abs(sl.expected - sl.minimum);
  const step = Math.max(
    tolerance,
    naturalStep(assumption) || gap || (search.upper - search.lower) / 100,
  );
  const rises: 1 | -1 = sl.direction === 'higher' ? 1 : -1;
  const f = (level: number) => netAt(level) - targetNet;
  const near = bracketNear(
    f,
    centralValue(assumption),
    step,
    (fStart) => (fStart < 0 ? rises : rises === 1 ? -1 : 1),
    search.lower,
    search.upper,
  );
  if (error !== null) return { ok: false, error };
  if (!near.found) {
    const [netLow, netHigh] = [near.fLower + targetNet, near.fUpper + targetNet];
    const side = netLow > targetNet ? 'above' : 'below';
    return fail(
      'na',
      `No break-even for ${sl.name} between ${search.lower} and ${search.upper}: the expected net is ${formatMoney(netLow)} at ${search.lower} ` +
        `and ${formatMoney(netHigh)} at ${search.upper}, both ${side} the target ${formatMoney(targetNet)}`,
    );
  }
  const root = brentRoot(f, near.a, near.b, near.fa, near.fb, tolerance, MAX_EVALUATIONS);
  if (error !== null) return { ok: false, error };
  return ok({
    serviceLevelId: sl.id,
    level: root.x,
    net: root.fx + targetNet,
    netInterval: intervals.get(root.x),
    targetNet,
    bracket: {
      lower: root.lower,
      upper: root.upper,
      netAtLower: root.fLower + targetNet,
      netAtUpper: root.fUpper + targetNet,
    },
    evaluations: root.evaluations + near.evaluations,
    searchRange: search,
    trials,
  });
}
