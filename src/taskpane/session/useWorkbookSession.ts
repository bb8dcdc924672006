import { useCallback, useEffect, useRef, useState } from 'react';
import { type OutcomeModel } from '../../engine/terms/outcomeModel';
import { restoredSummary } from '../../workbook/contractSheetReader';
import { type ResultsFocus, type ScenarioRunResults } from '../../runs/scenarioResults';
import {
  type LoadedModel,
  type SaveOptions,
  type WorkbookOperations,
} from '../../workbook/workbookOperations';
import { newContract } from '../editor/newContract';
import {
  DRAFT_DISCARDED,
  draftRestoredNotice,
  failureNotice,
  gridBandsNotice,
  negotiationDataRemovedNotice,
  NOT_EMPTY_REASON,
  resultsWrittenNotice,
  SAMPLE_INSERTED,
  savedNotice,
  STARTED_FRESH,
  withMore,
} from './sessionNotices';
import { removalBlocker } from './removalBlocker';
import { INITIAL_SESSION, type SessionState } from './sessionState';
import { useStoredModelWatch } from './useStoredModelWatch';
import { withGridBands } from './withGridBands';

export interface WorkbookSession extends SessionState {
  /** Reads the workbook again after reading it failed. */
  retryLoad(): void;
  write(model: OutcomeModel): void;
  overwriteGrid(model: OutcomeModel): void;
  /** Takes the grid's bands for the levels edited there, keeping the user's other edits. */
  takeGridBands(model: OutcomeModel): void;
  insertSample(): void;
  startFresh(): void;
  /** Drops the edits restored from a draft and goes back to the workbook's model. */
  discardDraft(): void;
  /**
   * Rebuilds the model from the workbook tables when the stored one cannot be read, and says what
   * it restored (or why it could not); nothing is written until the user writes.
   */
  restoreFromTables(): void;
  /** Writes a simulation run to the OM_Scenarios sheet. */
  writeResults(results: ScenarioRunResults, focus: ResultsFocus): void;
  /** Writes over a model written elsewhere since this pane read it (the user chose to). */
  overwriteNewer(model: OutcomeModel): void;
  /** Reads the workbook's newer model, dropping this pane's unwritten edits (the user chose to). */
  reloadNewer(): void;
  /** Keeps editing; the next write asks again. */
  keepEditing(): void;
  /** Keeps only the contract in the workbook and edits it; refused while `model` has unwritten edits. */
  removeNegotiationData(model: OutcomeModel): void;
}

