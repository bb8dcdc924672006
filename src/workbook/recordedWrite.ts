import {
  type CellInput,
  type ChartSpec,
  type NumberFormats,
  type PrintLayout,
  type TableSpec,
} from './workbookHost';

/**
 * One change to the workbook, recorded while an operation runs against a copy of the workbook
 * (recordingHost.ts) and sent to Excel later in one batch (officeQueuedWrites.ts). Each record
 * carries what Excel would otherwise have to be asked first (whether a table exists, where it
 * stands, which charts a sheet holds), read from the copy when the change was made, so queuing
 * it needs no round trip.
 */

/** A table as it stood before the change. */
export interface StandingTable {
  readonly sheet: string;
  /** Sheet-local address of the whole table, header row included. */
  readonly address: string;
  readonly headers: readonly string[];
}

export type RecordedWrite =
  | { readonly kind: 'addSheet'; readonly name: string }
  | {
      readonly kind: 'clearSheet';
      readonly name: string;
      readonly tables: readonly string[];
      /** Charts deleted with the sheet's content (none when they are kept). */
      readonly charts: readonly string[];
    }
  | { readonly kind: 'deleteSheet'; readonly name: string }
  | {
      readonly kind: 'writeRange';
      readonly sheet: string;
      readonly topLeft: string;
      readonly cells: readonly (readonly CellInput[])[];
      readonly numberFormat?: NumberFormats;
    }
  | {
      readonly kind: 'writeTable';
      readonly spec: TableSpec;
      readonly existing: StandingTable | null;
    }
  | {
      readonly kind: 'appendTableRows';
      readonly name: string;
      readonly table: StandingTable;
      readonly rows: readonly (readonly CellInput[])[];
      /** The number format of each cell of the table's last data row, given to the new rows. */
      readonly formats: readonly string[];
    }
  | { readonly kind: 'renameTable'; readonly name: string; readonly newName: string }
  | { readonly kind: 'deleteTable'; readonly name: string; readonly table: StandingTable }
  | {
      readonly kind: 'defineName';
      readonly name: string;
      readonly formula: string;
      readonly existed: boolean;
    }
  | { readonly kind: 'deleteName'; readonly name: string }
  | { readonly kind: 'writeChart'; readonly spec: ChartSpec; readonly existed: boolean }
  | {
      readonly kind: 'renameChart';
      readonly sheet: string;
      readonly name: string;
      readonly newName: string;
    }
  | { readonly kind: 'deleteChart'; readonly sheet: string; readonly name: string }
  | { readonly kind: 'writeStoredDocument'; readonly key: string; readonly text: string }
  | { readonly kind: 'deleteStoredDocument'; readonly key: string }
  | { readonly kind: 'setPrintLayout'; readonly sheet: string; readonly layout: PrintLayout }
  | { readonly kind: 'activateSheet'; readonly name: string }
  | { readonly kind: 'hideSheet'; readonly name: string };

const utf8 = new TextEncoder();

/** Bytes of a grid as JSON in UTF-8 (text in Greek or Japanese takes two or three bytes a character). */
function gridBytes(rows: readonly (readonly unknown[])[]): number {
  let sum = 0;
  for (const row of rows) sum += utf8.encode(JSON.stringify(row)).length;
  return sum;
}

/**
 * Roughly how many bytes a change adds to Excel on the web's request, which may not pass 5 MB:
 * its cells and their formats as JSON, and a little for the commands around them.
 */
export function requestSize(write: RecordedWrite): number {
  switch (write.kind) {
    case 'writeRange': {
      const formats =
        write.numberFormat === undefined || typeof write.numberFormat === 'string'
          ? write.cells.reduce((sum, row) => sum + row.length * 10, 0)
          : gridBytes(write.numberFormat);
      return gridBytes(write.cells) + formats + 200;
    }
    case 'writeTable':
      return (
        gridBytes([write.spec.headers, ...write.spec.rows]) +
        gridBytes(write.spec.rows.map(() => write.spec.numberFormats ?? [])) +
        200
      );
    case 'appendTableRows':
      return gridBytes(write.rows) + gridBytes(write.rows.map(() => write.formats)) + 200;
    case 'writeStoredDocument':
      return utf8.encode(JSON.stringify(write.text)).length + 200;
    default:
      return 200;
  }
}
