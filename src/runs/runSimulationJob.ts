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
import { type AnalysesSoFar, finishedAnalyses } from './partialResults';
import { analysisWork, runAnalysis } from './runAnalysis';
import { runLimited } from './runLimited';
import { type RunOutcome, type RunProgress, type SimulationRequest } from './simulationRequest';
import { runUntilPrecise } from './runUntilPrecise';
import { localWork, type SimulationWork } from './simulationWork';

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
  /** Hears the analyses when they start (all pending) and again as each one finishes. */
  readonly onAnalyses?: (soFar: AnalysesSoFar) => void;
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

/** `work` computes the simulations: default in this thread, `control.sliceTrials` at a time. */
export async function runSimulationJob(
  request: SimulationRequest,
  control: JobControl,
  work: SimulationWork = localWork(control, control.sliceTrials ?? defaultSliceTrials(request)),
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
      work,
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
    let stopped = null as Exclude<RunOutcome, { kind: 'completed' }> | null;
    const done: (SimulationSummary | null)[] = configs.map(() => null);
    await runLimited(configs, work.concurrency, async (config, i) => {
      if (stopped) return;
      const stage = `Simulating ${config.scenario.name}`;
      const run = await work.extend(config, null, 0, trials, (n) => onSlice(n, stage));
      if (run.kind === 'cancelled') stopped ??= cancelled();
      else if (run.kind === 'failed') stopped ??= run;
      else done[i] = summariseSimulation(run.partial);
    });
    if (stopped) return stopped;
    summaries = done.filter((summary): summary is SimulationSummary => summary !== null);
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
    work,
    (done, stage) => report(comparisonDone + done, stage),
    control.onAnalyses,
  );
  if (analysis.kind === 'failed') return { kind: 'failed', message: analysis.message };
  const finished = analysis.kind === 'done' ? finishedAnalyses(analysis.analyses) : null;
  if (finished === null) return { kind: 'cancelled', completedTrials, requestedTrials, results };
  return { kind: 'completed', results: { ...results, analysis: finished } };
}
