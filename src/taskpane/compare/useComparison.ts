import { useCallback, useState } from 'react';
import { type OutcomeModel } from '../../engine/terms/outcomeModel';
import { type SimulationRunner } from '../../runs/simulationRunner';
import {
  buildRequest,
  DEFAULT_RUN_SETTINGS,
  type ResolvedSettings,
  type RunSettings,
} from './runSettings';
import { type Simulation, useSimulation } from './useSimulation';

export interface Comparison {
  readonly simulation: Simulation;
  readonly settings: RunSettings;
  readonly updateSettings: (changes: Partial<RunSettings>) => void;
  /** Runs the model as it is now with the settings resolved against it. */
  readonly run: (model: OutcomeModel, resolved: ResolvedSettings) => void;
  /** The model the shown results were computed from (null before the first run). */
  readonly ranModel: OutcomeModel | null;
}

/** Run settings, the running simulation and its results: kept above the tabs, so switching tabs loses nothing. */
export function useComparison(runner: SimulationRunner): Comparison {
  const simulation = useSimulation(runner);
  const [settings, setSettings] = useState<RunSettings>(DEFAULT_RUN_SETTINGS);
  const [ranModel, setRanModel] = useState<OutcomeModel | null>(null);
  const updateSettings = useCallback(
    (changes: Partial<RunSettings>) => setSettings((s) => ({ ...s, ...changes })),
    [],
  );
  const { run: start } = simulation;
  const run = useCallback(
    (model: OutcomeModel, resolved: ResolvedSettings) => {
      setRanModel(model);
      start(buildRequest(model, resolved));
    },
    [start],
  );
  return { simulation, settings, updateSettings, run, ranModel };
}
