import { type OutcomeModel } from '../../engine/terms/outcomeModel';
import { type SessionState } from './sessionState';
import { unsavedChangesText } from './unsavedChanges';

/**
 * Why "Remove negotiation data" is unavailable, or null when it may run; shown next to the button.
 * Unwritten edits stop it: the removal keeps the contract the workbook holds and the pane then
 * edits that, so edits made here would be dropped unasked.
 */
export function removalBlocker(
  { phase, busy, previous }: Pick<SessionState, 'phase' | 'busy' | 'previous'>,
  model: OutcomeModel,
): string | null {
  if (phase === 'loading') return 'Reading the workbook…';
  if (phase !== 'ready')
    return 'The stored model could not be read, so the contract to keep is not known.';
  if (busy) return 'Working with the workbook…';
  if (previous === null) return 'The workbook holds no model yet: there is nothing to remove.';
  if (unsavedChangesText(model, previous) !== null)
    return 'Write or undo your unwritten edits first: removing keeps the contract as the workbook holds it, and the pane then shows that.';
  return null;
}