/** Loading and saving the model; the editor's model is replaced only by what the workbook returns. */
export function useWorkbookSession(
  operations: WorkbookOperations,
  replaceModel: (model: OutcomeModel) => void,
): WorkbookSession {
  const [state, setState] = useState(INITIAL_SESSION);
  const live = useRef(true);
  const patch = useCallback((changes: Partial<SessionState>) => {
    if (live.current) setState((s) => ({ ...s, ...changes }));
  }, []);

  const applyLoaded = useCallback(
    (loaded: LoadedModel) => {
      const revision = loaded.revision ?? null;
      if (loaded.kind === 'invalid')
        return patch({
          phase: 'invalid',
          invalidMessage: loaded.message,
          previous: null,
          conflict: null,
          revision,
          newerModel: null,
        });
      const stored = loaded.kind === 'ok' ? loaded.model : null;
      const fromGrid = loaded.kind === 'ok' ? loaded.bandsFromGrid : [];
      const gridNotice =
        loaded.kind === 'ok' ? gridBandsNotice(loaded.bandsFromGrid, loaded.gridProblems) : null;
      // Edits kept from a pane that closed before they were written come back as they were left,
      // except for bands edited on the sheet since: the grid wins there, as it does on every load.
      const draft = loaded.draft ?? null;
      const draftModel =
        draft && stored && fromGrid.length > 0
          ? {
              ...draft.model,
              contract: withGridBands(draft.model.contract, stored.contract, fromGrid),
            }
          : draft?.model;
      const editing = draftModel ?? stored ?? { contract: newContract() };
      if (live.current) replaceModel(editing);
      patch({
        phase: 'ready',
        previous: stored,
        base: editing,
        invalidMessage: null,
        conflict: null,
        revision,
        newerModel: null,
        notice: draft
          ? withMore(draftRestoredNotice(draft.savedAt, stored !== null), gridNotice)
          : gridNotice,
      });
    },
    [patch, replaceModel],
  );

  /** Runs one workbook call; a failure becomes a message, never a silent console line. Resolves to success. */
  const run = useCallback(
    async (doing: string, task: () => Promise<void>): Promise<boolean> => {
      patch({ busy: true, notice: null });
      try {
        await task();
        return true;
      } catch (error) {
        patch({ notice: failureNotice(doing, error) });
        return false;
      } finally {
        patch({ busy: false });
      }
    },
    [patch],
  );

  const load = useCallback(async () => {
    patch({ phase: 'loading' });
    const loadedOk = await run('read the workbook', async () => {
      const [loaded, empty] = await Promise.all([
        operations.loadModel(),
        operations.isWorkbookEmpty(),
      ]);
      applyLoaded(loaded);
      patch({ workbookEmpty: empty });
    });
    if (!loadedOk) patch({ phase: 'unavailable' });
  }, [operations, run, applyLoaded, patch]);

  useEffect(() => {
    live.current = true;
    void load();
    return () => {
      live.current = false;
    };
  }, [load]);

  const writing = useStoredModelWatch(operations, state.revision, (savedAt) =>
    patch({ newerModel: { savedAt, atWrite: false } }),
  );

  const save = (model: OutcomeModel, options: SaveOptions = {}, overwriteNewer = false) => {
    // Guarded here as well as on the button: an unreadable or unread stored model is never overwritten unasked.
    if (state.phase !== 'ready') return;
    // A model written elsewhere since this pane read it is overwritten only when the user says so.
    void run('write to the workbook', async () => {
      let previous = state.previous;
      let expectedRevision = state.revision ?? undefined;
      if (overwriteNewer) {
        // The change log records what this write changes in the model it replaces: theirs.
        const newer = await operations.loadModel();
        if (newer.kind === 'ok') previous = newer.model;
        expectedRevision = newer.revision;
      }
      writing.current = true;
      const result = await operations
        .saveModel(model, previous, { ...options, expectedRevision })
        .finally(() => {
          writing.current = false;
        });
      if (result.kind === 'stale')
        return patch({ newerModel: { savedAt: result.current.savedAt, atWrite: true } });
      if (result.kind === 'conflict')
        return patch({
          conflict: { serviceLevels: result.serviceLevels, problems: result.gridProblems ?? [] },
        });
      patch({
        previous: model,
        base: model,
        conflict: null,
        newerModel: null,
        revision: result.revision,
        workbookEmpty: false,
        notice: savedNotice(result.changes.length),
      });
    });
  };

  return {
    ...state,
    retryLoad: () => void load(),
    write: (model) => save(model),
    overwriteGrid: (model) => save(model, { overwriteGridEdits: true }),
    takeGridBands: (model) =>
      void run('read the workbook', async () => {
        const loaded = await operations.loadModel();
        if (loaded.kind !== 'ok') return applyLoaded(loaded);
        replaceModel({
          ...model,
          contract: withGridBands(model.contract, loaded.model.contract, loaded.bandsFromGrid),
        });
        patch({
          previous: loaded.model,
          base: loaded.model,
          revision: loaded.revision ?? null,
          conflict: null,
          notice: gridBandsNotice(loaded.bandsFromGrid, loaded.gridProblems),
        });
      }),
    insertSample: () =>
      void run('insert the sample model', async () => {
        if (!(await operations.isWorkbookEmpty()))
          return patch({
            workbookEmpty: false,
            notice: { intent: 'warning', text: NOT_EMPTY_REASON },
          });
        const model = await operations.insertSampleModel();
        replaceModel(model);
        patch({
          phase: 'ready',
          previous: model,
          base: model,
          revision: await operations.storedRevision(),
          newerModel: null,
          invalidMessage: null,
          conflict: null,
          workbookEmpty: false,
          notice: SAMPLE_INSERTED,
        });
      }),
    startFresh: () => {
      const fresh = { contract: newContract() };
      replaceModel(fresh);
      patch({
        phase: 'ready',
        previous: null,
        base: fresh,
        invalidMessage: null,
        notice: STARTED_FRESH,
      });
    },
    discardDraft: () =>
      void run('discard the kept edits', async () => {
        await operations.discardDraft();
        const back = state.previous ?? { contract: newContract() };
        replaceModel(back);
        patch({ base: back, notice: DRAFT_DISCARDED });
      }),
    restoreFromTables: () =>
      void run('restore from the workbook tables', async () => {
        const result = await operations.restoreFromWorkbookTables();
        if (result.kind === 'invalid')
          return patch({ notice: { intent: 'error', text: result.message } });
        replaceModel(result.model);
        // Read from the workbook: the base of the change log and of the check for grid edits.
        patch({
          phase: 'ready',
          previous: result.model,
          base: result.model,
          invalidMessage: null,
          conflict: null,
          notice: { intent: 'info', text: restoredSummary(result.model.contract) },
        });
      }),
    overwriteNewer: (model) => save(model, {}, true),
    reloadNewer: () => void load(),
    keepEditing: () => patch({ newerModel: null }),
    removeNegotiationData: (model) => {
      if (removalBlocker(state, model) !== null || state.revision === null) return;
      const expected = state.revision;
      void run('remove the negotiation data', async () => {
        writing.current = true;
        const result = await operations.removeNegotiationData(expected).finally(() => {
          writing.current = false;
        });
        if (result.kind === 'stale')
          return patch({ newerModel: { savedAt: result.current.savedAt, atWrite: true } });
        // The editor takes the contract alone, so the next write does not put the proposals back.
        if (result.model) replaceModel(result.model);
        patch({
          previous: result.model,
          base: result.model ?? state.base,
          revision: result.revision,
          conflict: null,
          newerModel: null,
          notice: negotiationDataRemovedNotice(result.removed),
        });
      });
    },
    writeResults: (results, focus) =>
      void run('write the results to the workbook', async () => {
        patch({
          notice: resultsWrittenNotice(await operations.writeScenarioResults(results, focus)),
        });
      }),
  };
}
