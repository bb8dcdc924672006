import { prepareSimulation, type SimulationConfig } from '../engine/simulation/simulationSetup';
import {
  summariseSimulation,
  type SimulationSummary,
} from '../engine/simulation/simulationSummary';
import {
  type PrecisionReport,
  type ScenarioOutcome,
  type ScenarioRunResults,
  type ServiceLevelRef,
} from './scenarioResults';
import { analysisWork, runAnalysis } from './runAnalysis';
import { type RunOutcome, type RunProgress, type SimulationRequest } from './simulationRequest';
import { runUntilPrecise } from './runUntilPrecise';
import { simulateSlices } from './trialSlices';

/**
 * One run: every proposal under every scenario, then the analyses. The trials of a scenario are
 * simulated in slices (trialSlices.ts: bit-identical to one run), and between slices the job
 * pauses so the event loop can deliver a cancel message: a Web Worker cannot hear one while the
 * engine computes. A run until precise (runUntilPrecise.ts) takes the trials the target needs,
 * up to `trials`.
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
  let total = comparisonWork + (request.analysis ? analysisWork(request, request.analysis) : 0);
  let completedTrials = 0;
  const report = (done: number, stage: string) =>
    control.onProgress({ done, total, stage, completedTrials, requestedTrials });
  const slice = control.sliceTrials ?? defaultSliceTrials(request);
  const onSlice = (sliceTrials: number, stage: string) => {
    completedTrials += sliceTrials;
    report(completedTrials * proposals.length, stage);
  };
  const cancelled = () =>
    ({ kind: 'cancelled', completedTrials, requestedTrials, results: null }) as const;

  let ranTrials = trials;
  let summaries: SimulationSummary[] = [];
  let precision: PrecisionReport | undefined;
  if (request.precision) {
    const precise = await runUntilPrecise(
      request,
      configs,
      request.precision.target,
      control,
      slice,
      onSlice,
    );
    if (precise.kind === 'cancelled') return cancelled();
    if (precise.kind === 'failed') return precise;
    ranTrials = precise.trials;
    summaries = [...precise.summaries];
    precision = precise.report;
    // The analyses run as many trials as the comparison took.
    total =
      completedTrials * proposals.length +
      (request.analysis ? analysisWork({ ...request, trials: ranTrials }, request.analysis) : 0);
  } else {
    for (const config of configs) {
      const stage = `Simulating ${config.scenario.name}`;
      const run = await simulateSlices(config, null, 0, trials, slice, control, (n) =>
        onSlice(n, stage),
      );
      if (run.kind === 'cancelled') return cancelled();
      if (run.kind === 'failed') return run;
      summaries.push(summariseSimulation(run.partial));
    }
  }
  const outcomes: ScenarioOutcome[] = configs.map((config, i) => ({
    scenario: { id: config.scenario.id, name: config.scenario.name },
    summary: summaries[i],
  }));
  const comparisonDone = completedTrials * proposals.length;

  const results: ScenarioRunResults = {
    seed,
    trials: ranTrials,
    currency: proposals[0].contract.currency,
    proposals: proposals.map((p) => ({ id: p.id, name: p.name })),
    serviceLevels: serviceLevelRefs(request),
    scenarios: outcomes,
    analysis: null,
    ...(precision && { precision }),
  };
  if (request.analysis === null) return { kind: 'completed', results };
  control.onComparison?.(results);
  const analysis = await runAnalysis(
    { ...request, trials: ranTrials },
    request.analysis,
    control,
    (done, stage) => report(comparisonDone + done, stage),
  );
  if (analysis.kind === 'cancelled')
    return { kind: 'cancelled', completedTrials, requestedTrials, results };
  if (analysis.kind === 'failed') return { kind: 'failed', message: analysis.message };
  return { kind: 'completed', results: { ...results, analysis: analysis.results } };
}
