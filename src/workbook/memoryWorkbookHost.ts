import {
  addressOf,
  cellAddress,
  parseCell,
  parseRange,
  rangeAddress,
  type RangePosition,
  rangesOverlap,
} from './cellAddress';
import {
  type CellInput,
  type CellValue,
  type ChartSpec,
  type NumberFormats,
  type PrintLayout,
  type RangeContent,
  type TableContent,
  type TableSpec,
  type WorkbookHost,
} from './workbookHost';
import {
  type CellSnapshot,
  type NamedRange,
  referenceOf,
  type TableSnapshot,
} from './workbookSnapshot';
import {
  cellKey,
  type MemoryWorkbookState,
  newWorkbookData,
  type Sheet,
  type Table,
  workbookFromState,
  type WorkbookData,
  workbookState,
} from './memoryWorkbookState';
import {
  assertSheetName,
  assertTableName,
  assertTableSpec,
  assertWorkbookName,
  assertCellInputs,
} from './workbookRules';

/**
 * A workbook kept in memory, behaving like Excel where the add-in depends on it (case-insensitive
 * names, tables that cannot overlap, a table always having a data row, formulas kept as text), for
 * the browser workbench and tests. Cells hold their input; values come from `evaluate` when given.
 */

export type { CellSnapshot, NamedRange, TableSnapshot } from './workbookSnapshot';
export type { MemoryWorkbookState } from './memoryWorkbookState';

export interface MemoryWorkbookOptions {
  /** What a formula cell shows; without it, formula cells read back as their formula text. */
  readonly evaluate?: (sheet: string, address: string, formula: string) => CellValue;
}

const lower = (name: string) => name.toLowerCase();

export class MemoryWorkbookHost implements WorkbookHost {
  private readonly data: WorkbookData;
  private readonly listeners = new Set<() => void>();
  private readonly documentListeners = new Set<(key: string) => void>();
  // Print settings are not part of the saved state: the workbench re-creates them when it rewrites a statement.
  private readonly printLayouts = new Map<string, PrintLayout>();

  /** A new workbook with one empty Sheet1, or the workbook a saved state describes (throws when it is damaged). */
  constructor(
    private readonly options: MemoryWorkbookOptions = {},
    state?: unknown,
  ) {
    this.data = state === undefined ? newWorkbookData() : workbookFromState(state);
  }

  static fromState(state: unknown, options: MemoryWorkbookOptions = {}): MemoryWorkbookHost {
    return new MemoryWorkbookHost(options, state);
  }

  /** Everything the workbook holds, as plain JSON. */
  toState(): MemoryWorkbookState {
    return workbookState(this.data);
  }

  // ---- WorkbookHost ----

  async listSheets(): Promise<string[]> {
    return this.sheetNames();
  }

  async ensureSheet(name: string): Promise<void> {
    if (this.findSheet(name)) return;
    assertSheetName(name);
    this.data.sheets.push({ name, cells: new Map() });
    this.changed();
  }

  async clearSheet(name: string, options: { keepCharts?: boolean } = {}): Promise<void> {
    const sheet = this.sheet(name);
    sheet.cells.clear();
    for (const table of [...this.data.tables.values()])
      if (table.sheet === sheet) this.data.tables.delete(lower(table.name));
    if (!options.keepCharts) this.removeCharts((c) => lower(c.sheet) === lower(sheet.name));
    this.changed();
  }

  async deleteSheet(name: string): Promise<void> {
    const sheet = this.findSheet(name);
    if (!sheet) return;
    if (this.data.sheets.length === 1) throw new Error('A workbook must keep at least one sheet.');
    for (const table of [...this.data.tables.values()])
      if (table.sheet === sheet) this.data.tables.delete(lower(table.name));
    this.removeCharts((c) => lower(c.sheet) === lower(sheet.name));
    this.data.sheets.splice(this.data.sheets.indexOf(sheet), 1);
    this.printLayouts.delete(lower(sheet.name));
    if (lower(this.data.active) === lower(sheet.name)) this.data.active = this.data.sheets[0].name;
    this.changed();
  }

