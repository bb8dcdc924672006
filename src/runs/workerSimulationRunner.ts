import { createMessageRunner, type WorkerPort } from './messageRunner';
import { type SimulationRunner } from './simulationRunner';

/**
 * The add-in's runner: simulations in a Web Worker, so the pane stays responsive. The only file
 * with `import.meta` (webpack bundles the worker from it; the tests' CommonJS cannot parse it).
 */
export function workerSimulationRunner(): SimulationRunner {
  return createMessageRunner(
    () => new Worker(new URL('./simulation.worker.ts', import.meta.url)) as unknown as WorkerPort,
  );
}
