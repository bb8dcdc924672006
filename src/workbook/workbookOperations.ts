import { type OutcomeModel } from '../engine/terms/outcomeModel';
import { type BandRow } from '../engine/rules/bands';
import type {
  ResultsFocus,
  ScenarioRunResults,
  ScenarioSheetReport,
} from '../runs/scenarioResults';
import type { ServiceReviewOperations } from './serviceReviewOperations';
import type { ModelDraft } from './modelDraft';
import type { RemovalResult, WorkbookContents } from './negotiationData';
import type { StoredRevision } from './storedRevision';
import type { TermDifferencesSheetData, TermDifferencesSheetReport } from './termDifferencesSheet';
import type { RunHistoryOperations } from './keptRun';
import type { ShareOperations } from './share/shareOperations';

/**
 * What the task pane can do to the workbook. Components receive these operations as props;
 * `createWorkbookOperations(host)` builds them on top of any WorkbookHost (Office or in-memory).
 */

/** Result of reading the stored model. "invalid" is never overwritten without the user's choice. */
export type LoadedModel = (
  | { readonly kind: 'none'; readonly draft?: ModelDraft | null }
  | {
      readonly kind: 'ok';
      /** Edits made in the pane and not written, when they differ from the stored model. */
      readonly draft?: ModelDraft | null;
      readonly model: OutcomeModel;
      /** Service levels (names) whose band tables were edited in the grid and read back into the model. */
      readonly bandsFromGrid: readonly string[];
      /** Band tables that could not be read (text where a number belongs); their bands were kept from the stored model. */
      readonly gridProblems?: readonly string[];
    }
  | { readonly kind: 'invalid'; readonly message: string }
) & {
  /** Which stored model was read: a save checks it is still the one in the workbook. */
  readonly revision?: StoredRevision;
};

/** One line of the negotiation's audit trail. */
export interface ChangeLogEntry {
  readonly time: string; // ISO 8601
  readonly serviceLevel: string; // "" for contract-wide terms
  readonly field: string;
  readonly oldValue: string;
  readonly newValue: string;
}

export type SaveResult =
  | {
      readonly kind: 'saved';
      readonly changes: readonly ChangeLogEntry[];
      /** The stored model now in the workbook: the next save expects it. */
      readonly revision: StoredRevision;
    }
  /** Another pane or a co-author wrote the model since it was read; nothing was written. */
  | { readonly kind: 'stale'; readonly current: StoredRevision }
  /** Band tables were edited in the grid since the pane last read them; nothing was written. */
  | {
      readonly kind: 'conflict';
      /** Names of the service levels whose band tables differ from `previous`. */
      readonly serviceLevels: readonly string[];
      /** The grid's band rows, keyed by service level id (tables that could not be read are absent). */
      readonly gridBands: Readonly<Record<string, readonly BandRow[]>>;
      /** Why some band tables could not be read. */
      readonly gridProblems?: readonly string[];
    };

/** A model rebuilt from the Contract sheet's tables, or why they could not be read. */
export type RestoredModel =
  | { readonly kind: 'ok'; readonly model: OutcomeModel }
  | { readonly kind: 'invalid'; readonly message: string };

export interface SaveOptions {
  /** Overwrite band tables even if they were edited in the grid. */
  readonly overwriteGridEdits?: boolean;
  /**
   * The stored model the pane read: when the workbook holds another one now, nothing is written
   * and the result is "stale". Absent: no check (the user chose to write over the newer model).
   */
  readonly expectedRevision?: StoredRevision;
}

export interface WorkbookOperations {
  /** Reads the stored model and merges band edits made directly in the grid. */
  loadModel(): Promise<LoadedModel>;
  /**
   * Saves the model in the workbook, writes the Contract sheet tables and appends what changed
   * since `previous` to the OM_ChangeLog table; the draft of unwritten edits is then cleared.
   */
  saveModel(
    model: OutcomeModel,
    previous: OutcomeModel | null,
    options?: SaveOptions,
  ): Promise<SaveResult>;
  /** Keeps the pane's unwritten edits in the workbook, so closing the pane or a reload loses nothing. */
  saveDraft(model: OutcomeModel): Promise<void>;
  /** Forgets the kept edits (the user chose the workbook's model over them). */
  discardDraft(): Promise<void>;
  /** Which stored model the workbook holds now. */
  storedRevision(): Promise<StoredRevision>;
  /**
   * Calls `listener` when the stored model may have changed (another pane, a co-author); returns
   * the function that stops listening. Absent where the host cannot tell.
   */
  onStoredModelChanged?(listener: () => void): Promise<() => void>;
  /** Builds the sample workbook (Contract, Performance, Summary sheets) and returns its model, already saved. */
  insertSampleModel(): Promise<OutcomeModel>;
  /** Whether the workbook has any sheet with content besides the empty default sheet (the sample needs an empty workbook). */
  isWorkbookEmpty(): Promise<boolean>;
  /**
   * Rebuilds the model from the Contract sheet's tables (terms, OM_ServiceLevels, Bands_ tables),
   * the way back when the stored model cannot be read. Writes nothing: the stored model is replaced
   * only when the user then saves. Gain share, scenarios and proposals are not in those tables.
   */
  restoreFromWorkbookTables(): Promise<RestoredModel>;
  /**
   * Writes a simulation run to the OM_Scenarios sheet as tables and native charts (the histogram
   * shows `focus`), replacing what an earlier run wrote there, and shows the sheet.
   */
  writeScenarioResults(
    results: ScenarioRunResults,
    focus: ResultsFocus,
  ): Promise<ScenarioSheetReport>;
  /**
   * What the workbook carries to whoever receives the file: the stored model's size, proposals
   * and scenarios, the change log, results sheet and draft; an unreadable stored model is said so.
   */
  workbookContents(): Promise<WorkbookContents>;
  /**
   * Keeps the contract and the service review and removes the negotiation: the proposals and
   * scenarios of the stored model, the OM_ChangeLog, OM_Scenarios and OM_RunHistory sheets and the draft, all or
   * nothing. Over a stored model other than `expectedRevision` it removes nothing ("stale");
   * refuses (throws) when the stored model cannot be read.
   */
  removeNegotiationData(expectedRevision: StoredRevision): Promise<RemovalResult>;
  /**
   * Writes a term-by-term comparison to the OM_TermDifferences sheet, replacing what an earlier
   * write put there, and shows the sheet.
   */
  writeTermDifferences(data: TermDifferencesSheetData): Promise<TermDifferencesSheetReport>;
  /** Service review: actuals import, monthly statements, annual ratchet proposal, trends. */
  readonly serviceReview: ServiceReviewOperations;
  /** Sharing with the other side: a separate file of what the user chose; absent where no file can be delivered. */
  readonly share?: ShareOperations;
  /** The Compare runs kept in the workbook (a hidden OM_RunHistory sheet); absent: runs are not kept. */
  readonly runHistory?: RunHistoryOperations;
}
