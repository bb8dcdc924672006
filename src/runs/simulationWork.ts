import { type SimulationPartial } from '../engine/simulation/monteCarlo';
import { type SimulationConfig } from '../engine/simulation/simulationSetup';
import { type AnalysisPartResult } from './partialResults';
import { type AnalysisPart, runAnalysisPart } from './runAnalysis';
import type { JobControl } from './runSimulationJob';
import { type AnalysisRequest, type SimulationRequest } from './simulationRequest';
import { simulateSlices, type SliceOutcome } from './trialSlices';

/**
 * Where a run's simulations are computed. The job (runSimulationJob.ts) decides what to simulate
 * and in which order results combine; the work computes the pieces: here in this thread
 * (`localWork`, inside the one simulation worker), or spread over a pool of workers (poolWork.ts).
 * Both compute the same engine calls on the same trials, so the figures are the same.
 */

export type AnalysisPartOutcome =
  | { readonly kind: 'done'; readonly done: AnalysisPartResult }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

export interface SimulationWork {
  /** How many pieces may usefully be under way at once: 1 in one thread, a pool's size. */
  readonly concurrency: number;
  /**
   * Extends `merged` (the scenario's trials [0, from), null when from is 0) with trials
   * [from, to); `onTrials` hears trials as they complete.
   */
  extend(
    config: SimulationConfig,
    merged: SimulationPartial | null,
    from: number,
    to: number,
    onTrials: (trials: number) => void,
  ): Promise<SliceOutcome>;
  /** One analysis; `onProgress` hears its simulated trials so far out of its total. */
  analysisPart(
    request: SimulationRequest,
    analysis: AnalysisRequest,
    part: AnalysisPart,
    onProgress: (completed: number, total: number) => void,
  ): Promise<AnalysisPartOutcome>;
}

/** The work done in this thread, `slice` trials at a time, pausing between pieces to hear a cancel. */
export function localWork(control: JobControl, slice: number): SimulationWork {
  return {
    concurrency: 1,
    extend: (config, merged, from, to, onTrials) =>
      simulateSlices(config, merged, from, to, slice, control, onTrials),
    async analysisPart(request, analysis, part, onProgress) {
      const done = runAnalysisPart(request, analysis, part, {
        onProgress,
        shouldCancel: control.isCancelled,
      });
      await control.pause();
      if (control.isCancelled()) return { kind: 'cancelled' };
      return 'failed' in done ? { kind: 'failed', message: done.failed } : { kind: 'done', done };
    },
  };
}
