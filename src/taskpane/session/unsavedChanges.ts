import { type OutcomeModel } from '../../engine/terms/outcomeModel';

/** Plain data compared by value, whatever the order of object keys. */
function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

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
