import { runBatched } from './batchedOperation';
import { copyOfficeWorkbook } from './officeCopy';
import { queueWrite } from './officeQueuedWrites';
import { type RecordedWrite, requestSize } from './recordedWrite';
import { RecordingHost } from './recordingHost';
import { type WorkbookHost } from './workbookHost';

/**
 * Excel's side of a batched operation (batchedOperation.ts): the copy in three round trips, the
 * changes in one. On Excel on the web every sync is a request to the server and a request may not
 * pass 5 MB, so a batch larger than REQUEST_BYTES (UTF-8) is sent in several syncs.
 */
export const REQUEST_BYTES = 4_000_000;

async function sendToExcel(writes: readonly RecordedWrite[]): Promise<void> {
  await Excel.run(async (context) => {
    let pending = 0;
    for (const write of writes) {
      const size = requestSize(write);
      if (pending > 0 && pending + size > REQUEST_BYTES) {
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

/**
 * The copy reads print settings (ExcelApi 1.9) and names' formulas (1.7); an older Excel runs the
 * operation change by change, as before. Outside Office (the tests' Excel) there is no Office object.
 */
function canCopy(): boolean {
  return (
    typeof Office === 'undefined' ||
    Office.context?.requirements?.isSetSupported('ExcelApi', '1.9') === true
  );
}

export async function officeInFewRoundTrips<T>(
  live: WorkbookHost,
  body: (host: WorkbookHost) => Promise<T>,
): Promise<T> {
  if (!canCopy()) return body(live);
  let copy;
  try {
    copy = await copyOfficeWorkbook();
  } catch {
    // A workbook the copy cannot hold (a table with a totals row, a name Excel allows and the
    // copy does not, an address it cannot read): change by change, as before.
    return body(live);
  }
  const recorder = new RecordingHost(copy.host, copy.ensureLoaded);
  const overflowed = () => copy.beyond() !== null;
  return runBatched({ recorder, send: sendToExcel, live, overflowed }, body);
}
