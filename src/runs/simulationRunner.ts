import { type RunOutcome, type RunProgress, type SimulationRequest } from './simulationRequest';

/**
 * Runs simulations away from the pane's rendering: in a Web Worker in the add-in
 * (workerSimulationRunner.ts), in process for tests and Node (inProcessSimulationRunner.ts).
 * Components receive a runner as a prop and never know which one they have.
 */
export interface SimulationRunner {
  run(request: SimulationRequest, onProgress: (progress: RunProgress) => void): RunningSimulation;
}

export interface RunningSimulation {
  /** Settles with the outcome; never rejects (failures are outcomes too). */
  readonly result: Promise<RunOutcome>;
  /** Asks the run to stop; `result` then settles as cancelled, keeping what was completed. */
  cancel(): void;
}
