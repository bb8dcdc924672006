import { type BreakEvenResult } from '../engine/analyses/breakEven';
import { type Result } from '../engine/rules/result';
import { type RiskPricedFee } from '../engine/analyses/riskPricedFee';
import { type SensitivityResult } from '../engine/analyses/sensitivity';
import {
  type AnalysisResults,
  type NamedRef,
  type ScenarioRunResults,
  type ServiceLevelRef,
} from './scenarioResults';

/**
 * What a run has finished while it is still going: the comparison as soon as every proposal ×
 * scenario is simulated, then each analysis as it completes. The pane shows these at once, so
 * nobody waits for the slowest analysis to read the grid. Plain data, posted by a worker as is.
 */

/** The analyses so far: null where one is still being worked on (or was cancelled). */
export interface AnalysesSoFar {
  readonly proposal: NamedRef;
  readonly scenario: NamedRef;
  readonly sensitivity: Result<SensitivityResult> | null;
  readonly breakEvenServiceLevel: ServiceLevelRef;
  readonly breakEven: Result<BreakEvenResult> | null;
  readonly monthlyCost: number;
  readonly targetMargin: number;
  /** One per confidence, in order; `fee` null until that fee is priced. */
  readonly fees: readonly {
    readonly confidence: number;
    readonly fee: Result<RiskPricedFee> | null;
  }[];
}

export interface PartialRunResults {
  /** The complete comparison (its `analysis` null). */
  readonly comparison: ScenarioRunResults;
  /** Null when the run has no analyses. */
  readonly analyses: AnalysesSoFar | null;
}

/** One finished analysis. */
export type AnalysisPartResult =
  | { readonly part: 'sensitivity'; readonly result: Result<SensitivityResult> }
  | { readonly part: 'breakEven'; readonly result: Result<BreakEvenResult> }
  | {
      readonly part: 'fees';
      readonly fees: readonly {
        readonly confidence: number;
        readonly result: Result<RiskPricedFee>;
      }[];
    };

export function withPart(soFar: AnalysesSoFar, done: AnalysisPartResult): AnalysesSoFar {
  switch (done.part) {
    case 'sensitivity':
      return { ...soFar, sensitivity: done.result };
    case 'breakEven':
      return { ...soFar, breakEven: done.result };
    case 'fees':
      return {
        ...soFar,
        fees: soFar.fees.map((f) => ({
          confidence: f.confidence,
          fee: done.fees.find((d) => d.confidence === f.confidence)?.result ?? f.fee,
        })),
      };
  }
}

/** The analyses' results once every one has finished; null while any is missing. */
export function finishedAnalyses(soFar: AnalysesSoFar): AnalysisResults | null {
  const { sensitivity, breakEven, fees } = soFar;
  if (sensitivity === null || breakEven === null) return null;
  const priced: AnalysisResults['fees'][number][] = [];
  for (const { confidence, fee } of fees) {
    if (fee === null) return null;
    priced.push({ confidence, fee });
  }
  return {
    proposal: soFar.proposal,
    scenario: soFar.scenario,
    sensitivity,
    breakEvenServiceLevel: soFar.breakEvenServiceLevel,
    breakEven,
    monthlyCost: soFar.monthlyCost,
    targetMargin: soFar.targetMargin,
    fees: priced,
  };
}

/** Names of the analyses still missing, in the order the pane shows them ("the sensitivity"). */
export function missingAnalyses(soFar: AnalysesSoFar): string[] {
  const missing: string[] = [];
  if (soFar.sensitivity === null) missing.push('the sensitivity');
  if (soFar.breakEven === null) missing.push('the break-even');
  if (soFar.fees.some((f) => f.fee === null)) missing.push('the risk-priced fee');
  return missing;
}
