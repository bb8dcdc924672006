import { breakEven } from '../engine/analyses/breakEven';
import { type SimulationHooks } from '../engine/simulation/monteCarlo';
import { riskPricedFee } from '../engine/analyses/riskPricedFee';
import { sensitivity } from '../engine/analyses/sensitivity';
import { type SimulationConfig } from '../engine/simulation/simulationSetup';
import { type AnalysisResults, CONFIDENCES, type FeeAtConfidence } from './scenarioResults';
import type { JobControl } from './runSimulationJob';
import { type AnalysisRequest, type SimulationRequest } from './simulationRequest';

/**
 * The what-if analyses of one proposal under one scenario: the sensitivity tornado, the break-even
 * level of one service level and the risk-priced fee at P50/P80/P90. Each engine call runs many
 * simulations in one go; the job pauses between calls, so a cancel is heard between them.
 */

export type AnalysisOutcome =
  | { readonly kind: 'done'; readonly results: AnalysisResults }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

/** Break-even searches typically take this many simulations (the engine allows up to 62). */
const BREAK_EVEN_RUNS = 30;
/** Each fee simulates twice: at a fee of 1, then at the fee found. */
const RUNS_PER_FEE = 2;

function sensitivityRuns(request: SimulationRequest, analysis: AnalysisRequest): number {
  const proposal = request.proposals.find((p) => p.id === analysis.proposalId);
  return 1 + 2 * (proposal?.contract.serviceLevels.filter((sl) => sl.critical).length ?? 0);
}

/** Expected work of the analyses, in trials of one proposal. */
export function analysisWork(request: SimulationRequest, analysis: AnalysisRequest): number {
  return (
    request.trials *
    (sensitivityRuns(request, analysis) + BREAK_EVEN_RUNS + RUNS_PER_FEE * CONFIDENCES.length)
  );
}

export async function runAnalysis(
  request: SimulationRequest,
  analysis: AnalysisRequest,
  control: JobControl,
  progress: (done: number, stage: string) => void,
): Promise<AnalysisOutcome> {
  const proposal = request.proposals.find((p) => p.id === analysis.proposalId);
  const scenario = request.scenarios.find((s) => s.id === analysis.scenarioId);
  const sl = proposal?.contract.serviceLevels.find(
    (s) => s.id === analysis.breakEvenServiceLevelId,
  );
  if (!proposal || !scenario)
    return {
      kind: 'failed',
      message: 'The proposal or scenario to analyse is not part of the run',
    };
  if (!sl)
    return {
      kind: 'failed',
      message: `${proposal.name} has no service level with id "${analysis.breakEvenServiceLevelId}"`,
    };
  const simulation: SimulationConfig = {
    proposals: request.proposals,
    scenario,
    trials: request.trials,
    seed: request.seed,
  };
  const base = { simulation, proposalId: proposal.id };
  let done = 0;
  /** Hooks for a stage of `runs` simulations; afterwards the job pauses and tells whether to go on. */
  const stage = (runs: number, label: string) => {
    const hooks: SimulationHooks = {
      onProgress: (completed, total) =>
        progress(done + (total > 0 ? completed / total : 1) * runs * request.trials, label),
      shouldCancel: control.isCancelled,
    };
    const finish = async () => {
      done += runs * request.trials;
      progress(done, label);
      await control.pause();
      return !control.isCancelled();
    };
    return { hooks, finish };
  };

  const tornado = stage(
    sensitivityRuns(request, analysis),
    `Sensitivity of ${proposal.name} under ${scenario.name}`,
  );
  const sensitivityResult = sensitivity({ ...base, deltas: analysis.deltas }, tornado.hooks);
  if (!(await tornado.finish())) return { kind: 'cancelled' };

  const search = stage(BREAK_EVEN_RUNS, `Break-even of ${sl.name}`);
  const breakEvenResult = breakEven({ ...base, serviceLevelId: sl.id }, search.hooks);
  if (!(await search.finish())) return { kind: 'cancelled' };

  const fees: FeeAtConfidence[] = [];
  for (const confidence of CONFIDENCES) {
    const pricing = stage(RUNS_PER_FEE, `Risk-priced fee at P${Math.round(confidence * 100)}`);
    const fee = riskPricedFee(
      {
        ...base,
        monthlyCost: analysis.monthlyCost,
        targetMargin: analysis.targetMargin,
        confidence,
      },
      pricing.hooks,
    );
    if (!(await pricing.finish())) return { kind: 'cancelled' };
    fees.push({ confidence, fee });
  }
  return {
    kind: 'done',
    results: {
      proposal: { id: proposal.id, name: proposal.name },
      scenario: { id: scenario.id, name: scenario.name },
      sensitivity: sensitivityResult,
      breakEvenServiceLevel: { id: sl.id, name: sl.name, unit: sl.unit },
      breakEven: breakEvenResult,
      monthlyCost: analysis.monthlyCost,
      targetMargin: analysis.targetMargin,
      fees,
    },
  };
}
