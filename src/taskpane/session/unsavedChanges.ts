import { type OutcomeModel } from '../../engine/terms/outcomeModel';
import { sameData } from '../../engine/terms/sameData';

/**
 * What the pane holds that the workbook does not: null when the model is what was last read or
 * written, otherwise a line for the toolbar (Excel drops the pane's state when it closes).
 */
export function unsavedChangesText(
  model: OutcomeModel,
  inWorkbook: OutcomeModel | null,
): string | null {
  if (inWorkbook === null) return 'Not in the workbook yet: Write to workbook keeps it.';
  return sameData(model, inWorkbook) ? null : 'Unsaved changes: Write to workbook keeps them.';
}
