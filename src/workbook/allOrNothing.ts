import { JournalingHost } from './writeJournal';
import { type WorkbookHost } from './workbookHost';

/**
 * Runs one write (save the model, results, a statement, actuals, trends) so that it either
 * completes or leaves the workbook as it was: every change is journalled, and a failure part-way
 * puts back what was changed before the error reaches the pane.
 */
export async function allOrNothing<T>(
  host: WorkbookHost,
  write: (host: WorkbookHost) => Promise<T>,
): Promise<T> {
  const journal = new JournalingHost(host);
  let result: T;
  try {
    result = await write(journal);
  } catch (e) {
    return putBack(journal, e);
  }
  await journal.commit();
  return result;
}

/** Undoes what the write changed and throws `error`, saying whether the workbook is as it was. */
export async function putBack(journal: JournalingHost, error: unknown): Promise<never> {
  const reason = error instanceof Error ? error.message : String(error);
  const changed = journal.changes;
  try {
    await journal.rollBack();
  } catch (undo) {
    const why = undo instanceof Error ? undo.message : String(undo);
    throw new Error(
      `${reason} The write stopped part-way and the workbook could not be fully put back (${why}); check it, or close it without saving.`,
    );
  }
  throw new Error(
    changed > 0 ? `${reason} Nothing was changed: the workbook is as it was.` : reason,
  );
}