  async writeRange(
    sheet: string,
    topLeft: string,
    cells: readonly (readonly CellInput[])[],
    numberFormat?: NumberFormats,
  ): Promise<void> {
    const target = this.sheet(sheet);
    const { row, col } = parseCell(topLeft);
    const width = Math.max(0, ...cells.map((r) => r.length));
    if (cells.length > 0 && width > 0) rangeAddress(topLeft, cells.length, width);
    assertCellInputs(`${sheet}!${topLeft}`, cells);
    cells.forEach((values, r) => {
      for (let c = 0; c < width; c++) {
        const format =
          typeof numberFormat === 'string' ? numberFormat : (numberFormat?.[r]?.[c] ?? null);
        this.setCell(target, row + r, col + c, values[c] ?? null, format);
      }
    });
    this.changed();
  }

  async readRange(sheet: string, address: string): Promise<CellValue[][]> {
    const target = this.sheet(sheet);
    const range = parseRange(address);
    return this.values(target, range);
  }

  async readCells(sheet: string, address: string): Promise<RangeContent> {
    const target = this.sheet(sheet);
    const range = parseRange(address);
    const inputs: CellInput[][] = [];
    const formats: string[][] = [];
    for (let r = range.row; r < range.row + range.rows; r++) {
      const inputRow: CellInput[] = [];
      const formatRow: string[] = [];
      for (let c = range.col; c < range.col + range.cols; c++) {
        const cell = target.cells.get(cellKey(r, c));
        inputRow.push(cell?.input ?? null);
        formatRow.push(cell?.format ?? 'General');
      }
      inputs.push(inputRow);
      formats.push(formatRow);
    }
    return { inputs, formats };
  }

  async usedAddress(sheet: string): Promise<string | null> {
    const keys = [...this.sheet(sheet).cells.keys()].map((k) => k.split(':').map(Number));
    if (keys.length === 0) return null;
    const rows = keys.map(([r]) => r);
    const cols = keys.map(([, c]) => c);
    const [row, col] = [Math.min(...rows), Math.min(...cols)];
    return addressOf({
      row,
      col,
      rows: Math.max(...rows) - row + 1,
      cols: Math.max(...cols) - col + 1,
    });
  }

  async writeTable(spec: TableSpec): Promise<void> {
    const sheet = this.sheet(spec.sheet);
    assertCellInputs(`Table "${spec.name}"`, [spec.headers, ...spec.rows]);
    assertTableSpec(
      spec,
      [...this.data.names.values()].map((n) => n.name),
    );
    const existing = this.data.tables.get(lower(spec.name));
    const rows = spec.rows.length > 0 ? spec.rows : [spec.headers.map(() => null)];
    const position = {
      ...parseCell(spec.topLeft),
      rows: rows.length + 1,
      cols: spec.headers.length,
    };
    this.assertFree(sheet, position, existing);
    if (existing) this.removeTable(existing);
    // "General" is no format, as in setCell.
    const formats = (spec.numberFormats ?? spec.headers.map(() => null)).map((f) =>
      f === 'General' ? null : f,
    );
    spec.headers.forEach((header, c) =>
      this.setCell(sheet, position.row, position.col + c, header, null),
    );
    rows.forEach((values, r) =>
      values.forEach((v, c) =>
        this.setCell(sheet, position.row + 1 + r, position.col + c, v, formats[c]),
      ),
    );
    this.data.tables.set(lower(spec.name), { name: spec.name, sheet, position, formats });
    this.changed();
  }

  async readTable(name: string): Promise<TableContent | null> {
    const table = this.data.tables.get(lower(name));
    if (!table) return null;
    const [headerRow, ...rows] = this.values(table.sheet, table.position);
    return {
      name: table.name,
      sheet: table.sheet.name,
      address: addressOf(table.position),
      headers: headerRow.map(String),
      rows,
    };
  }

