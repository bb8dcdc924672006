import { addressOf, parseCell, parseRange, rangeAddress } from './cellAddress';
import { cellsIn, setCell, usedRangeOf } from './memoryCells';
import { chartIndex, placeChart, removeCharts, renameChartIn } from './memoryCharts';
import { appendRows, placeTable, removeTable, renameTableIn } from './memoryTables';
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
import { type MemoryWorkbookState, workbookFromState, workbookState } from './memoryWorkbookState';
import { assertCellInputs, assertSheetName, assertWorkbookName } from './workbookRules';
import { type MemoryWorkbookOptions, MemoryWorkbookView } from './memoryWorkbookView';

/**
 * A workbook kept in memory, behaving like Excel where the add-in depends on it (case-insensitive
 * names, tables that cannot overlap, a table always having a data row, formulas kept as text), for
 * the browser workbench and tests. Cells hold their input; values come from `evaluate` when given.
 */

export type { CellSnapshot, NamedRange, TableSnapshot } from './workbookSnapshot';
export type { MemoryWorkbookState } from './memoryWorkbookState';

export type { MemoryWorkbookOptions };

const lower = (name: string) => name.toLowerCase();

export class MemoryWorkbookHost extends MemoryWorkbookView implements WorkbookHost {
  private readonly documentListeners = new Set<(key: string) => void>();
  // Print settings are not part of the saved state: the workbench re-creates them when it rewrites a statement.
  private readonly printLayouts = new Map<string, PrintLayout>();

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
    if (!options.keepCharts) removeCharts(this.data, (c) => lower(c.sheet) === lower(sheet.name));
    this.changed();
  }

  async deleteSheet(name: string): Promise<void> {
    const sheet = this.findSheet(name);
    if (!sheet) return;
    if (this.data.sheets.length === 1) throw new Error('A workbook must keep at least one sheet.');
    for (const table of [...this.data.tables.values()])
      if (table.sheet === sheet) this.data.tables.delete(lower(table.name));
    removeCharts(this.data, (c) => lower(c.sheet) === lower(sheet.name));
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
        setCell(target, row + r, col + c, values[c] ?? null, format);
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
    return cellsIn(this.sheet(sheet), parseRange(address));
  }

  async usedAddress(sheet: string): Promise<string | null> {
    return usedRangeOf(this.sheet(sheet));
  }

  async writeTable(spec: TableSpec): Promise<void> {
    placeTable(this.data, this.sheet(spec.sheet), spec);
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
    appendRows(this.data, name, rows);
    if (rows.length > 0) this.changed();
  }

  async renameTable(name: string, newName: string): Promise<void> {
    renameTableIn(this.data, name, newName);
    this.changed();
  }

  async deleteTable(name: string): Promise<void> {
    const table = this.data.tables.get(lower(name));
    if (!table) return;
    removeTable(this.data, table);
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
    renameChartIn(this.data, this.sheet(sheet).name, name, newName);
    this.changed();
  }

  async deleteChart(sheet: string, name: string): Promise<void> {
    const at = chartIndex(this.data, this.sheet(sheet).name, name);
    if (at < 0) return;
    this.data.charts.splice(at, 1);
    this.changed();
  }

  async writeChart(spec: ChartSpec): Promise<void> {
    placeChart(this.data, this.sheet(spec.sheet).name, spec);
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
   * Takes what another copy of this workbook holds now (another browser tab wrote it), as Excel
   * merges a co-author's changes: everything is replaced, and the stored-document listeners hear
   * which documents changed, as Excel raises the settings-changed event. Throws, changing nothing,
   * when the other copy is damaged.
   */
  receive(state: unknown): void {
    const next = workbookFromState(state);
    const keys = new Set([...this.data.documents.keys(), ...next.documents.keys()]);
    const changed = [...keys].filter((k) => this.data.documents.get(k) !== next.documents.get(k));
    this.data = next;
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
}
