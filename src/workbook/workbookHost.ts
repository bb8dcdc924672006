/**
 * The workbook as the add-in sees it: the only surface through which anything reaches Excel.
 * `officeWorkbookHost.ts` implements it with Office.js; `memoryWorkbookHost.ts` keeps a workbook
 * in memory for the browser workbench and tests. Higher-level operations (contract sheet, stored
 * model, change log, sample model) are written once, on top of this interface.
 */

/**
 * What a cell holds when written: a constant, or a formula when a string starts with "=". As when
 * typed in Excel, a leading apostrophe keeps text as text ("'=x" shows =x) and is not part of the value.
 */
export type CellInput = string | number | boolean | null;

/** One number format for every cell, or one per cell row-major (null leaves that cell's format). */
export type NumberFormats = string | readonly (readonly (string | null)[])[];

/** What a cell holds when read: its value ("" for blank). */
export type CellValue = string | number | boolean;

/** A range as written, to put it back exactly: inputs (formulas, not values; null = blank) and number formats. */
export interface RangeContent {
  readonly inputs: readonly (readonly CellInput[])[];
  /** "General" where the cell has no format of its own. */
  readonly formats: readonly (readonly string[])[];
}

export type ChartKind = 'line' | 'columnClustered' | 'barClustered' | 'xyScatterLines';

export interface TableSpec {
  /** Table name, also usable as a reference in formulas (e.g. Bands_Availability). */
  readonly name: string;
  readonly sheet: string;
  /** Top-left cell of the header row, e.g. "A1". */
  readonly topLeft: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellInput[])[];
  /** Optional Excel number format per column (e.g. "0.00%"), same length as headers. */
  readonly numberFormats?: readonly (string | null)[];
}

export interface TableContent {
  readonly name: string;
  readonly sheet: string;
  /** Address of the whole table including the header row, e.g. "A1:B5". */
  readonly address: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
}

export interface ChartSpec {
  /** Chart name, unique per sheet: writing a chart with an existing name replaces it. */
  readonly name: string;
  readonly sheet: string;
  readonly kind: ChartKind;
  readonly title: string;
  /** Source data address on the same sheet, first row = series names, first column = categories. */
  readonly sourceAddress: string;
  /** Where the chart goes, e.g. "H2:P20". */
  readonly placeAt: string;
  /** The value axis's range; absent: Excel's automatic axis. */
  readonly valueAxis?: { readonly minimum: number; readonly maximum: number };
}

/** How a generated sheet prints: its print area, orientation, and scaled to a number of pages wide. */
export interface PrintLayout {
  /** The range that prints, e.g. "A1:O40". */
  readonly printArea: string;
  readonly orientation: 'portrait' | 'landscape';
  /** Scale so the print area is this many pages wide. */
  readonly pagesWide: number;
}

export interface WorkbookHost {
  /** Names of the worksheets, in order. */
  listSheets(): Promise<string[]>;
  /** Creates the sheet if missing; never clears an existing one. */
  ensureSheet(name: string): Promise<void>;
  /**
   * Removes every value, formula, table and chart from a sheet (used before rewriting a generated
   * sheet); `keepCharts` leaves the charts, so a failed rewrite can put the old ones back.
   */
  clearSheet(name: string, options?: { readonly keepCharts?: boolean }): Promise<void>;
  /** Deletes a sheet and everything on it; no-op when absent (undoes an ensureSheet that added it). */
  deleteSheet(name: string): Promise<void>;
  /** Writes a block of constants and formulas starting at `topLeft`; optional number formats per cell row-major. */
  writeRange(
    sheet: string,
    topLeft: string,
    cells: readonly (readonly CellInput[])[],
    numberFormat?: NumberFormats,
  ): Promise<void>;
  /** Reads the values of a rectangular range such as "A1:C10". */
  readRange(sheet: string, address: string): Promise<CellValue[][]>;
  /** Reads what a range holds as written (formulas and number formats), to restore it later. */
  readCells(sheet: string, address: string): Promise<RangeContent>;
  /** The smallest range holding every value, formula and format on the sheet; null when it holds none. */
  usedAddress(sheet: string): Promise<string | null>;
  /**
   * Creates the table, or replaces its content and size if a table of that name exists (on any sheet).
   * As in Excel, a table always has a data row: with no rows it gets one blank row.
   */
  writeTable(spec: TableSpec): Promise<void>;
  /** Reads a table by name; null when there is none. */
  readTable(name: string): Promise<TableContent | null>;
  /** Appends rows to an existing table. */
  appendTableRows(name: string, rows: readonly (readonly CellInput[])[]): Promise<void>;
  /** Renames a table; formulas that use it follow the new name. Optional: added so renaming a service level keeps them working. */
  renameTable?(name: string, newName: string): Promise<void>;
  /** Deletes a table (keeping the sheet); no-op when absent. */
  deleteTable(name: string): Promise<void>;
  /** Names of all tables in the workbook. */
  listTables(): Promise<string[]>;
  /** Defines or redefines a workbook-scoped name, e.g. ("Charges", "=Contract!$B$3"). */
  defineName(name: string, formula: string): Promise<void>;
  /** A workbook name's formula; null when there is no such name. */
  readName(name: string): Promise<string | null>;
  /** Deletes a workbook name; no-op when absent. */
  deleteName(name: string): Promise<void>;
  /** Creates or replaces a native chart. */
  writeChart(spec: ChartSpec): Promise<void>;
  /** Names of the charts on a sheet. */
  listCharts(sheet: string): Promise<string[]>;
  renameChart(sheet: string, name: string, newName: string): Promise<void>;
  /** Deletes a chart; no-op when absent. */
  deleteChart(sheet: string, name: string): Promise<void>;
  /** The add-in's stored document (JSON text) kept inside the workbook; null when none. */
  readStoredDocument(key: string): Promise<string | null>;
  writeStoredDocument(key: string, text: string): Promise<void>;
  /** Removes a stored document; no-op when absent. */
  deleteStoredDocument(key: string): Promise<void>;
  /**
   * Calls `listener` with the key ("*" when the host cannot tell which) when a stored document
   * changes, by this pane or another one
   * (a co-author, a second pane); returns the function that stops listening.
   */
  onStoredDocumentChanged?(listener: (key: string) => void): Promise<() => void>;
  /** Sets what a sheet prints and how, so a generated statement prints as a document. */
  setPrintLayout(sheet: string, layout: PrintLayout): Promise<void>;
  /** What a sheet prints; null when nothing was set. */
  readPrintLayout(sheet: string): Promise<PrintLayout | null>;
  /** Makes a sheet the active one, so the user sees what was written. */
  activateSheet(name: string): Promise<void>;
  /** Whether a sheet holds no values or formulas (formats alone do not count). Optional: added for isWorkbookEmpty. */
  isSheetEmpty?(name: string): Promise<boolean>;
  /**
   * Hides a sheet the add-in keeps for itself (the run history); the user can still unhide it.
   * Optional: a host without it shows the sheet. Not journalled: it changes nothing to put back.
   */
  hideSheet?(name: string): Promise<void>;
  /**
   * Runs one operation's reads and changes in a few round trips (Excel on the web sends a request
   * per sync): see batchedOperation.ts. Optional: a host without it runs the operation as it is.
   */
  inFewRoundTrips?<T>(body: (host: WorkbookHost) => Promise<T>): Promise<T>;
}
