import { type SimulationHooks } from '../simulation/monteCarlo';
import { type ServiceLevel } from '../terms/contract';
import {
  naturalStep,
  type PerformanceAssumption,
  type Range,
  shiftAssumption,
} from '../simulation/performanceAssumption';
import { ownEntry } from '../terms/ownEntry';
import { fail, ok, type Result } from '../rules/result';
import { DEFAULT_TRIALS } from '../simulation/simulationSetup';
import { type Interval } from '../simulation/precision';
import {
  assumptionOf,
  chosenProposal,
  RunSequence,
  type WhatIfBase,
  withAssumption,
} from './whatIf';

/**
 * Sensitivity (the tornado chart): for each critical service level, the change in the provider's
 * expected net payout when that level's assumed performance moves one step worse and one step
 * better, everything else unchanged. A step is one standard deviation for a normal assumption and
 * a user-given delta otherwise (constant levels, series, triangles and histories are shifted by
 * it). Every run uses the same seed, and each service level draws from its own random stream, so
 * the only difference between runs is the moved assumption.
 */

export interface SensitivityRequest extends WhatIfBase {
  /** Step per service-level id, in performance units (overrides a normal's standard deviation). */
  readonly deltas?: Readonly<Record<string, number>>;
}

export interface SensitivityBar {
  readonly serviceLevelId: string;
  readonly name: string;
  /** The step, in performance units. */
  readonly step: number;
  readonly worseNet: number;
  readonly betterNet: number;
  /** worse − base and better − base: the bar's two ends around the base case. */
  readonly worseChange: number;
  readonly betterChange: number;
  /** betterNet − worseNet: the bar's length, by which bars are sorted. */
  readonly swing: number;
  /**
   * 95 % Monte Carlo intervals of worseNet and betterNet (mean ± 1.96·sd/√n of that run). Absent
   * in runs kept before they existed. The changes share the base run's random numbers, so they
   * are usually known more precisely than these intervals of the nets themselves.
   */
  readonly worseNetInterval?: Interval;
  readonly betterNetInterval?: Interval;
}

export interface SensitivityResult {
  readonly proposalId: string;
  readonly baseNet: number;
  /** 95 % Monte Carlo interval of baseNet; absent in runs kept before it existed. */
  readonly baseNetInterval?: Interval;
  /**
   * Trials of each run (the first this many of the seed's, the same for every run). The pane may
   * ask for fewer than its comparison took: the changes share their random numbers, so they need
   * fewer. Absent in runs kept before that.
   */
  readonly trials?: number;
  /** Sorted by swing, largest first. */
  readonly bars: readonly SensitivityBar[];
  /** Service levels left out, and why. */
  readonly omitted: readonly {
    readonly serviceLevelId: string;
    readonly name: string;
    readonly reason: string;
  }[];
}

export function sensitivity(
  request: SensitivityRequest,
  hooks: SimulationHooks = {},
): Result<SensitivityResult> {
  const proposal = chosenProposal(request);
  if (!proposal.ok) return proposal;
  const config = request.simulation;
  const omitted: { serviceLevelId: string; name: string; reason: string }[] = [];
  const steps: {
    sl: ServiceLevel;
    step: number;
    assumption: PerformanceAssumption;
    range: Range;
  }[] = [];
  for (const sl of proposal.value.contract.serviceLevels) {
    const leaveOut = (reason: string) =>
      omitted.push({ serviceLevelId: sl.id, name: sl.name, reason });
    if (!sl.critical) {
      leaveOut('key measurement: carries no money');
      continue;
    }
    const found = assumptionOf(config, sl);
    if (!found.ok) return found;
    const given = ownEntry(request.deltas, sl.id);
    if (given !== undefined && !(Number.isFinite(given) && given > 0))
      return fail('value', `${sl.name}: step must be a positive number, not ${given}`);
    const step = given ?? naturalStep(found.value.assumption);
    if (step === null || step === 0)
      leaveOut(
        step === null
          ? 'no step: give a delta for a constant, series, triangular or resampled assumption'
          : 'no spread to step by: give a delta',
      );
    else steps.push({ sl, step, ...found.value });
  }
  const trials = config.trials ?? DEFAULT_TRIALS;
  const runs = new RunSequence(hooks, trials, 1 + 2 * steps.length);
  const base = runs.run(config, proposal.value);
  if (!base.ok) return base;
  const baseNet = base.value.net.mean;
  const bars: SensitivityBar[] = [];
  for (const { sl, step, assumption, range } of steps) {
    const worseDelta = sl.direction === 'higher' ? -step : step;
    const worse = runs.run(
      withAssumption(config, sl.id, shiftAssumption(assumption, worseDelta, range)),
      proposal.value,
    );
    if (!worse.ok) return worse;
    const better = runs.run(
      withAssumption(config, sl.id, shiftAssumption(assumption, -worseDelta, range)),
      proposal.value,
    );
    if (!better.ok) return better;
    const worseNet = worse.value.net.mean;
    const betterNet = better.value.net.mean;
    bars.push({
      serviceLevelId: sl.id,
      name: sl.name,
      step,
      worseNet,
      betterNet,
      worseChange: worseNet - baseNet,
      betterChange: betterNet - baseNet,
      swing: betterNet - worseNet,
      worseNetInterval: worse.value.net.precision.mean,
      betterNetInterval: better.value.net.precision.mean,
    });
  }
  bars.sort((a, b) => Math.abs(b.swing) - Math.abs(a.swing));
  return ok({
    proposalId: proposal.value.id,
    baseNet,
    baseNetInterval: base.value.net.precision.mean,
    bars,
    omitted,
    trials,
  });
}
