import { type BreakEvenResult } from '../engine/analyses/breakEven';
import { type Result } from '../engine/rules/result';
import { type RiskPricedFee } from '../engine/analyses/riskPricedFee';
import { type SensitivityResult } from '../engine/analyses/sensitivity';
import { type SimulationSummary } from '../engine/simulation/simulationSummary';
import { type ChosenFigure } from '../engine/simulation/precisionTarget';

/**
 * What one run of the negotiation produced: every proposal simulated under every scenario, and the
 * what-if analyses of one proposal under one scenario. Plain data: it comes back from a Web Worker
 * as is, the pane shows it, and the workbook writes it to the OM_Scenarios sheet.
 */

export interface NamedRef {
  readonly id: string;
  readonly name: string;
}

export interface ServiceLevelRef extends NamedRef {
  readonly unit: string;
}

export interface ScenarioOutcome {
  readonly scenario: NamedRef;
  /** One outcome per proposal, in the order of ScenarioRunResults.proposals (baseline first). */
  readonly summary: SimulationSummary;
}

/** The risk-priced fee at one confidence (0.5 = P50). */
export interface FeeAtConfidence {
  readonly confidence: number;
  readonly fee: Result<RiskPricedFee>;
}

export interface AnalysisResults {
  readonly proposal: NamedRef;
  readonly scenario: NamedRef;
  readonly sensitivity: Result<SensitivityResult>;
  readonly breakEvenServiceLevel: ServiceLevelRef;
  readonly breakEven: Result<BreakEvenResult>;
  /** The provider's monthly cost base and target margin the fees were priced for. */
  readonly monthlyCost: number;
  readonly targetMargin: number;
  readonly fees: readonly FeeAtConfidence[];
}

export interface ScenarioRunResults {
  readonly seed: number;
  /** Trials per scenario. */
  readonly trials: number;
  readonly currency: string;
  /** The baseline first: every difference is measured against it on the same trials. */
  readonly proposals: readonly NamedRef[];
  /** Every service level of any proposal, by id (for names and units in the per-level figures). */
  readonly serviceLevels: readonly ServiceLevelRef[];
  readonly scenarios: readonly ScenarioOutcome[];
  /** Null when the run left the analyses out (or they were cancelled). */
  readonly analysis: AnalysisResults | null;
  /** How a run until precise ended; absent for a run of a fixed number of trials. */
  readonly precision?: PrecisionReport;
}

/** Why a run until precise stopped where it did (precisionTarget.ts holds the rule). */
export interface PrecisionReport {
  /** The relative half-width asked for: 0.01 = ±1 %. */
  readonly target: number;
  /** The most trials per scenario the run could take. */
  readonly cap: number;
  /** True: every chosen figure reached the target; false: the run stopped at the cap. */
  readonly reached: boolean;
  /** The least precise chosen figure when the run stopped (null when there were none). */
  readonly worst: {
    readonly scenario: string;
    readonly proposal: string;
    readonly figure: ChosenFigure;
    /** Its relative half-width: 0.018 = ±1.8 %. */
    readonly relative: number;
  } | null;
}

/** Which proposal and scenario the histogram of net payout shows. */
export interface ResultsFocus {
  readonly proposalId: string;
  readonly scenarioId: string;
}

/** What writing the results produced, for the pane to tell the user. */
export interface ScenarioSheetReport {
  readonly sheet: string;
  readonly tables: readonly string[];
  readonly charts: readonly string[];
}

export const CONFIDENCES = [0.5, 0.8, 0.9] as const;

/** The outcome of a proposal under a scenario; undefined when the run has none. */
export function outcomeOf(results: ScenarioRunResults, scenarioId: string, proposalId: string) {
  return results.scenarios
    .find((s) => s.scenario.id === scenarioId)
    ?.summary.proposals.find((p) => p.proposalId === proposalId);
}
