import { type GoalSeekRequest } from '../engine/analyses/goalSeek';
import { type GoalSeekOutcome, type GoalSeekProgress } from './goalSeekJob';
import { type FromWorker, type ToWorker } from './simulationMessages';
import { type PartialProgress, partialProgress } from './partialProgress';
import { type RunOutcome, type RunProgress, type SimulationRequest } from './simulationRequest';
import {
  type RunningGoalSeek,
  type RunningSimulation,
  type SimulationRunner,
} from './simulationRunner';

/**
 * A SimulationRunner that talks to a worker-like port: a real Web Worker in the add-in, the same
 * message handler in process for tests. One port serves every run; a port that fails or has to be
 * stopped is replaced by a new one on the next run.
 */

export interface WorkerPort {
  postMessage(message: ToWorker): void;
  onmessage: ((event: { readonly data: FromWorker }) => void) | null;
  onerror: ((event: { readonly message?: string }) => void) | null;
  terminate(): void;
}

export interface MessageRunnerOptions {
  /**
   * How long a cancelled run may take to answer before its port is stopped. The worker hears a
   * cancel between slices of trials, but an analysis (sensitivity, break-even) is one engine call.
   */
  readonly cancelGraceMs?: number;
}

interface Job {
  /** The progress, with the comparison and analyses finished so far. */
  readonly heard: PartialProgress;
  readonly settle: (outcome: RunOutcome) => void;
}

interface GoalSeekJob {
  readonly onProgress: (progress: GoalSeekProgress) => void;
  readonly settle: (outcome: GoalSeekOutcome) => void;
}

const DEFAULT_CANCEL_GRACE_MS = 750;

/** What a goal seek hears when its port is stopped to cancel a simulation run beside it. */
const STOPPED_FOR_RUN = {
  kind: 'failed',
  message: 'The simulation worker was stopped to cancel a run: start the goal seek again',
} as const;

export function createMessageRunner(
  createPort: () => WorkerPort,
  options: MessageRunnerOptions = {},
): SimulationRunner {
  const jobs = new Map<number, Job>();
  const seeks = new Map<number, GoalSeekJob>();
  let port: WorkerPort | null = null;
  let nextJobId = 1;

  /** Stops the port and settles every run and goal seek it had: `outcome` and `seekOutcome` say how. */
  const stop = (
    outcome: (job: Job) => RunOutcome,
    seekOutcome: (jobId: number) => GoalSeekOutcome,
  ) => {
    port?.terminate();
    port = null;
    for (const job of [...jobs.values()]) job.settle(outcome(job));
    for (const [jobId, seek] of [...seeks]) seek.settle(seekOutcome(jobId));
  };

  const connect = (): WorkerPort => {
    if (port) return port;
    const created = createPort();
    created.onmessage = ({ data }) => {
      if (data.type === 'goalSeekProgress') return seeks.get(data.jobId)?.onProgress(data.progress);
      if (data.type === 'goalSeekOutcome') return seeks.get(data.jobId)?.settle(data.outcome);
      const job = jobs.get(data.jobId);
      if (!job) return;
      if (data.type === 'progress') job.heard.progress(data.progress);
      else if (data.type === 'comparison') job.heard.comparison(data.results);
      else if (data.type === 'analyses') job.heard.analyses(data.analyses);
      else if (data.type === 'outcome') job.settle(data.outcome);
    };
    created.onerror = (event) => {
      const failed = {
        kind: 'failed',
        message: `The simulation worker failed: ${event.message ?? 'unknown error'}`,
      } as const;
      stop(
        () => failed,
        () => failed,
      );
    };
    port = created;
    return created;
  };

  function run(
    request: SimulationRequest,
    onProgress: (progress: RunProgress) => void,
  ): RunningSimulation {
    const jobId = nextJobId++;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const result = new Promise<RunOutcome>((resolve) => {
      const settle = (outcome: RunOutcome) => {
        clearTimeout(timer);
        jobs.delete(jobId);
        resolve(outcome);
      };
      jobs.set(jobId, { heard: partialProgress(onProgress), settle });
    });
    try {
      connect().postMessage({ type: 'run', jobId, request });
    } catch (error) {
      jobs.get(jobId)?.settle({
        kind: 'failed',
        message: `Could not start the simulation: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
    const cancel = () => {
      if (!jobs.has(jobId) || timer !== undefined) return;
      port?.postMessage({ type: 'cancel', jobId });
      timer = setTimeout(() => {
        if (!jobs.has(jobId)) return;
        stop(
          (job) => ({
            kind: 'cancelled',
            completedTrials: job.heard.last?.completedTrials ?? 0,
            requestedTrials: job.heard.last?.requestedTrials ?? 0,
            // Stopped in the middle of an analysis: the comparison it finished before is kept.
            results: job.heard.finishedComparison,
          }),
          () => STOPPED_FOR_RUN,
        );
      }, options.cancelGraceMs ?? DEFAULT_CANCEL_GRACE_MS);
    };
    return { result, cancel };
  }

  /** A goal seek on the same port; its cancel is heard between simulations, else the port is stopped. */
  function goalSeek(
    request: GoalSeekRequest,
    onProgress: (progress: GoalSeekProgress) => void,
  ): RunningGoalSeek {
    const jobId = nextJobId++;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const result = new Promise<GoalSeekOutcome>((resolve) => {
      const settle = (outcome: GoalSeekOutcome) => {
        clearTimeout(timer);
        seeks.delete(jobId);
        resolve(outcome);
      };
      seeks.set(jobId, { onProgress, settle });
    });
    try {
      connect().postMessage({ type: 'goalSeek', jobId, request });
    } catch (error) {
      seeks.get(jobId)?.settle({
        kind: 'failed',
        message: `Could not start the goal seek: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
    const cancel = () => {
      if (!seeks.has(jobId) || timer !== undefined) return;
      port?.postMessage({ type: 'cancel', jobId });
      timer = setTimeout(() => {
        const seek = seeks.get(jobId);
        if (!seek) return;
        // Alone on the port: stop it. Beside other work: leave the worker to finish the
        // simulation under way (it stops the search there) rather than lose that work.
        if (jobs.size === 0 && seeks.size === 1)
          stop(
            () => ({ kind: 'failed', message: STOPPED_FOR_RUN.message }),
            () => ({ kind: 'cancelled' }),
          );
        else seek.settle({ kind: 'cancelled' });
      }, options.cancelGraceMs ?? DEFAULT_CANCEL_GRACE_MS);
    };
    return { result, cancel };
  }

  return { run, goalSeek };
}
