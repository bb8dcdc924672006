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
    const reason = e instanceof Error ? e.message : String(e);
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
  await journal.commit();
  return result;
}
