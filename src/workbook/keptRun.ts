import type { NamedRef, ScenarioRunResults } from '../runs/scenarioResults';
import type { StoredRevision } from './storedRevision';

/**
 * A Compare run as the workbook keeps it (the run history): its settings, which model it ran,
 * and its results, so the pane can show it again after a reload and set two runs side by side.
 */

/** Which model a run simulated. */
export interface RunModelVersion {
  /** The stored model the pane had read when it ran; null when it had read none. */
  readonly revision: StoredRevision | null;
  /** Whether the pane held edits not yet written to the workbook (so the revision alone is not the model run). */
  readonly unwrittenEdits: boolean;
  /** Fingerprint of the model run (runs/modelFingerprint.ts): equal fingerprints, same model. */
  readonly fingerprint: string;
}

/** What the pane hands over to keep after a run. */
export interface RunToKeep {
  readonly results: ScenarioRunResults;
  readonly model: RunModelVersion;
  /** The run was cancelled during the analyses: the comparison is complete, the analyses absent. */
  readonly analysesCancelled: boolean;
}

/** A kept run without its results: what the history lists. */
export interface KeptRunSummary {
  /** Unique in the workbook; later runs have higher numbers. */
  readonly id: string;
  /** When the run was kept (ISO 8601). */
  readonly keptAt: string;
  readonly seed: number;
  /** Trials per scenario asked for. */
  readonly trials: number;
  /** Over all scenarios: trials asked for and simulated (equal unless the comparison stopped short). */
  readonly requestedTrials: number;
  readonly completedTrials: number;
  readonly analysesCancelled: boolean;
  /** The baseline every difference was measured against (the first proposal). */
  readonly baseline: NamedRef;
  readonly proposals: readonly NamedRef[];
  readonly scenarios: readonly NamedRef[];
  readonly model: RunModelVersion;
}

export interface KeptRun extends KeptRunSummary {
  readonly results: ScenarioRunResults;
}

/** A history row that could not be read: left in the workbook as it is, and reported. */
export interface UnreadableRun {
  /** Row on the history sheet. */
  readonly row: number;
  readonly message: string;
}

export interface RunHistory {
  /** Newest first. */
  readonly runs: readonly KeptRunSummary[];
  readonly unreadable: readonly UnreadableRun[];
  /** How many runs the history keeps before the oldest makes room. */
  readonly limit: number;
}

/** The run history's operations (WorkbookOperations.runHistory). */
export interface RunHistoryOperations {
  /** The kept runs, newest first, and the rows that could not be read. */
  list(): Promise<RunHistory>;
  /** A kept run with its results; null when no run has that id; throws when its row cannot be read. */
  read(id: string): Promise<KeptRun | null>;
  /**
   * Keeps a run, all or nothing; when the history is full the oldest readable run makes room.
   * Throws (writing nothing) when the run cannot be kept: too large, or no room that does not
   * overwrite an unreadable row.
   */
  keep(run: RunToKeep): Promise<KeptRunSummary>;
  /** Removes a kept run; no-op when there is none with that id. */
  remove(id: string): Promise<void>;
}
