import { type GoalSeekRequest } from '../engine/analyses/goalSeek';
import { type GoalSeekOutcome, type GoalSeekProgress } from './goalSeekJob';
import { type RunOutcome, type RunProgress, type SimulationRequest } from './simulationRequest';

/**
 * Runs simulations away from the pane's rendering: in a Web Worker in the add-in
 * (workerSimulationRunner.ts), in process for tests and Node (inProcessSimulationRunner.ts).
 * Components receive a runner as a prop and never know which one they have.
 */
export interface SimulationRunner {
  run(request: SimulationRequest, onProgress: (progress: RunProgress) => void): RunningSimulation;
  /**
   * A goal seek on one term of one proposal (goalSeekJob.ts). Optional, so a stand-in runner made
   * for comparisons alone need not offer it; the pane leaves the goal seek out without it.
   */
  goalSeek?(
    request: GoalSeekRequest,
    onProgress: (progress: GoalSeekProgress) => void,
  ): RunningGoalSeek;
}

export interface RunningGoalSeek {
  /** Settles with the outcome; never rejects. */
  readonly result: Promise<GoalSeekOutcome>;
  /** Asks the search to stop; `result` then settles as cancelled. */
  cancel(): void;
}

export interface RunningSimulation {
  /** Settles with the outcome; never rejects (failures are outcomes too). */
  readonly result: Promise<RunOutcome>;
  /** Asks the run to stop; `result` then settles as cancelled, keeping what was completed. */
  cancel(): void;
}
