import { useCallback, useEffect, useRef, useState } from 'react';
import { Contract } from '../../engine/contract';
import { OutcomeModel } from '../../engine/outcomeModel';
import { LoadedModel, SaveOptions, WorkbookOperations } from '../../workbook/workbookOperations';
import { newContract } from '../editor/newContract';
import { failureNotice, gridBandsNotice, NOT_EMPTY_REASON, SAMPLE_INSERTED, savedNotice, STARTED_FRESH } from './sessionNotices';
import { INITIAL_SESSION, SessionState } from './sessionState';
import { withGridBands } from './withGridBands';

export interface WorkbookSession extends SessionState {
  /** Reads the workbook again after reading it failed. */
  retryLoad(): void;
  write(contract: Contract): void;
  overwriteGrid(contract: Contract): void;
  /** Takes the grid's bands for the levels edited there, keeping the user's other edits. */
  takeGridBands(contract: Contract): void;
  insertSample(): void;
  startFresh(): void;
}

/** Loading and saving the model; the editor's contract is replaced only by what the workbook returns. */
export function useWorkbookSession(operations: WorkbookOperations, replaceContract: (contract: Contract) => void): WorkbookSession {
  const [state, setState] = useState(INITIAL_SESSION);
  const live = useRef(true);
  const patch = useCallback((changes: Partial<SessionState>) => {
    if (live.current) setState((s) => ({ ...s, ...changes }));
  }, []);

  const applyLoaded = useCallback(
    (loaded: LoadedModel) => {
      if (loaded.kind === 'invalid') return patch({ phase: 'invalid', invalidMessage: loaded.message, previous: null, conflict: null });
      if (live.current) replaceContract(loaded.kind === 'ok' ? loaded.model.contract : newContract());
      patch({
        phase: 'ready',
        previous: loaded.kind === 'ok' ? loaded.model : null,
        invalidMessage: null,
        conflict: null,
        notice: loaded.kind === 'ok' ? gridBandsNotice(loaded.bandsFromGrid, loaded.gridProblems) : null,
      });
    },
    [patch, replaceContract],
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
      const [loaded, empty] = await Promise.all([operations.loadModel(), operations.isWorkbookEmpty()]);
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

  const save = (contract: Contract, options?: SaveOptions) => {
    // Guarded here as well as on the button: an unreadable or unread stored model is never overwritten unasked.
    if (state.phase !== 'ready') return;
    void run('write to the workbook', async () => {
      const model: OutcomeModel = { ...state.previous, contract };
      const result = await operations.saveModel(model, state.previous, options);
      if (result.kind === 'conflict') return patch({ conflict: { serviceLevels: result.serviceLevels, problems: result.gridProblems ?? [] } });
      patch({ previous: model, conflict: null, workbookEmpty: false, notice: savedNotice(result.changes.length) });
    });
  };

  return {
    ...state,
    retryLoad: () => void load(),
    write: (contract) => save(contract),
    overwriteGrid: (contract) => save(contract, { overwriteGridEdits: true }),
    takeGridBands: (contract) =>
      void run('read the workbook', async () => {
        const loaded = await operations.loadModel();
        if (loaded.kind !== 'ok') return applyLoaded(loaded);
        replaceContract(withGridBands(contract, loaded.model.contract, loaded.bandsFromGrid));
        patch({ previous: loaded.model, conflict: null, notice: gridBandsNotice(loaded.bandsFromGrid, loaded.gridProblems) });
      }),
    insertSample: () =>
      void run('insert the sample model', async () => {
        if (!(await operations.isWorkbookEmpty())) return patch({ workbookEmpty: false, notice: { intent: 'warning', text: NOT_EMPTY_REASON } });
        const model = await operations.insertSampleModel();
        replaceContract(model.contract);
        patch({ phase: 'ready', previous: model, invalidMessage: null, conflict: null, workbookEmpty: false, notice: SAMPLE_INSERTED });
      }),
    startFresh: () => {
      replaceContract(newContract());
      patch({ phase: 'ready', previous: null, invalidMessage: null, notice: STARTED_FRESH });
    },
  };
}
