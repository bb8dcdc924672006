import {
  createSimulationMessageHandler,
  type FromWorker,
  type ToWorker,
} from './simulationMessages';

/** The simulation Web Worker: messages in, the handler's messages out. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
};
const handle = createSimulationMessageHandler((message) => scope.postMessage(message));
scope.onmessage = (event) => handle(event.data);
