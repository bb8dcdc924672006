import { useCallback, useEffect, useRef, useState } from 'react';
import { type OutcomeModel } from '../../engine/terms/outcomeModel';
import { sameData } from '../../engine/terms/sameData';
import { modelFingerprint } from '../../runs/modelFingerprint';
import { type ScenarioRunResults } from '../../runs/scenarioResults';
import type {
  KeptRun,
  RunHistory,
  RunHistoryOperations,
  RunModelVersion,
} from '../../workbook/keptRun';
import { type StoredRevision } from '../../workbook/storedRevision';

/** What the pane needs to keep its runs in the workbook. */
export interface RunKeeping {
  /** Absent: the workbook keeps no runs (the history section says so). */
  readonly operations?: RunHistoryOperations;
  /** The stored model the pane read, and the model written there (to tell unwritten edits). */
  readonly revision: StoredRevision | null;
  readonly written: OutcomeModel | null;
}

export interface RunHistoryState {
  readonly available: boolean;
  /** The kept runs; null until read (or when they could not be read). */
  readonly history: RunHistory | null;
  /** The newest kept run with its results: what the Compare tab shows before this pane runs. */
  readonly latest: KeptRun | null;
  /** Why the history could not be read, or the last run not kept; null when all went well. */
  readonly problem: string | null;
  /** Which model a run of `model` is, now: called when the run starts. */
  versionOf(model: OutcomeModel): RunModelVersion;
  /** Keeps a finished run, quietly; a failure becomes `problem`, the results still show. */
  keep(results: ScenarioRunResults, version: RunModelVersion, analysesCancelled: boolean): void;
  read(id: string): Promise<KeptRun | null>;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The run history in the workbook: read when the pane opens, added to after each run. */
export function useRunHistory({ operations, revision, written }: RunKeeping): RunHistoryState {
  const [history, setHistory] = useState<RunHistory | null>(null);
  const [latest, setLatest] = useState<KeptRun | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const live = useRef(true);

  const refresh = useCallback(async () => {
    if (!operations) return;
    const read = await operations.list();
    if (!live.current) return;
    setHistory(read);
    const newest = read.runs[0];
    const run = newest ? await operations.read(newest.id) : null;
    if (live.current) setLatest(run);
  }, [operations]);

  useEffect(() => {
    live.current = true;
    refresh().catch((e: unknown) => {
      if (live.current) setProblem(`The run history could not be read: ${messageOf(e)}`);
    });
    return () => {
      live.current = false;
    };
  }, [refresh]);

  const versionOf = useCallback(
    (model: OutcomeModel): RunModelVersion => ({
      revision,
      unwrittenEdits: written === null || !sameData(model, written),
      fingerprint: modelFingerprint(model),
    }),
    [revision, written],
  );

  const keep = useCallback(
    (results: ScenarioRunResults, version: RunModelVersion, analysesCancelled: boolean) => {
      if (!operations) return;
      operations
        .keep({ results, model: version, analysesCancelled })
        .then(async (summary) => {
          if (!live.current) return;
          setProblem(null);
          setLatest({ ...summary, results });
          const read = await operations.list();
          if (live.current) setHistory(read);
        })
        .catch((e: unknown) => {
          if (live.current)
            setProblem(
              `This run was not kept in the workbook: ${messageOf(e)} Its results still show.`,
            );
        });
    },
    [operations],
  );

  const read = useCallback(
    (id: string) => (operations ? operations.read(id) : Promise.resolve(null)),
    [operations],
  );

  return {
    available: operations !== undefined,
    history,
    latest,
    problem,
    versionOf,
    keep,
    read,
  };
}
