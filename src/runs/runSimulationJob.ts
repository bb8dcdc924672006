import { mergeResults, runTrials, type SimulationPartial } from '../engine/simulation/monteCarlo';
import { prepareSimulation, type SimulationConfig } from '../engine/simulation/simulationSetup';
import { summariseSimulation } from '../engine/simulation/simulationSummary';
import {
  type ScenarioOutcome,
  type ScenarioRunResults,
  type ServiceLevelRef,
} from './scenarioResults';
import { analysisWork, runAnalysis } from './runAnalysis';
import { type RunOutcome, type RunProgress, type SimulationRequest } from './simulationRequest';

/**
 * One run: every proposal under every scenario, then the analyses. The trials of a scenario are
 * simulated in slices (engine runTrials, combined with mergeResults — bit-identical to one run),
 * and between slices the job pauses so the event loop can deliver a cancel message: a Web Worker
 * cannot hear one while the engine computes.
 */

export interface JobControl {
  readonly onProgress: (progress: RunProgress) => void;
  readonly isCancelled: () => boolean;
  /** Lets pending events in; resolves when the job may go on. */
  readonly pause: () => Promise<void>;
  /** Trials per slice; default sized to about 1.5 million service-level months (some 50 ms). */
  readonly sliceTrials?: number;
  /**
   * Hears the comparison as soon as it is complete, before the analyses: a cancel that has to stop
   * the worker in the middle of a long analysis must not take the finished comparison with it.
   */
  readonly onComparison?: (results: ScenarioRunResults) => void;
}

const CELLS_PER_SLICE = 1_500_000;

export function defaultSliceTrials(request: SimulationRequest): number {
  const cells = request.proposals.reduce(
    (sum, p) =>
      sum + Math.max(1, p.contract.serviceLevels.length) * Math.max(1, p.contract.termMonths),
    0,
  );
  return Math.min(50_000, Math.max(100, Math.floor(CELLS_PER_SLICE / Math.max(1, cells))));
}

function serviceLevelRefs(request: SimulationRequest): ServiceLevelRef[] {
  const seen = new Map<string, ServiceLevelRef>();
  for (const p of request.proposals)
    for (const sl of p.contract.serviceLevels)
      if (!seen.has(sl.id)) seen.set(sl.id, { id: sl.id, name: sl.name, unit: sl.unit });
  return [...seen.values()];
}

export async function runSimulationJob(
  request: SimulationRequest,
  control: JobControl,
): Promise<RunOutcome> {
  const { proposals, scenarios, trials, seed } = request;
  if (scenarios.length === 0)
    return { kind: 'failed', message: 'Nothing to simulate: no scenarios' };
  const configs: SimulationConfig[] = scenarios.map((scenario) => ({
    proposals,
    scenario,
    trials,
    seed,
  }));
  // Every scenario is checked before the first trial, so a mistake in the last one does not wait for the others.
  for (const config of configs) {
    const prepared = prepareSimulation(config);
    if (!prepared.ok) return { kind: 'failed', message: prepared.error.message };
  }

  const requestedTrials = scenarios.length * trials;
  const comparisonWork = requestedTrials * proposals.length;
  const total = comparisonWork + (request.analysis ? analysisWork(request, request.analysis) : 0);
  let completedTrials = 0;
  const report = (done: number, stage: string) =>
    control.onProgress({ done, total, stage, completedTrials, requestedTrials });
  const slice = control.sliceTrials ?? defaultSliceTrials(request);

  const outcomes: ScenarioOutcome[] = [];
  for (const config of configs) {
    const stage = `Simulating ${config.scenario.name}`;
    let merged: SimulationPartial | null = null;
    for (let from = 0; from < trials; from += slice) {
      if (control.isCancelled())
        return { kind: 'cancelled', completedTrials, requestedTrials, results: null };
      const to = Math.min(trials, from + slice);
      const part = runTrials(config, from, to);
      if (!part.ok) return { kind: 'failed', message: part.error.message };
      merged = merged === null ? part.value : mergeResults(merged, part.value);
      completedTrials += to - from;
      report(completedTrials * proposals.length, stage);
      await control.pause();
    }
    if (merged === null)
      return { kind: 'failed', message: `Trials must be at least 1, not ${trials}` };
    outcomes.push({
      scenario: { id: config.scenario.id, name: config.scenario.name },
      summary: summariseSimulation(merged),
    });
  }

  const results: ScenarioRunResults = {
    seed,
    trials,
    currency: proposals[0].contract.currency,
    proposals: proposals.map((p) => ({ id: p.id, name: p.name })),
    serviceLevels: serviceLevelRefs(request),
    scenarios: outcomes,
    analysis: null,
  };
  if (request.analysis === null) return { kind: 'completed', results };
  control.onComparison?.(results);
  const analysis = await runAnalysis(request, request.analysis, control, (done, stage) =>
    report(comparisonWork + done, stage),
  );
  if (analysis.kind === 'cancelled')
    return { kind: 'cancelled', completedTrials, requestedTrials, results };
  if (analysis.kind === 'failed') return { kind: 'failed', message: analysis.message };
  return { kind: 'completed', results: { ...results, analysis: analysis.results } };
}
