import { addressOf, cellAddress, parseRange } from './cellAddress';
import { type MemoryWorkbookHost } from './memoryWorkbookHost';
import { type RecordedWrite, type StandingTable } from './recordedWrite';
import {
  type CellInput,
  type ChartSpec,
  type NumberFormats,
  type PrintLayout,
  type TableSpec,
  type WorkbookHost,
} from './workbookHost';

/**
 * A workbook host over a copy of the workbook (an in-memory host holding what Excel held when the
 * operation began): reads are answered from the copy, and each change is made to the copy first —
 * which checks it as Excel would, so a change Excel would refuse throws here and is never sent —
 * then recorded, with what Excel will need to know to make it, for officeBatch.ts to send in one
 * round trip. `ensureLoaded` fetches a sheet's cells the first time the operation touches it, when
 * the copy was made without them (a sheet too large to copy up front).
 */
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export class RecordingHost implements WorkbookHost {
  private readonly writes: RecordedWrite[] = [];

  constructor(
    private readonly copy: MemoryWorkbookHost,
    private readonly ensureLoaded: (sheet: string) => Promise<void> = async () => undefined,
  ) {}

  /** The changes recorded since the last call, oldest first. */
  take(): RecordedWrite[] {
    return this.writes.splice(0);
  }

  // ---- reads, from the copy ----
  listSheets = () => this.copy.listSheets();
  listTables = () => this.copy.listTables();
  readName = (name: string) => this.copy.readName(name);
  listCharts = (sheet: string) => this.copy.listCharts(sheet);
  readStoredDocument = (key: string) => this.copy.readStoredDocument(key);
  readPrintLayout = (sheet: string) => this.copy.readPrintLayout(sheet);

  async readRange(sheet: string, address: string) {
    await this.ensureLoaded(sheet);
    return this.copy.readRange(sheet, address);
  }

  async readCells(sheet: string, address: string) {
    await this.ensureLoaded(sheet);
    return this.copy.readCells(sheet, address);
  }

  async usedAddress(sheet: string) {
    await this.ensureLoaded(sheet);
    return this.copy.usedAddress(sheet);
  }

  async isSheetEmpty(name: string) {
    await this.ensureLoaded(name);
    return this.copy.isSheetEmpty(name);
  }

  async readTable(name: string) {
    const found = this.copy.tables().find((t) => same(t.name, name));
    if (found) await this.ensureLoaded(found.sheet);
    return this.copy.readTable(name);
  }

  // ---- changes: to the copy, then recorded ----

  async ensureSheet(name: string): Promise<void> {
    if (this.hasSheet(name)) return;
    await this.copy.ensureSheet(name);
    this.writes.push({ kind: 'addSheet', name });
  }

  async clearSheet(name: string, options: { readonly keepCharts?: boolean } = {}): Promise<void> {
    await this.ensureLoaded(name);
    const tables = this.copy
      .tables()
      .filter((t) => same(t.sheet, name))
      .map((t) => t.name);
    const charts = options.keepCharts ? [] : await this.copy.listCharts(name);
    await this.copy.clearSheet(name, options);
    this.writes.push({ kind: 'clearSheet', name, tables, charts });
  }

  async deleteSheet(name: string): Promise<void> {
    if (!this.hasSheet(name)) return;
    await this.ensureLoaded(name);
    await this.copy.deleteSheet(name);
    this.writes.push({ kind: 'deleteSheet', name });
  }

  async writeRange(
    sheet: string,
    topLeft: string,
    cells: readonly (readonly CellInput[])[],
    numberFormat?: NumberFormats,
  ): Promise<void> {
    await this.ensureLoaded(sheet);
    await this.copy.writeRange(sheet, topLeft, cells, numberFormat);
    this.writes.push({ kind: 'writeRange', sheet, topLeft, cells, numberFormat });
  }

  async writeTable(spec: TableSpec): Promise<void> {
    const existing = await this.standing(spec.name);
    if (existing) await this.ensureLoaded(existing.sheet);
    await this.ensureLoaded(spec.sheet);
    await this.copy.writeTable(spec);
    this.writes.push({ kind: 'writeTable', spec, existing });
  }

  async appendTableRows(name: string, rows: readonly (readonly CellInput[])[]): Promise<void> {
    const table = await this.standing(name);
    if (table) await this.ensureLoaded(table.sheet);
    const formats = table ? await this.lastRowFormats(table) : [];
    await this.copy.appendTableRows(name, rows);
    if (!table || rows.length === 0) return;
    // The copy's tables carry no column formats: the new rows get the last row's, as in Excel.
    const at = parseRange(table.address);
    const below = cellAddress(at.row + at.rows, at.col);
    await this.copy.writeRange(
      table.sheet,
      below,
      rows,
      rows.map(() => [...formats]),
    );
    this.writes.push({ kind: 'appendTableRows', name, table, rows, formats });
  }

  async renameTable(name: string, newName: string): Promise<void> {
    const table = await this.standing(name);
    if (table) await this.ensureLoaded(table.sheet);
    await this.copy.renameTable(name, newName);
    this.writes.push({ kind: 'renameTable', name, newName });
  }

  async deleteTable(name: string): Promise<void> {
    const table = await this.standing(name);
    if (!table) return;
    await this.ensureLoaded(table.sheet);
    await this.copy.deleteTable(name);
    this.writes.push({ kind: 'deleteTable', name, table });
  }

  async defineName(name: string, formula: string): Promise<void> {
    const before = await this.copy.readName(name);
    await this.copy.defineName(name, formula);
    if (before !== formula)
      this.writes.push({ kind: 'defineName', name, formula, existed: before !== null });
  }

  async deleteName(name: string): Promise<void> {
    if ((await this.copy.readName(name)) === null) return;
    await this.copy.deleteName(name);
    this.writes.push({ kind: 'deleteName', name });
  }

  async writeChart(spec: ChartSpec): Promise<void> {
    await this.ensureLoaded(spec.sheet);
    const existed = (await this.copy.listCharts(spec.sheet)).some((c) => same(c, spec.name));
    await this.copy.writeChart(spec);
    this.writes.push({ kind: 'writeChart', spec, existed });
  }

  async renameChart(sheet: string, name: string, newName: string): Promise<void> {
    await this.ensureLoaded(sheet);
    await this.copy.renameChart(sheet, name, newName);
    this.writes.push({ kind: 'renameChart', sheet, name, newName });
  }

  async deleteChart(sheet: string, name: string): Promise<void> {
    if (!(await this.copy.listCharts(sheet)).some((c) => same(c, name))) return;
    await this.ensureLoaded(sheet);
    await this.copy.deleteChart(sheet, name);
    this.writes.push({ kind: 'deleteChart', sheet, name });
  }

  async writeStoredDocument(key: string, text: string): Promise<void> {
    await this.copy.writeStoredDocument(key, text);
    this.writes.push({ kind: 'writeStoredDocument', key, text });
  }

  async deleteStoredDocument(key: string): Promise<void> {
    if ((await this.copy.readStoredDocument(key)) === null) return;
    await this.copy.deleteStoredDocument(key);
    this.writes.push({ kind: 'deleteStoredDocument', key });
  }

  async setPrintLayout(sheet: string, layout: PrintLayout): Promise<void> {
    await this.ensureLoaded(sheet);
    await this.copy.setPrintLayout(sheet, layout);
    this.writes.push({ kind: 'setPrintLayout', sheet, layout });
  }

  async activateSheet(name: string): Promise<void> {
    await this.copy.activateSheet(name);
    this.writes.push({ kind: 'activateSheet', name });
  }

  async hideSheet(name: string): Promise<void> {
    if (!this.hasSheet(name)) throw new Error(`There is no sheet "${name}".`);
    this.writes.push({ kind: 'hideSheet', name });
  }

  // ---- internals ----

  private hasSheet(name: string): boolean {
    return this.copy.sheetNames().some((s) => same(s, name));
  }

  /** Where a table stands and its headers (its sheet's cells fetched first), or null. */
  private async standing(name: string): Promise<StandingTable | null> {
    const found = this.copy.tables().find((t) => same(t.name, name));
    if (!found) return null;
    await this.ensureLoaded(found.sheet);
    // Headers as written: reading values would evaluate the data rows' formulas too.
    const at = parseRange(found.address);
    const header = await this.copy.readCells(found.sheet, addressOf({ ...at, rows: 1 }));
    return {
      sheet: found.sheet,
      address: found.address,
      headers: header.inputs[0].map((h) => String(h ?? '')),
    };
  }

  private async lastRowFormats(table: StandingTable): Promise<string[]> {
    const at = parseRange(table.address);
    const last = addressOf({ ...at, row: at.row + at.rows - 1, rows: 1 });
    return (await this.copy.readCells(table.sheet, last)).formats[0].map(String);
  }
}
