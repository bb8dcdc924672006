import { useCallback, useEffect, useRef, useState } from 'react';
import {
  levelEffects,
  type LevelEffects,
  planTermDifferences,
  sameTerms,
  type TermDifferencePlan,
} from '../../engine/analyses/termDifferences';
import { type Result } from '../../engine/rules/result';
import { type Proposal } from '../../engine/terms/proposal';
import { type Scenario } from '../../engine/simulation/scenario';
import { type RunProgress } from '../../runs/simulationRequest';
import { type SimulationRunner } from '../../runs/simulationRunner';
import {
  type RunningTermDifferences,
  runTermDifferences,
  type ScenarioEffects,
  type TermRunSettings,
} from '../../runs/termDifferenceRuns';

/**
 * A term-by-term comparison in the pane: the differing terms and their exact effects at the
 * expected and minimum level at once (one trial of a constant scenario each), then the effects in
 * each scenario when their runs finish off the pane's thread.
 */

export type ScenarioPart =
  | { readonly status: 'none' }
  | {
      readonly status: 'running';
      readonly progress: RunProgress | null;
      readonly cancelling: boolean;
    }
  | { readonly status: 'completed'; readonly effects: readonly ScenarioEffects[] }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string };

export interface TermComparison {
  readonly plan: TermDifferencePlan;
  readonly levels: Result<LevelEffects>;
  readonly scenarios: readonly Scenario[];
  readonly run: TermRunSettings;
  readonly scenarioPart: ScenarioPart;
}

/** Which two are compared (null: the default pair). */
export interface ChosenPair {
  readonly left: string | null;
  readonly right: string | null;
}

export type WriteState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'writing' }
  | { readonly kind: 'written'; readonly sheet: string }
  | { readonly kind: 'failed'; readonly message: string };

/** Kept above the tabs, like the Compare run: a look at the proposals loses neither the pair nor the results. */
export interface TermDifferences {
  readonly comparison: TermComparison | null;
  readonly chosen: ChosenPair;
  readonly choose: (changes: Partial<ChosenPair>) => void;
  readonly write: WriteState;
  readonly setWrite: (write: WriteState) => void;
  compare(
    left: Proposal,
    right: Proposal,
    scenarios: readonly Scenario[],
    run: TermRunSettings,
  ): void;
  cancel(): void;
}

export function useTermDifferences(runner: SimulationRunner): TermDifferences {
  const [comparison, setComparison] = useState<TermComparison | null>(null);
  const [chosen, setChosen] = useState<ChosenPair>({ left: null, right: null });
  const [write, setWrite] = useState<WriteState>({ kind: 'idle' });
  const choose = useCallback(
    (changes: Partial<ChosenPair>) => setChosen((c) => ({ ...c, ...changes })),
    [],
  );
  const current = useRef<RunningTermDifferences | null>(null);
  // Which comparison is the latest: an earlier one's late progress or outcome is ignored.
  const generation = useRef(0);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
      current.current?.cancel();
    };
  }, []);

  const setPart = useCallback((part: ScenarioPart) => {
    if (live.current) setComparison((c) => c && { ...c, scenarioPart: part });
  }, []);

  const compare = useCallback(
    (left: Proposal, right: Proposal, scenarios: readonly Scenario[], run: TermRunSettings) => {
      current.current?.cancel();
      current.current = null;
      const mine = ++generation.current;
      const plan = planTermDifferences(left, right);
      const levels = levelEffects(plan);
      // Nothing differs, or the contracts cannot be priced: no scenario runs to wait for.
      const simulate = levels.ok && !sameTerms(plan) && scenarios.length > 0;
      setComparison({
        plan,
        levels,
        scenarios,
        run,
        scenarioPart: simulate
          ? { status: 'running', progress: null, cancelling: false }
          : { status: 'none' },
      });
      if (!simulate) return;
      const running = runTermDifferences(runner, plan, scenarios, run, (progress) => {
        // Progress may come before runTermDifferences returns: the generation, not `running`, says whose it is.
        if (live.current && generation.current === mine)
          setComparison((c) =>
            c && c.scenarioPart.status === 'running'
              ? { ...c, scenarioPart: { ...c.scenarioPart, progress } }
              : c,
          );
      });
      current.current = running;
      void running.result.then((outcome) => {
        if (generation.current !== mine) return;
        current.current = null;
        setPart(
          outcome.kind === 'completed'
            ? { status: 'completed', effects: outcome.scenarios }
            : outcome.kind === 'cancelled'
              ? { status: 'cancelled' }
              : { status: 'failed', message: outcome.message },
        );
      });
    },
    [runner, setPart],
  );

  const cancel = useCallback(() => {
    if (!current.current) return;
    current.current.cancel();
    if (live.current)
      setComparison((c) =>
        c && c.scenarioPart.status === 'running'
          ? { ...c, scenarioPart: { ...c.scenarioPart, cancelling: true } }
          : c,
      );
  }, []);

  return { comparison, compare, cancel, chosen, choose, write, setWrite };
}
