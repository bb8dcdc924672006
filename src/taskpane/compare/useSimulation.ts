import { useCallback, useEffect, useRef, useState } from 'react';
import {
  ENGLISH_NUMBERS,
  groupedNumberText,
  type NumberConvention,
} from '../../engine/rules/numberText';
import { useNumberConvention } from '../fields/numberConvention';
import { type ScenarioRunResults } from '../../runs/scenarioResults';
import {
  type RunOutcome,
  type RunProgress,
  type SimulationRequest,
} from '../../runs/simulationRequest';
import { type RunningSimulation, type SimulationRunner } from '../../runs/simulationRunner';

export type SimulationStatus = 'idle' | 'running' | 'completed' | 'cancelled' | 'failed';

export interface SimulationState {
  readonly status: SimulationStatus;
  readonly progress: RunProgress | null;
  /** The latest results to show: this run's, or the previous run's when this one gave none. */
  readonly results: ScenarioRunResults | null;
  /** What happened to the last run, when it did not simply complete. */
  readonly message: string | null;
  readonly cancelling: boolean;
}

export interface Simulation extends SimulationState {
  run(request: SimulationRequest): void;
  cancel(): void;
}

const INITIAL: SimulationState = {
  status: 'idle',
  progress: null,
  results: null,
  message: null,
  cancelling: false,
};

/** The state after a run's outcome, given what was shown before it; counts in the reader's convention. */
export function afterOutcome(
  outcome: RunOutcome,
  previous: ScenarioRunResults | null,
  convention: NumberConvention = ENGLISH_NUMBERS,
): SimulationState {
  const count = (n: number) => groupedNumberText(n, convention);
  const kept = previous ? ' The results below are from the previous run.' : '';
  switch (outcome.kind) {
    case 'completed':
      return { ...INITIAL, status: 'completed', results: outcome.results };
    case 'cancelled':
      if (outcome.results) {
        return {
          ...INITIAL,
          status: 'cancelled',
          results: outcome.results,
          message:
            'Cancelled during the analyses: the comparison below is complete; the sensitivity, break-even and fee were not computed.',
        };
      }
      return {
        ...INITIAL,
        status: 'cancelled',
        results: previous,
        message: `Cancelled after ${count(outcome.completedTrials)} of ${count(outcome.requestedTrials)} trials.${kept}`,
      };
    case 'failed':
      return {
        ...INITIAL,
        status: 'failed',
        results: previous,
        message: `The simulation failed: ${outcome.message}${kept}`,
      };
  }
}

/** Runs simulations through `runner`, one at a time; a run still going when the pane closes is cancelled. */
export function useSimulation(runner: SimulationRunner): Simulation {
  const [state, setState] = useState<SimulationState>(INITIAL);
  const convention = useNumberConvention();
  const current = useRef<RunningSimulation | null>(null);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
      current.current?.cancel();
    };
  }, []);

  const run = useCallback(
    (request: SimulationRequest) => {
      if (current.current) return;
      setState((s) => ({
        ...s,
        status: 'running',
        progress: null,
        message: null,
        cancelling: false,
      }));
      const running = runner.run(request, (progress) => {
        if (live.current) setState((s) => (s.status === 'running' ? { ...s, progress } : s));
      });
      current.current = running;
      void running.result.then((outcome) => {
        current.current = null;
        if (live.current) setState((s) => afterOutcome(outcome, s.results, convention));
      });
    },
    [runner, convention],
  );

  const cancel = useCallback(() => {
    if (!current.current) return;
    current.current.cancel();
    setState((s) => ({ ...s, cancelling: true }));
  }, []);

  return { ...state, run, cancel };
}
