import { type OutcomeModel } from '../../engine/terms/outcomeModel';
import { type StoredRevision } from '../../workbook/storedRevision';
import { type Notice } from './sessionNotices';

/** "unavailable": reading the workbook failed, so nothing is known about what writing would replace. */
export type SessionPhase = 'loading' | 'ready' | 'invalid' | 'unavailable';

export interface GridConflict {
  /** Names of the service levels whose band tables differ. */
  readonly serviceLevels: readonly string[];
  /** Band tables that could not be read at all. */
  readonly problems: readonly string[];
}

/** The workbook holds a model written elsewhere (another pane, a co-author) since this pane read it. */
export interface NewerModel {
  /** When the newer model was written, when known. */
  readonly savedAt: string | null;
  /** Whether a write found it (and so wrote nothing), rather than a change notification. */
  readonly atWrite: boolean;
}

export interface SessionState {
  readonly phase: SessionPhase;
  readonly busy: boolean;
  /** The model as last read or written: the base the change log compares against. */
  readonly previous: OutcomeModel | null;
  /**
   * The model the editor started from after the last read, write or reset: edits beyond it are
   * kept in the workbook as a draft. Unlike `previous` it is set for a contract not yet written.
   */
  readonly base: OutcomeModel | null;
  readonly invalidMessage: string | null;
  /** Bands edited in the grid since the pane read them: a save is waiting for the user's choice. */
  readonly conflict: GridConflict | null;
  readonly notice: Notice | null;
  readonly workbookEmpty: boolean;
  /** Which stored model the pane read or wrote last: a write expects to find it still there. */
  readonly revision: StoredRevision | null;
  readonly newerModel: NewerModel | null;
}

export const INITIAL_SESSION: SessionState = {
  phase: 'loading',
  busy: false,
  previous: null,
  base: null,
  invalidMessage: null,
  conflict: null,
  notice: null,
  workbookEmpty: false,
  revision: null,
  newerModel: null,
};
