import { type ServiceLevel } from '../terms/contract';
import { runPrepared, type SimulationHooks } from '../simulation/monteCarlo';
import {
  type PerformanceAssumption,
  type Range,
  validateAssumption,
} from '../simulation/performanceAssumption';
import { ownEntry, withEntry } from '../terms/ownEntry';
import { type Proposal } from '../terms/proposal';
import { type ProposalTally } from '../simulation/proposalTally';
import { fail, ok, type Result } from '../rules/result';
import { type SimulationConfig, prepareSimulation } from '../simulation/simulationSetup';
import { summariseProposal, type ProposalOutcome } from '../simulation/simulationSummary';

/**
 * Shared ground of the what-if analyses (sensitivity, break-even, risk-priced fee): one proposal
 * simulated again and again under changed assumptions or terms, always with the same seed, so
 * every run sees the same random numbers and the changes, not noise, move the results.
 */

/** A what-if question about one proposal of a simulation configuration. */
export interface WhatIfBase {
  readonly simulation: SimulationConfig;
  /** The proposal analysed; default the first. */
  readonly proposalId?: string;
}

export function chosenProposal(base: WhatIfBase): Result<Proposal> {
  const { proposals } = base.simulation;
  const proposal =
    base.proposalId === undefined ? proposals[0] : proposals.find((p) => p.id === base.proposalId);
  if (proposal === undefined)
    return fail(
      'value',
      base.proposalId === undefined
        ? 'Nothing to analyse: no proposals'
        : `No proposal with id "${base.proposalId}"`,
    );
  return ok(proposal);
}

/** Progress and cancellation across a sequence of runs of `trials` each, `runs` in all. */
export class RunSequence {
  private completedRuns = 0;

  constructor(
    private readonly hooks: SimulationHooks,
    private readonly trials: number,
    private readonly runs: number,
  ) {}

  /** Simulates `proposal` under `config`: its outcome, or an error (including cancellation). */
  run(config: SimulationConfig, proposal: Proposal): Result<ProposalOutcome> {
    const run = this.runTally(config, proposal);
    return run.ok ? ok(summariseProposal(run.value)) : run;
  }

  /** The same, returning the raw tally (for quantiles beyond the summary's). */
  runTally(config: SimulationConfig, proposal: Proposal): Result<ProposalTally> {
    const run = this.runTallies(config, [proposal]);
    return run.ok ? ok(run.value[0]) : run;
  }

  /**
   * Several proposals evaluated on one pass of the paths (ids must be distinct): each tally is the
   * one a run of that proposal alone gives, bit for bit, for the price of one path generation.
   */
  runTallies(config: SimulationConfig, proposals: readonly Proposal[]): Result<ProposalTally[]> {
    const prepared = prepareSimulation({ ...config, proposals });
    if (!prepared.ok) return prepared;
    const done = this.completedRuns * this.trials;
    const total = this.runs * this.trials;
    const partial = runPrepared(prepared.value, 0, prepared.value.trials, {
      onProgress:
        this.hooks.onProgress &&
        ((completed) => this.hooks.onProgress?.(Math.min(total, done + completed), total)),
      shouldCancel: this.hooks.shouldCancel,
    });
    this.completedRuns++;
    if (partial.cancelled) return fail('na', 'Cancelled');
    return ok([...partial.proposals]);
  }
}

/** The scenario with one service level's assumption replaced. */
export function withAssumption(
  config: SimulationConfig,
  serviceLevelId: string,
  assumption: PerformanceAssumption,
): SimulationConfig {
  const scenario = config.scenario;
  return {
    ...config,
    scenario: {
      ...scenario,
      assumptions: withEntry(scenario.assumptions, serviceLevelId, assumption),
    },
  };
}

/** A service level's assumption and valid range in a configuration, or why there is none. */
export function assumptionOf(
  config: SimulationConfig,
  sl: ServiceLevel,
): Result<{ assumption: PerformanceAssumption; range: Range }> {
  const assumption = ownEntry(config.scenario.assumptions, sl.id);
  if (assumption === undefined)
    return fail(
      'value',
      `Scenario "${config.scenario.name}" has no performance assumption for "${sl.name}"`,
    );
  const range = validateAssumption(assumption, sl);
  if (!range.ok) return range;
  return ok({ assumption, range: range.value });
}

export const formatMoney = (x: number) => Math.round(x).toLocaleString('en-US');