  async appendTableRows(name: string, rows: readonly (readonly CellInput[])[]): Promise<void> {
    const table = this.data.tables.get(lower(name));
    if (!table) throw new Error(`There is no table "${name}".`);
    const { row, col, rows: height, cols } = table.position;
    rows.forEach((values, i) => {
      if (values.length !== cols)
        throw new Error(
          `Table "${table.name}": row ${i + 1} has ${values.length} cells but the table has ${cols} columns.`,
        );
    });
    const added = { row: row + height, col, rows: rows.length, cols };
    if (rows.length === 0) return;
    addressOf(added);
    assertCellInputs(`Table "${table.name}"`, rows);
    this.assertFree(table.sheet, added, table);
    for (let r = 0; r < added.rows; r++) {
      for (let c = 0; c < cols; c++) {
        // Excel shifts cells below a growing table down; this workbook refuses instead of overwriting.
        if ((table.sheet.cells.get(cellKey(added.row + r, col + c))?.input ?? null) !== null) {
          throw new Error(
            `Table "${table.name}" cannot grow: ${cellAddress(added.row + r, col + c)} below it is not empty.`,
          );
        }
      }
    }
    rows.forEach((values, r) =>
      values.forEach((v, c) =>
        this.setCell(table.sheet, added.row + r, col + c, v, table.formats[c]),
      ),
    );
    table.position = { ...table.position, rows: height + rows.length };
    this.changed();
  }

  async renameTable(name: string, newName: string): Promise<void> {
    const table = this.data.tables.get(lower(name));
    if (!table) throw new Error(`There is no table "${name}".`);
    const others = [...this.data.tables.values()].filter((t) => t !== table).map((t) => t.name);
    assertTableName(newName, [...others, ...[...this.data.names.values()].map((n) => n.name)]);
    this.data.tables.delete(lower(name));
    this.data.tables.set(lower(newName), { ...table, name: newName });
    this.changed();
  }

  async deleteTable(name: string): Promise<void> {
    const table = this.data.tables.get(lower(name));
    if (!table) return;
    this.removeTable(table);
    this.changed();
  }

  async listTables(): Promise<string[]> {
    return [...this.data.tables.values()].map((t) => t.name);
  }

  async defineName(name: string, formula: string): Promise<void> {
    assertWorkbookName(
      name,
      [...this.data.tables.values()].map((t) => t.name),
    );
    if (!formula.startsWith('='))
      throw new Error(
        `Workbook name "${name}": the formula must start with "=", not "${formula}".`,
      );
    this.data.names.set(lower(name), { name, formula });
    this.changed();
  }

  async readName(name: string): Promise<string | null> {
    return this.data.names.get(lower(name))?.formula ?? null;
  }

  async deleteName(name: string): Promise<void> {
    if (this.data.names.delete(lower(name))) this.changed();
  }

  async listCharts(sheet: string): Promise<string[]> {
    const target = this.sheet(sheet);
    return this.data.charts.filter((c) => lower(c.sheet) === lower(target.name)).map((c) => c.name);
  }

  async renameChart(sheet: string, name: string, newName: string): Promise<void> {
    const at = this.chartIndex(sheet, name);
    if (at < 0) throw new Error(`There is no chart "${name}" on "${sheet}".`);
    if (this.chartIndex(sheet, newName) >= 0)
      throw new Error(`There is already a chart "${newName}" on "${sheet}".`);
    this.data.charts[at] = { ...this.data.charts[at], name: newName };
    this.changed();
  }

  async deleteChart(sheet: string, name: string): Promise<void> {
    const at = this.chartIndex(sheet, name);
    if (at < 0) return;
    this.data.charts.splice(at, 1);
    this.changed();
  }

