import { createMessageRunner, type MessageRunnerOptions, type WorkerPort } from './messageRunner';
import { partialProgress } from './partialProgress';
import { poolWork } from './poolWork';
import { defaultSliceTrials, type JobControl, runSimulationJob } from './runSimulationJob';
import { type RunOutcome } from './simulationRequest';
import { type SimulationRunner } from './simulationRunner';
import { createWorkerPool } from './workerPool';

/**
 * The runner that uses every core: a run is coordinated here on the page by the same job as in one
 * worker (runSimulationJob.ts), its trials and analyses computed by a pool of `size` workers
 * (poolWork.ts). A cancel is answered at once, keeping what had finished. Goal seeks, one
 * simulation after another, run on a worker of their own as before.
 */
export function createPoolRunner(
  createPort: () => WorkerPort,
  size: number,
  options: MessageRunnerOptions & { readonly sliceTrials?: number } = {},
): SimulationRunner {
  const pool = createWorkerPool(createPort, size);
  const seeker = createMessageRunner(createPort, options);
  let nextOwner = 1;

  function run(...[request, onProgress]: Parameters<SimulationRunner['run']>) {
    const owner = nextOwner++;
    let cancelled = false;
    const heard = partialProgress(onProgress);
    const control: JobControl = {
      onProgress: (progress) => heard.progress(progress),
      isCancelled: () => cancelled,
      // The page waits on the workers' messages anyway; nothing to yield for between pieces.
      pause: () => Promise.resolve(),
      onComparison: (results) => heard.comparison(results),
      onAnalyses: (analyses) => heard.analyses(analyses),
    };
    const slice = options.sliceTrials ?? defaultSliceTrials(request);
    const work = poolWork(pool, owner, control, slice);
    const result = runSimulationJob(request, control, work).catch((error: unknown): RunOutcome => ({
      kind: 'failed',
      message: `The simulation stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
    }));
    const cancel = () => {
      cancelled = true;
      pool.cancel(owner);
    };
    return { result, cancel };
  }

  return { run, goalSeek: seeker.goalSeek };
}
