import { breakEven } from '../engine/analyses/breakEven';
import { type SimulationHooks } from '../engine/simulation/monteCarlo';
import { type Proposal } from '../engine/terms/proposal';
import { riskPricedFees } from '../engine/analyses/riskPricedFee';
import { type Scenario } from '../engine/simulation/scenario';
import { sensitivity } from '../engine/analyses/sensitivity';
import { type ServiceLevel } from '../engine/terms/contract';
import { type SimulationConfig } from '../engine/simulation/simulationSetup';
import { type AnalysesSoFar, type AnalysisPartResult, withPart } from './partialResults';
import { CONFIDENCES } from './scenarioResults';
import { type AnalysisRequest, type SimulationRequest } from './simulationRequest';
import { runLimited } from './runLimited';
import { comparedTrials } from './analysisTrials';
import { type SimulationWork } from './simulationWork';

/**
 * The what-if analyses of one proposal under one scenario: the sensitivity tornado, the break-even
 * level of one service level and the risk-priced fee at P50/P80/P90. Each is one engine call of
 * many simulations and depends on no other, so they are separate parts: one after another in one
 * thread, side by side in a pool of workers — the same engine calls either way, so the same figures.
 */

export type AnalysisOutcome =
  | { readonly kind: 'done'; readonly analyses: AnalysesSoFar }
  | { readonly kind: 'cancelled'; readonly analyses: AnalysesSoFar }
  | { readonly kind: 'failed'; readonly message: string };

export type AnalysisPart =
  { readonly kind: 'sensitivity' } | { readonly kind: 'breakEven' } | { readonly kind: 'fees' };

/**
 * Break-even searches typically take this many simulations (the engine allows over 60): out from
 * the level assumed now until the net crosses the target, then Brent's steps; 6 or 7 on the
 * sample negotiation.
 */
const BREAK_EVEN_RUNS = 8;
/** The fees simulate at a fee of 1, then every fee found on one pass (one evaluation each). */
const FEE_RUNS = 1 + CONFIDENCES.length;

/** The parts in the order the pane shows them; one thread computes them in this order. */
export const ANALYSIS_PARTS: readonly AnalysisPart[] = [
  { kind: 'sensitivity' },
  { kind: 'breakEven' },
  { kind: 'fees' },
];

function sensitivityRuns(request: SimulationRequest, analysis: AnalysisRequest): number {
  const proposal = request.proposals.find((p) => p.id === analysis.proposalId);
  return 1 + 2 * (proposal?.contract.serviceLevels.filter((sl) => sl.critical).length ?? 0);
}

/** Expected simulations of one part. */
function partRuns(request: SimulationRequest, analysis: AnalysisRequest, part: AnalysisPart) {
  if (part.kind === 'sensitivity') return sensitivityRuns(request, analysis);
  return part.kind === 'breakEven' ? BREAK_EVEN_RUNS : FEE_RUNS;
}

/** Trials of each of a part's simulations (analysisTrials.ts). */
function partTrials(request: SimulationRequest, part: AnalysisPart): number {
  return part.kind === 'fees' ? request.trials : comparedTrials(request.trials);
}

/** Expected work of one part, in trials of one proposal. */
const partWork = (request: SimulationRequest, analysis: AnalysisRequest, part: AnalysisPart) =>
  partRuns(request, analysis, part) * partTrials(request, part);

/** Expected work of the analyses, in trials of one proposal. */
export function analysisWork(request: SimulationRequest, analysis: AnalysisRequest): number {
  return ANALYSIS_PARTS.reduce((sum, p) => sum + partWork(request, analysis, p), 0);
}

interface Subject {
  readonly proposal: Proposal;
  readonly scenario: Scenario;
  readonly sl: ServiceLevel;
}

function subjectOf(
  request: SimulationRequest,
  analysis: AnalysisRequest,
): { ok: true; subject: Subject } | { ok: false; message: string } {
  const proposal = request.proposals.find((p) => p.id === analysis.proposalId);
  const scenario = request.scenarios.find((s) => s.id === analysis.scenarioId);
  if (!proposal || !scenario)
    return { ok: false, message: 'The proposal or scenario to analyse is not part of the run' };
  const sl = proposal.contract.serviceLevels.find((s) => s.id === analysis.breakEvenServiceLevelId);
  if (!sl)
    return {
      ok: false,
      message: `${proposal.name} has no service level with id "${analysis.breakEvenServiceLevelId}"`,
    };
  return { ok: true, subject: { proposal, scenario, sl } };
}

