import { putBack } from './allOrNothing';
import { type RecordedWrite } from './recordedWrite';
import { type RecordingHost } from './recordingHost';
import { type WorkbookHost } from './workbookHost';
import { RollbackHost } from './rollbackHost';
import { JournalingHost } from './writeJournal';

/**
 * One workbook operation in few round trips: it runs against a copy of the workbook
 * (recordingHost.ts), its changes go to the workbook in one batch, and a batch the workbook
 * refuses part-way is put back, change by change, from what the copy held before. Excel applies
 * a batch's commands in order and stops at the first it refuses, so the tidying that must follow
 * a complete write (deleting replaced charts and emptied sheets, showing a sheet) is a second
 * batch, sent only after the first succeeded; its failure, as in allOrNothing, leaves the write.
 */
export interface BatchTarget {
  /** The copy the operation reads and changes. */
  readonly recorder: RecordingHost;
  /** Makes the recorded changes in the workbook; throws when the workbook refused one. */
  send(writes: readonly RecordedWrite[]): Promise<void>;
  /** The workbook itself, change by change: where a refused batch is put back. */
  readonly live: WorkbookHost;
  /**
   * True when the operation touched more than the copy holds: nothing has been sent, and the
   * operation runs again on the workbook itself, change by change.
   */
  readonly overflowed?: () => boolean;
}

/** A host whose calls go to whichever host it points at: the copy while recording, the workbook while putting back. */
function redirectable(first: WorkbookHost): { host: WorkbookHost; to(next: WorkbookHost): void } {
  let current = first;
  const host = new Proxy({} as WorkbookHost, {
    get: (_target, key) => {
      const member = (current as unknown as Record<string | symbol, unknown>)[key];
      return typeof member === 'function' ? member.bind(current) : member;
    },
    has: (_target, key) => key in current,
  });
  return { host, to: (next) => (current = next) };
}

export async function runBatched<T>(
  target: BatchTarget,
  body: (host: WorkbookHost) => Promise<T>,
): Promise<T> {
  const redirect = redirectable(target.recorder);
  // The journal keeps, from the copy, how to put back each change; and on commit the charts it set
  // aside and the sheets it emptied are deleted, and the sheet to show shown, in the tidying batch.
  const journal = new JournalingHost(redirect.host);
  // A throw here has sent nothing: the copy and its records are dropped.
  let result: T;
  try {
    result = await body(journal);
  } catch (e) {
    if (target.overflowed?.()) return body(target.live);
    throw e;
  }
  if (target.overflowed?.()) return body(target.live);
  const writes = target.recorder.take();
  if (writes.length > 0) {
    try {
      await target.send(writes);
    } catch (e) {
      // Excel made the changes before the one it refused: the journal's undos put each back
      // where it stands, and skip what a change never reached (rollbackHost.ts).
      redirect.to(new RollbackHost(target.live));
      await putBack(journal, e);
    }
  }
  await journal.commit();
  const tidy = target.recorder.take();
  // Excel stops a batch at the first change it refuses (a sheet it will not delete): the rest
  // are then tried one by one, so one refusal does not leave every replaced chart in place.
  if (tidy.length > 0)
    await target.send(tidy).catch(async () => {
      for (const write of tidy) await target.send([write]).catch(() => undefined);
    });
  return result;
}

/** Runs `body` in few round trips where the host can (Excel), as it is elsewhere. */
export function inFewRoundTrips<T>(
  host: WorkbookHost,
  body: (host: WorkbookHost) => Promise<T>,
): Promise<T> {
  return host.inFewRoundTrips ? host.inFewRoundTrips(body) : body(host);
}
