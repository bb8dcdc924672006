import { termGainShare } from '../terms/compiledGainShare';
import { generatePath } from './performancePath';
import {
  copyTally,
  createTally,
  DIFFERENCE,
  GAIN_SHARE,
  mergeTally,
  type ProposalTally,
  tallyTrial,
  VOLUME_CHARGES,
} from './proposalTally';
import { RandomStream } from './randomStream';
import { fail, ok, type Result } from '../rules/result';
import {
  type PreparedSimulation,
  prepareSimulation,
  proposalPerformance,
  type SimulationConfig,
} from './simulationSetup';
import { summariseSimulation, type SimulationSummary } from './simulationSummary';
import { evaluateTerm } from '../terms/termEvaluator';
import { volumeCharges } from './volumeUnits';

/**
 * Monte Carlo simulation of the proposals under a scenario. Each trial generates one performance
 * path and evaluates every proposal on it with evaluateTerm — common random numbers, so
 * differences between proposals are the terms' doing, not noise (a proposal compared with itself
 * differs by exactly zero). A trial's path depends only on (seed, trial index), so trials can be
 * split across workers with runTrials and the partial results combined with mergeResults, giving
 * bit-identical figures to a single run. The loop allocates nothing per trial.
 */

export interface SimulationHooks {
  /** Called every `progressEvery` trials with the trials done so far in this call. */
  readonly onProgress?: (completedTrials: number, totalTrials: number) => void;
  /** Checked every `progressEvery` trials; true stops the run, keeping the trials completed. */
  readonly shouldCancel?: () => boolean;
}

/** Results of a range of trials; plain data, mergeable. */
export interface SimulationPartial {
  readonly seed: number;
  /** Trials the configuration asked for. */
  readonly requestedTrials: number;
  /** Trials completed in this partial. */
  readonly completedTrials: number;
  readonly cancelled: boolean;
  readonly proposals: readonly ProposalTally[];
}

function checkRange(trials: number, fromTrial: number, toTrial: number): Result<null> {
  if (
    !Number.isInteger(fromTrial) ||
    !Number.isInteger(toTrial) ||
    fromTrial < 0 ||
    toTrial > trials ||
    fromTrial > toTrial
  ) {
    return fail('num', `Trial range ${fromTrial}…${toTrial} must lie within 0…${trials}`);
  }
  return ok(null);
}

/** Runs trials [fromTrial, toTrial) of the configured simulation. */
export function runTrials(
  config: SimulationConfig,
  fromTrial: number,
  toTrial: number,
  hooks: SimulationHooks = {},
): Result<SimulationPartial> {
  const prepared = prepareSimulation(config);
  if (!prepared.ok) return prepared;
  const range = checkRange(prepared.value.trials, fromTrial, toTrial);
  if (!range.ok) return range;
  return ok(runPrepared(prepared.value, fromTrial, toTrial, hooks));
}

/** runTrials for an already prepared simulation (sensitivity and break-even run many). */
export function runPrepared(
  sim: PreparedSimulation,
  fromTrial: number,
  toTrial: number,
  hooks: SimulationHooks = {},
): SimulationPartial {
  const { plan, path, costPlan, costPath, volumePlan, volumePath, proposals } = sim;
  const months = plan.months;
  const tallies = proposals.map((p) =>
    createTally(
      p.id,
      p.name,
      p.serviceLevelIds,
      p.gainShare !== null,
      p.volumes !== null,
      toTrial - fromTrial,
      p.centre,
      p.chargesTotal,
    ),
  );
  const stream = new RandomStream(sim.seed);
  const total = toTrial - fromTrial;
  let cancelled = false;
  let done = 0;
  for (let t = fromTrial; t < toTrial; t++) {
    generatePath(plan, stream, t, path);
    if (costPlan !== null) generatePath(costPlan, stream, t, costPath);
    if (volumePlan !== null) generatePath(volumePlan, stream, t, volumePath);
    let baselineNet = 0;
    for (let i = 0; i < proposals.length; i++) {
      const p = proposals[i];
      const tally = tallies[i];
      const totals = evaluateTerm(p.compiled, proposalPerformance(p, path, months), p.workspace);
      if (i === 0) baselineNet = totals.net;
      tally.trial[DIFFERENCE] = totals.net - baselineNet;
      tally.trial[GAIN_SHARE] =
        p.gainShare !== null && costPlan !== null
          ? termGainShare(p.gainShare, costPath, p.compiled.months)
          : 0;
      tally.trial[VOLUME_CHARGES] =
        p.volumes !== null ? volumeCharges(p.volumes, volumePath, months, p.compiled.months) : 0;
      tallyTrial(tally, p.workspace);
    }
    done++;
    if (done % sim.progressEvery === 0 && done < total) {
      hooks.onProgress?.(done, total);
      if (hooks.shouldCancel?.()) {
        cancelled = true;
        break;
      }
    }
  }
  hooks.onProgress?.(done, total);
  return {
    seed: sim.seed,
    requestedTrials: sim.trials,
    completedTrials: done,
    cancelled,
    proposals: tallies,
  };
}

/** Combines the results of two disjoint trial ranges of the same configuration. */
export function mergeResults(a: SimulationPartial, b: SimulationPartial): SimulationPartial {
  if (
    a.seed !== b.seed ||
    a.requestedTrials !== b.requestedTrials ||
    a.proposals.length !== b.proposals.length
  ) {
    throw new Error('cannot merge results of different simulations');
  }
  const proposals = a.proposals.map((tally, i) => {
    const merged = copyTally(tally);
    mergeTally(merged, b.proposals[i]);
    return merged;
  });
  return {
    seed: a.seed,
    requestedTrials: a.requestedTrials,
    completedTrials: a.completedTrials + b.completedTrials,
    cancelled: a.cancelled || b.cancelled,
    proposals,
  };
}

/** Runs every configured trial and summarises: the one call the pane needs without workers. */
export function simulate(
  config: SimulationConfig,
  hooks: SimulationHooks = {},
): Result<SimulationSummary> {
  const prepared = prepareSimulation(config);
  if (!prepared.ok) return prepared;
  return ok(summariseSimulation(runPrepared(prepared.value, 0, prepared.value.trials, hooks)));
}
