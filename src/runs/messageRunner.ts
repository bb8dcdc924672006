import { type FromWorker, type ToWorker } from './simulationMessages';
import { type ScenarioRunResults } from './scenarioResults';
import { type RunOutcome, type RunProgress, type SimulationRequest } from './simulationRequest';
import { type RunningSimulation, type SimulationRunner } from './simulationRunner';

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
  readonly onProgress: (progress: RunProgress) => void;
  readonly settle: (outcome: RunOutcome) => void;
  last: RunProgress | null;
  /** The finished comparison, while the analyses run. */
  comparison: ScenarioRunResults | null;
}

const DEFAULT_CANCEL_GRACE_MS = 750;

export function createMessageRunner(
  createPort: () => WorkerPort,
  options: MessageRunnerOptions = {},
): SimulationRunner {
  const jobs = new Map<number, Job>();
  let port: WorkerPort | null = null;
  let nextJobId = 1;

  /** Stops the port and settles every run it had: `outcome` says how. */
  const stop = (outcome: (job: Job) => RunOutcome) => {
    port?.terminate();
    port = null;
    for (const job of [...jobs.values()]) job.settle(outcome(job));
  };

  const connect = (): WorkerPort => {
    if (port) return port;
    const created = createPort();
    created.onmessage = ({ data }) => {
      const job = jobs.get(data.jobId);
      if (!job) return;
      if (data.type === 'progress') {
        job.last = data.progress;
        job.onProgress(data.progress);
      } else if (data.type === 'comparison') job.comparison = data.results;
      else job.settle(data.outcome);
    };
    created.onerror = (event) =>
      stop(() => ({
        kind: 'failed',
        message: `The simulation worker failed: ${event.message ?? 'unknown error'}`,
      }));
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
      jobs.set(jobId, { onProgress, settle, last: null, comparison: null });
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
        stop((job) => ({
          kind: 'cancelled',
          completedTrials: job.last?.completedTrials ?? 0,
          requestedTrials: job.last?.requestedTrials ?? 0,
          // Stopped in the middle of an analysis: the comparison it finished before is kept.
          results: job.comparison,
        }));
      }, options.cancelGraceMs ?? DEFAULT_CANCEL_GRACE_MS);
    };
    return { result, cancel };
  }

  return { run };
}
