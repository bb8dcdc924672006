import { mergeResults, type SimulationPartial } from '../engine/simulation/monteCarlo';
import type { JobControl } from './runSimulationJob';
import { type SimulationWork } from './simulationWork';
import { type SliceOutcome } from './trialSlices';
import { type WorkerPool } from './workerPool';

/**
 * A run's simulations spread over a pool of workers: a scenario's trials in ranges of at most
 * `slice`, split so every worker has one, computed side by side and merged in trial order (a
 * trial depends only on the seed and its index, and merging is exact, so the figures are those of
 * one thread); each analysis on a worker of its own.
 */
export function poolWork(
  pool: WorkerPool,
  owner: number,
  control: JobControl,
  slice: number,
): SimulationWork {
  return {
    concurrency: pool.size,
    async extend(config, merged, from, to, onTrials) {
      const size = Math.max(1, Math.min(slice, Math.ceil((to - from) / pool.size)));
      const ranges: [number, number][] = [];
      for (let start = from; start < to; start += size)
        ranges.push([start, Math.min(to, start + size)]);
      const parts = await Promise.all(
        ranges.map(async ([start, end]): Promise<SliceOutcome> => {
          if (control.isCancelled()) return { kind: 'cancelled' };
          const part = await pool.trials(owner, config, start, end);
          if (part.kind === 'done' && !control.isCancelled()) onTrials(end - start);
          return part;
        }),
      );
      const stopped =
        parts.find((p) => p.kind === 'failed') ?? parts.find((p) => p.kind === 'cancelled');
      if (stopped) return stopped;
      if (control.isCancelled()) return { kind: 'cancelled' };
      let partial: SimulationPartial | null = merged;
      for (const part of parts)
        if (part.kind === 'done')
          partial = partial === null ? part.partial : mergeResults(partial, part.partial);
      if (partial === null)
        return { kind: 'failed', message: `Trials must be at least 1, not ${to - from}` };
      return { kind: 'done', partial };
    },
    analysisPart: (request, analysis, part, onProgress) =>
      pool.analysisPart(owner, request, analysis, part, onProgress),
  };
}
