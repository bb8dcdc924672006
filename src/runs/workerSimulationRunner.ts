import { createMessageRunner, type WorkerPort } from './messageRunner';
import { createPoolRunner } from './poolRunner';
import { poolSizeFor } from './poolSize';
import { type SimulationRunner } from './simulationRunner';

/**
 * The add-in's runner: simulations in Web Workers, so the pane stays responsive. The only file
 * with `import.meta` (webpack bundles the worker from it; the tests' CommonJS cannot parse it).
 */
export function workerSimulationRunner(): SimulationRunner {
  const worker = () =>
    new Worker(new URL('./simulation.worker.ts', import.meta.url)) as unknown as WorkerPort;
  // Every core: a pool of workers where there is more than one to use.
  const size = poolSizeFor(typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency);
  return size > 1 ? createPoolRunner(worker, size) : createMessageRunner(worker);
}
