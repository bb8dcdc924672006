import { createMessageRunner, type MessageRunnerOptions, type WorkerPort } from './messageRunner';
import { createPoolRunner } from './poolRunner';
import { createSimulationMessageHandler, yieldToEvents } from './simulationMessages';
import { type SimulationRunner } from './simulationRunner';

/**
 * The runner without a worker, for tests and Node: the worker's own message handler behind a port
 * in this thread. Slices still yield between them, so a cancel is heard mid-run here too.
 */

export interface InProcessOptions extends MessageRunnerOptions {
  readonly pause?: () => Promise<void>;
  readonly sliceTrials?: number;
  /**
   * More than 1: a pool of that many in-process workers (poolRunner.ts), which take turns in this
   * thread — the pool's protocol and merging under test, not its speed. Default 1: one worker.
   */
  readonly poolSize?: number;
}

export function inProcessPort(options: InProcessOptions = {}): WorkerPort {
  let alive = true;
  const port: WorkerPort = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      if (alive) handle(message);
    },
    terminate() {
      alive = false;
    },
  };
  const handle = createSimulationMessageHandler(
    (message) => {
      if (alive) port.onmessage?.({ data: message });
    },
    options.pause ?? yieldToEvents,
    options.sliceTrials,
  );
  return port;
}

export function inProcessSimulationRunner(options: InProcessOptions = {}): SimulationRunner {
  const size = options.poolSize ?? 1;
  return size > 1
    ? createPoolRunner(() => inProcessPort(options), size, options)
    : createMessageRunner(() => inProcessPort(options), options);
}
