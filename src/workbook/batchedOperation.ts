import { putBack } from './allOrNothing';
import { type RecordedWrite } from './recordedWrite';
import { type RecordingHost } from './recordingHost';
import { type WorkbookHost } from './workbookHost';
import { JournalingHost } from './writeJournal';

/**
 * One workbook operation in few round trips: it runs against a copy of the workbook
 * (recordingHost.ts), its changes go to the workbook in one batch, and a batch the workbook
 * refuses part-way is put back to what the copy held before (touchedBefore.ts). Excel applies a batch's commands in
 * order and stops at the first it refuses, so the tidying that must follow a complete write
 * (deleting replaced charts and emptied sheets, showing a sheet) is a second batch, sent only
 * after the first succeeded; its failure, as in allOrNothing, leaves the write in place.
 */
export interface BatchTarget {
  /** The copy the operation reads and changes. */
  readonly recorder: RecordingHost;
  /** Makes the recorded changes in the workbook; throws when the workbook refused one. */
  send(writes: readonly RecordedWrite[]): Promise<void>;
  /** The workbook itself, change by change: where a refused batch is put back. */
  readonly live: WorkbookHost;
}

export async function runBatched<T>(
  target: BatchTarget,
  body: (host: WorkbookHost) => Promise<T>,
): Promise<T> {
  // The journal's part here is its commit: charts it replaced are set aside and sheets it deletes
  // emptied during the batch, and both deleted, with the sheet to show shown, in the tidying batch.
  const journal = new JournalingHost(target.recorder);
  // A throw here has sent nothing: the copy and its records are dropped.
  const result = await body(journal);
  const writes = target.recorder.take();
  if (writes.length > 0) {
    try {
      await target.send(writes);
    } catch (e) {
      const touched = target.recorder.touched;
      await putBack({ changes: writes.length, rollBack: () => touched.putBack(target.live) }, e);
    }
  }
  await journal.commit();
  const tidy = target.recorder.take();
  if (tidy.length > 0) await target.send(tidy).catch(() => undefined);
  return result;
}

/** Runs `body` in few round trips where the host can (Excel), as it is elsewhere. */
export function inFewRoundTrips<T>(
  host: WorkbookHost,
  body: (host: WorkbookHost) => Promise<T>,
): Promise<T> {
  return host.inFewRoundTrips ? host.inFewRoundTrips(body) : body(host);
}
