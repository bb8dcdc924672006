import { runTrials } from '../engine/simulation/monteCarlo';
import { type SimulationConfig } from '../engine/simulation/simulationSetup';
import { type AnalysisPart, runAnalysisPart } from './runAnalysis';
import { type AnalysisPartOutcome } from './simulationWork';
import { type AnalysisRequest, type SimulationRequest } from './simulationRequest';
import { type SliceOutcome } from './trialSlices';

/**
 * The pieces a pool of workers computes for a run coordinated on the page (poolWork.ts): a range
 * of trials of one scenario, or one analysis. Each is answered by exactly one outcome message
 * (an analysis by progress messages first); the page combines them in a fixed order.
 */

export type PoolTask =
  | {
      readonly type: 'trials';
      readonly jobId: number;
      readonly config: SimulationConfig;
      readonly from: number;
      readonly to: number;
    }
  | {
      readonly type: 'analysisPart';
      readonly jobId: number;
      readonly request: SimulationRequest;
      readonly analysis: AnalysisRequest;
      readonly part: AnalysisPart;
    };

export type PoolTaskAnswer =
  | { readonly type: 'trialsOutcome'; readonly jobId: number; readonly outcome: SliceOutcome }
  | {
      readonly type: 'partProgress';
      readonly jobId: number;
      readonly completed: number;
      readonly total: number;
    }
  | { readonly type: 'partOutcome'; readonly jobId: number; readonly outcome: AnalysisPartOutcome };

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Computes one task and posts its answer. After a pause first, so a port that answers in the same
 * thread (the in-process runner) never calls back into the pool while it is dispatching.
 */
export async function computePoolTask(
  task: PoolTask,
  post: (answer: PoolTaskAnswer) => void,
  pause: () => Promise<void>,
): Promise<void> {
  await pause();
  const { jobId } = task;
  if (task.type === 'trials') {
    let outcome: SliceOutcome;
    try {
      const part = runTrials(task.config, task.from, task.to);
      outcome = part.ok
        ? { kind: 'done', partial: part.value }
        : { kind: 'failed', message: part.error.message };
    } catch (error) {
      outcome = {
        kind: 'failed',
        message: `The simulation stopped unexpectedly: ${describe(error)}`,
      };
    }
    post({ type: 'trialsOutcome', jobId, outcome });
    return;
  }
  let outcome: AnalysisPartOutcome;
  try {
    const done = runAnalysisPart(task.request, task.analysis, task.part, {
      onProgress: (completed, total) => post({ type: 'partProgress', jobId, completed, total }),
    });
    outcome = 'failed' in done ? { kind: 'failed', message: done.failed } : { kind: 'done', done };
  } catch (error) {
    outcome = { kind: 'failed', message: `The analysis stopped unexpectedly: ${describe(error)}` };
  }
  post({ type: 'partOutcome', jobId, outcome });
}
