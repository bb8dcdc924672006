import { useCallback, useEffect, useRef, useState } from 'react';
import {
  ENGLISH_NUMBERS,
  groupedNumberText,
  type NumberConvention,
} from '../../engine/rules/numberText';
import { useNumberConvention } from '../fields/numberConvention';
import { type ScenarioRunResults } from '../../runs/scenarioResults';
import { type AnalysesSoFar, missingAnalyses } from '../../runs/partialResults';
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
  /**
   * The latest results to show: this run's (its comparison as soon as that is complete), or the
   * previous run's when this one gave none.
   */
  readonly results: ScenarioRunResults | null;
  /**
   * The analyses of `results` so far, while the run works on them or after it was cancelled among
   * them; null when `results` carries its analyses (or has none).
   */
  readonly analysesSoFar: AnalysesSoFar | null;
  /** What was shown when the run started: shown again when it ends with nothing of its own. */
  readonly previousResults: ScenarioRunResults | null;
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
  analysesSoFar: null,
  previousResults: null,
  message: null,
  cancelling: false,
};

const listText = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** Why the analyses are incomplete after a cancel, naming those that did finish. */
function cancelledAnalysesText(soFar: AnalysesSoFar | null): string {
  const missing = soFar ? missingAnalyses(soFar) : [];
  const finished = ['the sensitivity', 'the break-even', 'the risk-priced fee'].filter(
    (name) => !missing.includes(name),
  );
  if (soFar === null || finished.length === 0)
    return 'Cancelled during the analyses: the comparison below is complete; the sensitivity, break-even and fee were not computed.';
  return `Cancelled during the analyses: the comparison below is complete, and so is ${listText(finished)}; ${listText(missing)} ${missing.length === 1 ? 'was' : 'were'} not computed.`;
}

/**
 * The state after a run's outcome, given what was shown before it and the analyses it finished;
 * counts in the reader's convention.
 */
export function afterOutcome(
  outcome: RunOutcome,
  previous: ScenarioRunResults | null,
  convention: NumberConvention = ENGLISH_NUMBERS,
  analysesSoFar: AnalysesSoFar | null = null,
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
          // What finished stays in view.
          analysesSoFar,
          message: cancelledAnalysesText(analysesSoFar),
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
        previousResults: s.results,
        message: null,
        cancelling: false,
      }));
      const running = runner.run(request, (progress) => {
        if (!live.current) return;
        // The comparison shows as soon as it is complete, each analysis as it finishes.
        const partial = progress.partial;
        setState((s) =>
          s.status !== 'running'
            ? s
            : partial
              ? { ...s, progress, results: partial.comparison, analysesSoFar: partial.analyses }
              : { ...s, progress },
        );
      });
      current.current = running;
      void running.result.then((outcome) => {
        current.current = null;
        if (live.current)
          setState((s) => afterOutcome(outcome, s.previousResults, convention, s.analysesSoFar));
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
