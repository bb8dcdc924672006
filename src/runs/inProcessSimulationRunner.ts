import { createMessageRunner, type MessageRunnerOptions, type WorkerPort } from './messageRunner';
import { createSimulationMessageHandler, yieldToEvents } from './simulationMessages';
import { type SimulationRunner } from './simulationRunner';

/**
 * The runner without a worker, for tests and Node: the worker's own message handler behind a port
 * in this thread. Slices still yield between them, so a cancel is heard mid-run here too.
 */

export interface InProcessOptions extends MessageRunnerOptions {
  readonly pause?: () => Promise<void>;
  readonly sliceTrials?: number;
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
  return createMessageRunner(() => inProcessPort(options), options);
}
