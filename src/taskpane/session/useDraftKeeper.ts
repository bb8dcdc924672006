import { useEffect, useRef, useState } from 'react';
import { type OutcomeModel } from '../../engine/terms/outcomeModel';
import { sameData } from '../../engine/terms/sameData';
import { type WorkbookOperations } from '../../workbook/workbookOperations';
import { type SessionPhase } from './sessionState';

/** Long enough not to write on every keystroke, short enough that closing the pane loses nothing. */
export const DRAFT_DELAY_MS = 400;

export interface DraftKeeping {
  /** Why the last draft could not be kept; null when it was (or none was needed). */
  readonly problem: string | null;
  /** Counts the drafts kept or cleared: what the workbook carries changed each time. */
  readonly changes: number;
}

/**
 * Keeps the model the user is editing in the workbook as a draft, a moment after each change, so
 * that closing the pane or reloading it loses nothing. `base` is what the workbook already holds
 * (the model as read, written or restored): a model equal to it needs no draft, and a draft kept
 * earlier in this session is then cleared so it cannot bring back edits the user took back.
 */
export function useDraftKeeper(
  operations: WorkbookOperations,
  model: OutcomeModel,
  base: OutcomeModel | null,
  phase: SessionPhase,
): DraftKeeping {
  const [problem, setProblem] = useState<string | null>(null);
  const [changes, setChanges] = useState(0);
  const kept = useRef(false);
  // One write at a time, in order: a slow write must not land after a newer one.
  const queue = useRef<Promise<void>>(Promise.resolve());
  useEffect(() => {
    if (phase !== 'ready' || base === null) return;
    const unchanged = sameData(model, base);
    if (unchanged && !kept.current) return;
    const timer = setTimeout(() => {
      queue.current = queue.current.then(async () => {
        try {
          if (unchanged) await operations.discardDraft();
          else await operations.saveDraft(model);
          kept.current = !unchanged;
          setProblem(null);
          setChanges((n) => n + 1);
        } catch (error) {
          setProblem(error instanceof Error ? error.message : String(error));
        }
      });
    }, DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [operations, model, base, phase]);
  return { problem, changes };
}
