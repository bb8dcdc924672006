import { runBatched } from '../../../src/workbook/batchedOperation';
import { MemoryWorkbookHost } from '../../../src/workbook/memoryWorkbookHost';
import { type RecordedWrite } from '../../../src/workbook/recordedWrite';
import { RecordingHost } from '../../../src/workbook/recordingHost';
import { type WorkbookHost } from '../../../src/workbook/workbookHost';

/**
 * Test support: makes a recorded change in an in-memory workbook through the host's own methods,
 * so that a batched operation's records can be checked against the same operation run directly.
 */
export async function replayWrite(host: WorkbookHost, write: RecordedWrite): Promise<void> {
  switch (write.kind) {
    case 'addSheet':
      return host.ensureSheet(write.name);
    case 'clearSheet':
      for (const chart of write.charts) await host.deleteChart(write.name, chart);
      return host.clearSheet(write.name, { keepCharts: true });
    case 'deleteSheet':
      return host.deleteSheet(write.name);
    case 'writeRange':
      return host.writeRange(write.sheet, write.topLeft, write.cells, write.numberFormat);
    case 'writeTable':
      return host.writeTable(write.spec);
    case 'appendTableRows':
      return host.appendTableRows(write.name, write.rows);
    case 'renameTable':
      return host.renameTable?.(write.name, write.newName);
    case 'deleteTable':
      return host.deleteTable(write.name);
    case 'defineName':
      return host.defineName(write.name, write.formula);
    case 'deleteName':
      return host.deleteName(write.name);
    case 'writeChart':
      return host.writeChart(write.spec);
    case 'renameChart':
      return host.renameChart(write.sheet, write.name, write.newName);
    case 'deleteChart':
      return host.deleteChart(write.sheet, write.name);
    case 'writeStoredDocument':
      return host.writeStoredDocument(write.key, write.text);
    case 'deleteStoredDocument':
      return host.deleteStoredDocument(write.key);
    case 'setPrintLayout':
      return host.setPrintLayout(write.sheet, write.layout);
    case 'activateSheet':
      return host.activateSheet(write.name);
    case 'hideSheet':
      return host.hideSheet?.(write.name);
  }
}

/**
 * An in-memory workbook whose operations run batched, as on Excel: against a copy, the records
 * then made here one by one. `refuseAt` makes the workbook refuse the n-th change sent (0-based,
 * counting across batches), after making the ones before it, as Excel stops a batch part-way.
 */
export class BatchingMemoryHost extends MemoryWorkbookHost {
  refuseAt: number | null = null;
  sent: RecordedWrite[][] = [];
  private count = 0;

  inFewRoundTrips<T>(body: (host: WorkbookHost) => Promise<T>): Promise<T> {
    const copy = MemoryWorkbookHost.fromState(this.toState());
    return runBatched(
      {
        recorder: new RecordingHost(copy),
        live: this,
        send: async (writes) => {
          this.sent.push([...writes]);
          for (const write of writes) {
            if (this.count++ === this.refuseAt) throw new Error('Excel refused the change.');
            await replayWrite(this, write);
          }
        },
      },
      body,
    );
  }
}
