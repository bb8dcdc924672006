import { useCallback, useEffect, useRef, useState } from 'react';
import { type OutcomeModel } from '../../engine/terms/outcomeModel';
import { type SimulationRunner } from '../../runs/simulationRunner';
import {
  buildRequest,
  DEFAULT_RUN_SETTINGS,
  type ResolvedSettings,
  type RunSettings,
} from './runSettings';
import { type Simulation, useSimulation } from './useSimulation';
import { type RunHistoryState, type RunKeeping, useRunHistory } from './useRunHistory';
import { type RunModelVersion } from '../../workbook/keptRun';

export interface Comparison {
  readonly simulation: Simulation;
  readonly settings: RunSettings;
  readonly updateSettings: (changes: Partial<RunSettings>) => void;
  /** Runs the model as it is now with the settings resolved against it. */
  readonly run: (model: OutcomeModel, resolved: ResolvedSettings) => void;
  /** The model the shown results were computed from (null before the first run). */
  readonly ranModel: OutcomeModel | null;
  /** The runs kept in the workbook; each finished run is added to them. */
  readonly history: RunHistoryState;
}

const NO_KEEPING: RunKeeping = { revision: null, written: null };

/** Run settings, the running simulation and its results: kept above the tabs, so switching tabs loses nothing. */
export function useComparison(
  runner: SimulationRunner,
  keeping: RunKeeping = NO_KEEPING,
): Comparison {
  const simulation = useSimulation(runner);
  const history = useRunHistory(keeping);
  const [settings, setSettings] = useState<RunSettings>(DEFAULT_RUN_SETTINGS);
  const [ranModel, setRanModel] = useState<OutcomeModel | null>(null);
  const updateSettings = useCallback(
    (changes: Partial<RunSettings>) => setSettings((s) => ({ ...s, ...changes })),
    [],
  );
  const { run: start } = simulation;
  const { versionOf, keep } = history;
  // Which model the running simulation is of, as it was when it started.
  const runVersion = useRef<RunModelVersion | null>(null);
  const run = useCallback(
    (model: OutcomeModel, resolved: ResolvedSettings) => {
      setRanModel(model);
      runVersion.current = versionOf(model);
      start(buildRequest(model, resolved));
    },
    [start, versionOf],
  );
  // Every run that ends with a comparison is kept once: a cancelled run with none shows the
  // previous results again, the same object, which was kept already.
  const kept = useRef<unknown>(null);
  const { status, results } = simulation;
  useEffect(() => {
    if (results === null || results === kept.current || runVersion.current === null) return;
    if (status !== 'completed' && status !== 'cancelled') return;
    kept.current = results;
    keep(results, runVersion.current, status === 'cancelled');
  }, [status, results, keep]);
  // After a reload the newest kept run shows with its trials and seed: Run then repeats that setup
  // instead of silently running another. Once, and only over settings nobody has changed yet.
  const { latest } = history;
  const fromKept = useRef(false);
  useEffect(() => {
    if (fromKept.current || latest === null) return;
    fromKept.current = true;
    setSettings((s) =>
      s.trials === DEFAULT_RUN_SETTINGS.trials && s.seed === DEFAULT_RUN_SETTINGS.seed
        ? { ...s, trials: latest.trials, seed: latest.seed }
        : s,
    );
  }, [latest]);
  return { simulation, settings, updateSettings, run, ranModel, history };
}
