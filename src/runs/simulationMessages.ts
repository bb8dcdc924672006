import { type GoalSeekRequest } from '../engine/analyses/goalSeek';
import { type GoalSeekOutcome, type GoalSeekProgress, runGoalSeekJob } from './goalSeekJob';
import { type AnalysesSoFar } from './partialResults';
import { computePoolTask, type PoolTask, type PoolTaskAnswer } from './poolTasks';
import { runSimulationJob } from './runSimulationJob';
import { type ScenarioRunResults } from './scenarioResults';
import { type RunOutcome, type RunProgress, type SimulationRequest } from './simulationRequest';

/**
 * The simulation worker's protocol and its handler, kept apart from the worker file so tests call
 * it directly. A run is answered by progress messages and exactly one outcome; a cancel for a
 * running job is heard between slices of trials.
 */

export type ToWorker =
  | { readonly type: 'run'; readonly jobId: number; readonly request: SimulationRequest }
  | { readonly type: 'goalSeek'; readonly jobId: number; readonly request: GoalSeekRequest }
  | { readonly type: 'cancel'; readonly jobId: number }
  /** A piece of a run coordinated on the page by a pool of workers. */
  | PoolTask;

export type FromWorker =
  | { readonly type: 'progress'; readonly jobId: number; readonly progress: RunProgress }
  /** The comparison, complete before the analyses start. */
  | { readonly type: 'comparison'; readonly jobId: number; readonly results: ScenarioRunResults }
  /** The analyses as they start, and again as each one finishes. */
  | { readonly type: 'analyses'; readonly jobId: number; readonly analyses: AnalysesSoFar }
  | { readonly type: 'outcome'; readonly jobId: number; readonly outcome: RunOutcome }
  | {
      readonly type: 'goalSeekProgress';
      readonly jobId: number;
      readonly progress: GoalSeekProgress;
    }
  | { readonly type: 'goalSeekOutcome'; readonly jobId: number; readonly outcome: GoalSeekOutcome }
  | PoolTaskAnswer;

/** A macrotask: lets a queued message in before the job continues. */
export const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createSimulationMessageHandler(
  post: (message: FromWorker) => void,
  pause: () => Promise<void> = yieldToEvents,
  sliceTrials?: number,
): (message: ToWorker) => void {
  const running = new Set<number>();
  const cancelled = new Set<number>();
  return (message) => {
    if (message?.type === 'cancel') {
      if (running.has(message.jobId)) cancelled.add(message.jobId);
      return;
    }
    if (message?.type === 'trials' || message?.type === 'analysisPart') {
      void computePoolTask(message, post, pause);
      return;
    }
    if (message?.type === 'goalSeek') {
      const { jobId, request } = message;
      running.add(jobId);
      runGoalSeekJob(request, {
        onProgress: (progress) => post({ type: 'goalSeekProgress', jobId, progress }),
        isCancelled: () => cancelled.has(jobId),
        pause,
      })
        .catch((error: unknown): GoalSeekOutcome => ({
          kind: 'failed',
          message: `The goal seek stopped unexpectedly: ${describe(error)}`,
        }))
        .then((outcome) => {
          running.delete(jobId);
          cancelled.delete(jobId);
          post({ type: 'goalSeekOutcome', jobId, outcome });
        });
      return;
    }
    if (message?.type !== 'run') {
      const jobId =
        typeof (message as { jobId?: unknown })?.jobId === 'number'
          ? (message as { jobId: number }).jobId
          : -1;
      post({
        type: 'outcome',
        jobId,
        outcome: {
          kind: 'failed',
          message: 'The simulation worker received a message it does not understand',
        },
      });
      return;
    }
    const { jobId, request } = message;
    running.add(jobId);
    runSimulationJob(request, {
      onProgress: (progress) => post({ type: 'progress', jobId, progress }),
      onComparison: (results) => post({ type: 'comparison', jobId, results }),
      onAnalyses: (analyses) => post({ type: 'analyses', jobId, analyses }),
      isCancelled: () => cancelled.has(jobId),
      pause,
      sliceTrials,
    })
      // An exception is an engine bug; the pane still gets an answer rather than waiting forever.
      .catch((error: unknown): RunOutcome => ({
        kind: 'failed',
        message: `The simulation stopped unexpectedly: ${describe(error)}`,
      }))
      .then((outcome) => {
        running.delete(jobId);
        cancelled.delete(jobId);
        post({ type: 'outcome', jobId, outcome });
      });
  };
}
