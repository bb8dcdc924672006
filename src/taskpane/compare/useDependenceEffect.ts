import { useCallback, useEffect, useRef, useState } from 'react';
import { type Proposal } from '../../engine/terms/proposal';
import { type Scenario } from '../../engine/simulation/scenario';
import {
  type DependenceEffect,
  type RunningDependenceEffect,
  runDependenceEffect,
} from '../../runs/dependenceEffectRuns';
import { type RunProgress } from '../../runs/simulationRequest';
import { type SimulationRunner } from '../../runs/simulationRunner';

/**
 * The comparison with and without correlation, kept above the tabs like the Compare run: a look
 * at the scenarios neither loses the figures nor cancels the run.
 */

export type DependenceEffectState =
  | { readonly status: 'idle' }
  | {
      readonly status: 'running';
      readonly scenarioName: string;
      readonly progress: RunProgress | null;
      readonly cancelling: boolean;
    }
  | {
      readonly status: 'completed';
      readonly effect: DependenceEffect;
      /** The model the comparison ran (modelFingerprint.ts): a later edit makes it stale. */
      readonly fingerprint: string;
    }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string };

export interface DependenceEffectRun {
  readonly state: DependenceEffectState;
  /** The scenario picked in the section (null: the default). */
  readonly scenarioId: string | null;
  readonly chooseScenario: (id: string) => void;
  compare(
    proposals: readonly Proposal[],
    scenario: Scenario,
    settings: { readonly trials: number; readonly seed: number },
    fingerprint: string,
  ): void;
  cancel(): void;
}

export function useDependenceEffect(runner: SimulationRunner): DependenceEffectRun {
  const [state, setState] = useState<DependenceEffectState>({ status: 'idle' });
  const [scenarioId, chooseScenario] = useState<string | null>(null);
  const current = useRef<RunningDependenceEffect | null>(null);
  const generation = useRef(0);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
      current.current?.cancel();
    };
  }, []);

  const compare = useCallback(
    (
      proposals: readonly Proposal[],
      scenario: Scenario,
      settings: { readonly trials: number; readonly seed: number },
      fingerprint: string,
    ) => {
      current.current?.cancel();
      const mine = ++generation.current;
      const isMine = () => live.current && generation.current === mine;
      setState({
        status: 'running',
        scenarioName: scenario.name,
        progress: null,
        cancelling: false,
      });
      const running = runDependenceEffect(runner, proposals, scenario, settings, (progress) => {
        if (isMine()) setState((s) => (s.status === 'running' ? { ...s, progress } : s));
      });
      current.current = running;
      void running.result.then((outcome) => {
        if (!isMine()) return;
        current.current = null;
        setState(
          outcome.kind === 'completed'
            ? { status: 'completed', effect: outcome.effect, fingerprint }
            : outcome.kind === 'cancelled'
              ? { status: 'cancelled' }
              : { status: 'failed', message: outcome.message },
        );
      });
    },
    [runner],
  );

  const cancel = useCallback(() => {
    if (!current.current) return;
    current.current.cancel();
    setState((s) => (s.status === 'running' ? { ...s, cancelling: true } : s));
  }, []);

  return { state, scenarioId, chooseScenario, compare, cancel };
}
