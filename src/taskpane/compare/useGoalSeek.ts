import { useCallback, useEffect, useRef, useState } from 'react';
import { type GoalSeekRequest } from '../../engine/analyses/goalSeek';
import { type GoalSeekFigure } from '../../engine/analyses/goalSeekFigures';
import { type GoalSeekOutcome, type GoalSeekProgress } from '../../runs/goalSeekJob';
import { type RunningGoalSeek, type SimulationRunner } from '../../runs/simulationRunner';

export interface GoalSeekState {
  readonly running: boolean;
  readonly cancelling: boolean;
  readonly progress: GoalSeekProgress | null;
  /** The last search's outcome, with the request it answered; null before the first. */
  readonly last: { readonly request: GoalSeekRequest; readonly outcome: GoalSeekOutcome } | null;
}

/** The form's choices; null ids and margin follow the Compare settings' focus and target. */
export interface GoalSeekChoice {
  readonly proposalId: string | null;
  readonly scenarioId: string | null;
  readonly term: string | null;
  readonly figure: GoalSeekFigure;
  readonly targetNet: number;
  readonly targetMargin: number | null;
}

/** Kept above the tabs, like the Compare run: a look at the proposals neither loses nor cancels a search. */
export interface GoalSeeking extends GoalSeekState {
  readonly chosen: GoalSeekChoice;
  readonly choose: (changes: Partial<GoalSeekChoice>) => void;
  /** What "Use this value" last did, said under the result. */
  readonly applied: string | null;
  readonly setApplied: (said: string | null) => void;
  /** Null when the runner offers no goal seek. */
  readonly start: ((request: GoalSeekRequest) => void) | null;
  readonly cancel: () => void;
}

const NOTHING_CHOSEN: GoalSeekChoice = {
  proposalId: null,
  scenarioId: null,
  term: null,
  figure: 'expectedNet',
  targetNet: 0,
  targetMargin: null,
};

const IDLE: GoalSeekState = { running: false, cancelling: false, progress: null, last: null };

/** One goal seek at a time through the runner; one still going when the pane closes is cancelled. */
export function useGoalSeek(runner: SimulationRunner): GoalSeeking {
  const [state, setState] = useState<GoalSeekState>(IDLE);
  const [chosen, setChosen] = useState<GoalSeekChoice>(NOTHING_CHOSEN);
  const [applied, setApplied] = useState<string | null>(null);
  const choose = useCallback(
    (changes: Partial<GoalSeekChoice>) => setChosen((c) => ({ ...c, ...changes })),
    [],
  );
  const current = useRef<RunningGoalSeek | null>(null);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
      current.current?.cancel();
    };
  }, []);
  const run = useCallback(
    (request: GoalSeekRequest) => {
      if (current.current || !runner.goalSeek) return;
      setState((s) => ({ ...s, running: true, cancelling: false, progress: null }));
      const running = runner.goalSeek(request, (progress) => {
        if (live.current) setState((s) => (s.running ? { ...s, progress } : s));
      });
      current.current = running;
      void running.result.then((outcome) => {
        current.current = null;
        if (live.current) setState({ ...IDLE, last: { request, outcome } });
      });
    },
    [runner],
  );
  const cancel = useCallback(() => {
    if (!current.current) return;
    current.current.cancel();
    setState((s) => ({ ...s, cancelling: true }));
  }, []);
  return {
    ...state,
    start: runner.goalSeek ? run : null,
    cancel,
    chosen,
    choose,
    applied,
    setApplied,
  };
}