  async writeChart(spec: ChartSpec): Promise<void> {
    const sheet = this.sheet(spec.sheet);
    if (spec.name.trim() === '') throw new Error('A chart needs a name.');
    parseRange(spec.sourceAddress);
    parseRange(spec.placeAt);
    this.removeCharts(
      (c) => lower(c.sheet) === lower(sheet.name) && lower(c.name) === lower(spec.name),
    );
    this.data.charts.push({ ...spec, sheet: sheet.name });
    this.changed();
  }

  async readStoredDocument(key: string): Promise<string | null> {
    return this.data.documents.get(key) ?? null;
  }

  async writeStoredDocument(key: string, text: string): Promise<void> {
    this.data.documents.set(key, text);
    this.changed();
    for (const listener of [...this.documentListeners]) listener(key);
  }

  async deleteStoredDocument(key: string): Promise<void> {
    if (!this.data.documents.delete(key)) return;
    this.changed();
    for (const listener of [...this.documentListeners]) listener(key);
  }

  async onStoredDocumentChanged(listener: (key: string) => void): Promise<() => void> {
    this.documentListeners.add(listener);
    return () => {
      this.documentListeners.delete(listener);
    };
  }

  /**
   * Takes the stored documents of another copy of this workbook (another pane or browser tab saved
   * it), telling listeners which changed, as Excel does when a co-author's settings arrive.
   */
  receiveStoredDocuments(documents: Readonly<Record<string, string>>): void {
    const changed = new Set([...this.data.documents.keys(), ...Object.keys(documents)]);
    for (const key of [...changed]) {
      const next = Object.prototype.hasOwnProperty.call(documents, key)
        ? documents[key]
        : undefined;
      if (this.data.documents.get(key) === next) changed.delete(key);
      else if (next === undefined) this.data.documents.delete(key);
      else this.data.documents.set(key, next);
    }
    if (changed.size === 0) return;
    this.changed();
    for (const key of changed) for (const listener of [...this.documentListeners]) listener(key);
  }

  async setPrintLayout(sheet: string, layout: PrintLayout): Promise<void> {
    const target = this.sheet(sheet);
    parseRange(layout.printArea);
    if (!(Number.isInteger(layout.pagesWide) && layout.pagesWide >= 1))
      throw new Error(`Pages wide must be a whole number ≥ 1, not ${layout.pagesWide}.`);
    this.printLayouts.set(lower(target.name), layout);
    this.changed();
  }

  /** How a sheet prints, when set. */
  printLayout(sheet: string): PrintLayout | null {
    return this.printLayouts.get(lower(sheet)) ?? null;
  }

  async readPrintLayout(sheet: string): Promise<PrintLayout | null> {
    return this.printLayout(this.sheet(sheet).name);
  }

  async activateSheet(name: string): Promise<void> {
    this.data.active = this.sheet(name).name;
    this.changed();
  }

  async isSheetEmpty(name: string): Promise<boolean> {
    return [...this.sheet(name).cells.values()].every((cell) => cell.input === null);
  }

  // ---- Snapshots for the workbench ----

  sheetNames(): string[] {
    return this.data.sheets.map((s) => s.name);
  }

  /** Cells holding something, row by row. */
  sheetCells(sheet: string): CellSnapshot[] {
    const target = this.findSheet(sheet);
    if (!target) return [];
    const out: CellSnapshot[] = [];
    for (const [k, cell] of target.cells) {
      if (cell.input === null) continue;
      const [row, col] = k.split(':').map(Number);
      out.push({
        address: cellAddress(row, col),
        row,
        col,
        input: cell.input,
        numberFormat: cell.format,
      });
    }
    return out.sort((a, b) => a.row - b.row || a.col - b.col);
  }

  /** A cell's input as written (undefined when empty), for formula evaluation. */
  cellInput(sheet: string, row: number, col: number): CellInput | undefined {
    return this.findSheet(sheet)?.cells.get(cellKey(row, col))?.input ?? undefined;
  }

