import { runBatched } from './batchedOperation';
import { copyOfficeWorkbook } from './officeCopy';
import { queueWrite } from './officeQueuedWrites';
import { type RecordedWrite, requestSize } from './recordedWrite';
import { RecordingHost } from './recordingHost';
import { type WorkbookHost } from './workbookHost';

/**
 * Excel's side of a batched operation (batchedOperation.ts): the copy in three round trips, the
 * changes in one. On Excel on the web every sync is a request to the server and a request may not
 * pass 5 MB, so a batch larger than REQUEST_CHARS is sent in several syncs.
 */
export const REQUEST_CHARS = 4_000_000;

async function sendToExcel(writes: readonly RecordedWrite[]): Promise<void> {
  await Excel.run(async (context) => {
    let pending = 0;
    for (const write of writes) {
      const size = requestSize(write);
      if (pending > 0 && pending + size > REQUEST_CHARS) {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a request may not pass 5 MB
        await context.sync();
        pending = 0;
      }
      queueWrite(context, write);
      pending += size;
    }
    await context.sync();
  });
}

export async function officeInFewRoundTrips<T>(
  live: WorkbookHost,
  body: (host: WorkbookHost) => Promise<T>,
): Promise<T> {
  let copy;
  try {
    copy = await copyOfficeWorkbook();
  } catch {
    // A workbook the copy cannot hold (a name Excel allows and the copy does not): change by change, as before.
    return body(live);
  }
  const recorder = new RecordingHost(copy.host, copy.ensureLoaded);
  return runBatched({ recorder, send: sendToExcel, live }, body);
}
