import { type Proposal } from '../engine/terms/proposal';
import { type Scenario } from '../engine/simulation/scenario';
import { type PartialRunResults } from './partialResults';
import { type ScenarioRunResults } from './scenarioResults';

/**
 * What the pane asks a simulation runner for, and what it hears back. Plain data throughout: a
 * request is posted to a Web Worker as is, and progress and outcomes come back the same way.
 */

/** The what-if analyses of one proposal under one scenario. */
export interface AnalysisRequest {
  readonly proposalId: string;
  readonly scenarioId: string;
  /** The service level whose break-even level is searched. */
  readonly breakEvenServiceLevelId: string;
  /** Sensitivity step per service-level id, in performance units. */
  readonly deltas: Readonly<Record<string, number>>;
  /** For the risk-priced fee: the provider's monthly cost base and target margin (0.15 = 15%). */
  readonly monthlyCost: number;
  readonly targetMargin: number;
}

export interface SimulationRequest {
  /** The baseline first: differences are measured against it, trial by trial. */
  readonly proposals: readonly Proposal[];
  readonly scenarios: readonly Scenario[];
  /** Trials per scenario. */
  readonly trials: number;
  readonly seed: number;
  /** Null: compare only. */
  readonly analysis: AnalysisRequest | null;
  /**
   * Run until precise: the comparison stops as soon as every proposal's expected net and P5 net
   * is known to ±target (0.01 = ±1 %) at 95 %, with `trials` as the cap. Absent or null: exactly
   * `trials` trials.
   */
  readonly precision?: PrecisionRequest | null;
}

export interface PrecisionRequest {
  /** Relative half-width of the 95 % intervals to reach: 0.01 = ±1 %. */
  readonly target: number;
}

export interface RunProgress {
  /** Work done and to do, in trials of one proposal (so the bar moves evenly across stages). */
  readonly done: number;
  readonly total: number;
  /** What is running, in words ("Simulating Stressed"). */
  readonly stage: string;
  /** Comparison trials simulated so far over all scenarios, and asked for. */
  readonly completedTrials: number;
  readonly requestedTrials: number;
  /**
   * What the run has finished so far, once the comparison is complete (runs with analyses only):
   * the same object until something more finishes, so the pane redraws results only then.
   */
  readonly partial?: PartialRunResults;
}

export type RunOutcome =
  | { readonly kind: 'completed'; readonly results: ScenarioRunResults }
  /** `results` is there when the comparison had finished and only the analyses were cancelled. */
  | {
      readonly kind: 'cancelled';
      readonly completedTrials: number;
      readonly requestedTrials: number;
      readonly results: ScenarioRunResults | null;
    }
  | { readonly kind: 'failed'; readonly message: string };