  tables(): TableSnapshot[] {
    return [...this.data.tables.values()].map((t) => ({
      name: t.name,
      sheet: t.sheet.name,
      address: addressOf(t.position),
      dataAddress: addressOf({ ...t.position, row: t.position.row + 1, rows: t.position.rows - 1 }),
    }));
  }

  /** Table names (meaning their data rows) and workbook names that refer to a range; other names are left out. */
  names(): NamedRange[] {
    const out: NamedRange[] = this.tables().map((t) => ({
      name: t.name,
      sheet: t.sheet,
      address: t.dataAddress,
    }));
    for (const { name, formula } of this.data.names.values()) {
      const target = referenceOf(formula);
      if (target && this.findSheet(target.sheet)) out.push({ name, ...target });
    }
    return out;
  }

  resolveName(name: string): { sheet: string; address: string } | null {
    const found = this.names().find((n) => lower(n.name) === lower(name));
    return found ? { sheet: found.sheet, address: found.address } : null;
  }

  charts(): ChartSpec[] {
    return [...this.data.charts];
  }

  activeSheet(): string {
    return this.data.active;
  }

  /** Calls `listener` after every change to the workbook; returns the function that stops it. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  // ---- internals ----

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private findSheet(name: string): Sheet | undefined {
    return this.data.sheets.find((s) => lower(s.name) === lower(name));
  }

  private sheet(name: string): Sheet {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`There is no sheet "${name}".`);
    return sheet;
  }

  private setCell(
    sheet: Sheet,
    row: number,
    col: number,
    input: CellInput,
    format: string | null,
  ): void {
    const k = cellKey(row, col);
    const cell = sheet.cells.get(k);
    // "General" is Excel's absence of a format: kept as none, so a restored cell equals the original.
    const kept = format === 'General' ? null : (format ?? cell?.format ?? null);
    const next = { input: input === '' ? null : input, format: kept };
    if (next.input === null && next.format === null) sheet.cells.delete(k);
    else sheet.cells.set(k, next);
  }

  private values(sheet: Sheet, range: RangePosition): CellValue[][] {
    const out: CellValue[][] = [];
    for (let r = range.row; r < range.row + range.rows; r++) {
      const row: CellValue[] = [];
      for (let c = range.col; c < range.col + range.cols; c++) row.push(this.valueOf(sheet, r, c));
      out.push(row);
    }
    return out;
  }

  private valueOf(sheet: Sheet, row: number, col: number): CellValue {
    const input = sheet.cells.get(cellKey(row, col))?.input ?? null;
    if (input === null) return '';
    if (typeof input !== 'string') return input;
    if (input.startsWith('='))
      return this.options.evaluate
        ? this.options.evaluate(sheet.name, cellAddress(row, col), input)
        : input;
    return input.startsWith("'") ? input.slice(1) : input;
  }

  private assertFree(sheet: Sheet, position: RangePosition, except: Table | undefined): void {
    for (const other of this.data.tables.values()) {
      if (other !== except && other.sheet === sheet && rangesOverlap(other.position, position)) {
        throw new Error(
          `Cells ${addressOf(position)} on "${sheet.name}" overlap the table "${other.name}" (${addressOf(other.position)}).`,
        );
      }
    }
  }

  private removeTable(table: Table): void {
    const { row, col, rows, cols } = table.position;
    for (let r = row; r < row + rows; r++)
      for (let c = col; c < col + cols; c++) table.sheet.cells.delete(cellKey(r, c));
    this.data.tables.delete(lower(table.name));
  }

  private chartIndex(sheet: string, name: string): number {
    const target = this.sheet(sheet);
    return this.data.charts.findIndex(
      (c) => lower(c.sheet) === lower(target.name) && lower(c.name) === lower(name),
    );
  }

  private removeCharts(matches: (chart: ChartSpec) => boolean): void {
    for (let i = this.data.charts.length - 1; i >= 0; i--)
      if (matches(this.data.charts[i])) this.data.charts.splice(i, 1);
  }
}
