import { mergeResults, runTrials, type SimulationPartial } from '../engine/simulation/monteCarlo';
import { type SimulationConfig } from '../engine/simulation/simulationSetup';
import type { JobControl } from './runSimulationJob';

/**
 * Trials of one scenario simulated slice by slice (engine runTrials, combined with mergeResults —
 * bit-identical to one run), pausing between slices so the event loop can deliver a cancel: a Web
 * Worker cannot hear one while the engine computes.
 */

export type SliceOutcome =
  | { readonly kind: 'done'; readonly partial: SimulationPartial }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Extends `merged` (the scenario's trials [0, from), null when from is 0) with trials [from, to),
 * `slice` at a time; `onSlice` hears the trials of each slice as it completes.
 */
export async function simulateSlices(
  config: SimulationConfig,
  merged: SimulationPartial | null,
  from: number,
  to: number,
  slice: number,
  control: JobControl,
  onSlice: (trials: number) => void,
): Promise<SliceOutcome> {
  let partial = merged;
  for (let start = from; start < to; start += slice) {
    if (control.isCancelled()) return { kind: 'cancelled' };
    const end = Math.min(to, start + slice);
    const part = runTrials(config, start, end);
    if (!part.ok) return { kind: 'failed', message: part.error.message };
    partial = partial === null ? part.value : mergeResults(partial, part.value);
    onSlice(end - start);
    await control.pause();
  }
  if (partial === null)
    return { kind: 'failed', message: `Trials must be at least 1, not ${to - from}` };
  return { kind: 'done', partial };
}