function partLabel({ proposal, scenario, sl }: Subject, part: AnalysisPart): string {
  if (part.kind === 'sensitivity') return `Sensitivity of ${proposal.name} under ${scenario.name}`;
  if (part.kind === 'breakEven') return `Break-even of ${sl.name}`;
  return 'Risk-priced fees';
}

/** One part, computed here and now (in whichever thread calls it). */
export function runAnalysisPart(
  request: SimulationRequest,
  analysis: AnalysisRequest,
  part: AnalysisPart,
  hooks: SimulationHooks,
): AnalysisPartResult | { readonly failed: string } {
  const found = subjectOf(request, analysis);
  if (!found.ok) return { failed: found.message };
  const { proposal, scenario, sl } = found.subject;
  const simulation: SimulationConfig = {
    proposals: request.proposals,
    scenario,
    trials: partTrials(request, part),
    seed: request.seed,
  };
  const base = { simulation, proposalId: proposal.id };
  switch (part.kind) {
    case 'sensitivity':
      return {
        part: 'sensitivity',
        result: sensitivity({ ...base, deltas: analysis.deltas }, hooks),
      };
    case 'breakEven':
      return { part: 'breakEven', result: breakEven({ ...base, serviceLevelId: sl.id }, hooks) };
    case 'fees': {
      const priced = riskPricedFees(
        {
          ...base,
          monthlyCost: analysis.monthlyCost,
          targetMargin: analysis.targetMargin,
          confidences: CONFIDENCES,
        },
        hooks,
      );
      return {
        part: 'fees',
        fees: CONFIDENCES.map((confidence, i) => ({
          confidence,
          result: priced.ok ? priced.value[i] : priced,
        })),
      };
    }
  }
}

/**
 * Every part through `work`, as many at once as it can take; `onAnalyses` hears the analyses
 * before the first part starts and again as each part finishes. A cancel keeps the parts finished.
 */
export async function runAnalysis(
  request: SimulationRequest,
  analysis: AnalysisRequest,
  work: SimulationWork,
  progress: (done: number, stage: string) => void,
  onAnalyses: (soFar: AnalysesSoFar) => void = () => {},
): Promise<AnalysisOutcome> {
  const found = subjectOf(request, analysis);
  if (!found.ok) return { kind: 'failed', message: found.message };
  const { proposal, scenario, sl } = found.subject;
  let soFar: AnalysesSoFar = {
    proposal: { id: proposal.id, name: proposal.name },
    scenario: { id: scenario.id, name: scenario.name },
    sensitivity: null,
    breakEvenServiceLevel: { id: sl.id, name: sl.name, unit: sl.unit },
    breakEven: null,
    monthlyCost: analysis.monthlyCost,
    targetMargin: analysis.targetMargin,
    fees: CONFIDENCES.map((confidence) => ({ confidence, fee: null })),
  };
  onAnalyses(soFar);
  // Work done by each part, in trials of one proposal: the bar moves with the sum.
  const done = ANALYSIS_PARTS.map(() => 0);
  const report = (i: number, trials: number, label: string) => {
    done[i] = trials;
    progress(
      done.reduce((a, b) => a + b, 0),
      label,
    );
  };
  let failure: string | null = null;
  let cancelled = false;
  // A pool starts the longest part first, so no worker is left alone with a long part at the end.
  const order =
    work.concurrency > 1
      ? longestFirst(ANALYSIS_PARTS.map((part) => partWork(request, analysis, part)))
      : ANALYSIS_PARTS.map((_, i) => i);
  await runLimited(order, work.concurrency, async (i) => {
    const part = ANALYSIS_PARTS[i];
    if (failure !== null || cancelled) return;
    const partTotal = partWork(request, analysis, part);
    const label = partLabel(found.subject, part);
    const outcome = await work.analysisPart(request, analysis, part, (completed, total) =>
      report(i, (total > 0 ? completed / total : 1) * partTotal, label),
    );
    if (outcome.kind === 'failed') failure = outcome.message;
    if (outcome.kind === 'cancelled') cancelled = true;
    if (outcome.kind !== 'done') return;
    report(i, partTotal, label);
    soFar = withPart(soFar, outcome.done);
    onAnalyses(soFar);
  });
  if (failure !== null) return { kind: 'failed', message: failure };
  return { kind: cancelled ? 'cancelled' : 'done', analyses: soFar };
}

/** Indices of `work` from the largest to the smallest; equal ones keep their order. */
export function longestFirst(work: readonly number[]): number[] {
  return work.map((_, i) => i).sort((a, b) => work[b] - work[a] || a - b);
}
