import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { mergeResults, type SimulationPartial } from '../src/engine/simulation/monteCarlo';
import { summariseSimulation } from '../src/engine/simulation/simulationSummary';
import { median } from './timing';

/**
 * The reference simulation split across worker threads (the Node twin of the pane's Web Worker):
 * each worker runs a contiguous trial range, the partial results merge into exactly the figures of
 * a single-threaded run. Workers are started and warmed before timing, as a pane keeps its worker.
 */
export interface ParallelFigures {
  workers: number;
  trials: number;
  ms: number;
  speedup: number;
  /** The merged mean equals the single-thread mean bit for bit. */
  identical: boolean;
}

/** The bundled worker beside the bundled bench; from TypeScript sources (the smoke test) through tsx's require hook. */
function startWorker(): Worker {
  const bundled = path.join(__dirname, 'parallelWorker.js');
  if (existsSync(bundled)) return new Worker(bundled);
  const file = JSON.stringify(path.join(__dirname, 'parallelWorker.ts'));
  return new Worker(`require('tsx/cjs'); require(${file});`, { eval: true });
}

function job(worker: Worker, trials: number, from: number, to: number): Promise<SimulationPartial> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.postMessage({ trials, from, to });
  });
}

async function runSplit(workers: Worker[], trials: number): Promise<SimulationPartial> {
  const size = Math.ceil(trials / workers.length);
  const parts = await Promise.all(
    workers.map((w, i) =>
      job(w, trials, Math.min(i * size, trials), Math.min((i + 1) * size, trials)),
    ),
  );
  return parts.reduce(mergeResults);
}

export async function benchParallel(
  trials: number,
  runs: number,
  singleMs: number,
  singleMean: number,
  workerCount: number,
): Promise<ParallelFigures> {
  const workers = Array.from({ length: workerCount }, startWorker);
  try {
    await runSplit(workers, Math.min(trials, 2_000)); // warm-up: load, compile, JIT
    const times: number[] = [];
    let merged: SimulationPartial | null = null;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      merged = await runSplit(workers, trials);
      times.push(performance.now() - start);
    }
    const ms = median(times);
    const mean = merged ? summariseSimulation(merged).proposals[0].net.mean : NaN;
    return {
      workers: workerCount,
      trials,
      ms,
      speedup: singleMs / ms,
      identical: mean === singleMean,
    };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
