import { addressOf, cellAddress, parseRange, rangeAddress } from './cellAddress';
import { assertCellInputs } from './workbookRules';
import type {
  CellInput,
  ChartSpec,
  NumberFormats,
  PrintLayout,
  RangeContent,
  TableSpec,
  WorkbookHost,
} from './workbookHost';

/**
 * A workbook host that remembers, before each change, how to put back what the change touches, so
 * that a write failing part-way can be undone (Excel has no transactions). Reads pass through.
 * Charts are never deleted during the write: a chart being replaced is set aside under another name
 * and deleted only when everything else succeeded, because a deleted chart cannot be rebuilt from
 * what Office.js reads back. For the same reason a sheet is deleted only then: during the write it
 * is emptied (undoably, its charts set aside), and the empty sheet goes when everything succeeded.
 * Activating a sheet waits for the end too: it changes nothing to undo.
 */

type Undo = () => Promise<void>;

interface TableSnapshot {
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
  readonly headers: readonly string[];
  readonly content: RangeContent;
}

/**
 * The most cells of a generated sheet the journal reads to be able to put it back: a million
 * cells stay within Excel on the web's 5 MB request; a stray entry at XFD1048576 would not.
 */
export const MAX_SNAPSHOT_CELLS = 1_000_000;

function assertSnapshotSize(sheet: string, used: string): void {
  const { rows, cols } = parseRange(used);
  if (rows * cols <= MAX_SNAPSHOT_CELLS) return;
  throw new Error(
    `"${sheet}" holds content across ${used} (${(rows * cols).toLocaleString('en-US')} cells), too far to keep a copy to put back if the write failed; delete what lies beyond the sheet's own content, or the sheet, and write again.`,
  );
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const chartKey = (sheet: string, name: string) => `${sheet.toLowerCase()}!${name.toLowerCase()}`;
const topLeftOf = (address: string) => {
  const at = parseRange(address);
  return cellAddress(at.row, at.col);
};

export class JournalingHost implements WorkbookHost {
  private readonly undos: Undo[] = [];
  /** Charts set aside under a temporary name: deleted on commit, renamed back on rollback. */
  private readonly setAside: { sheet: string; name: string }[] = [];
  /** Sheets emptied during the write: deleted on commit, left (and refilled by the undos) on rollback. */
  private readonly toDelete: string[] = [];
  /** Where each chart renamed during the write went, by sheet and the name it had. */
  private readonly movedTo = new Map<string, string>();
  private activate: string | null = null;
  private asideCount = 0;

  constructor(private readonly host: WorkbookHost) {}

  /** How many changes were made so far (each one can be undone). */
  get changes(): number {
    return this.undos.length;
  }

  /** Puts back, newest first, everything changed; goes on past a failing step and reports them all. */
  async rollBack(): Promise<void> {
    const problems: string[] = [];
    for (const undo of this.undos.splice(0).reverse()) {
      try {
        await undo();
      } catch (e) {
        problems.push(e instanceof Error ? e.message : String(e));
      }
    }
    this.setAside.length = 0;
    this.toDelete.length = 0;
    if (problems.length > 0) throw new Error(problems.join(' '));
  }

  /**
   * Deletes the charts that were replaced and the sheets that were emptied to be deleted, then
   * shows the sheet the write asked to show. All are tidying after a complete write, so a failure
   * here does not undo it: a chart left under its temporary name goes with the next rewrite of its
   * sheet (clearSheet sets every chart aside); a sheet Excel would not delete stays, empty.
   */
  async commit(): Promise<void> {
    this.undos.length = 0;
    // Charts on a deleted sheet went with it; on a sheet Excel kept, they are deleted one by one.
    const gone: string[] = [];
    for (const sheet of this.toDelete.splice(0))
      await this.host.deleteSheet(sheet).then(
        () => gone.push(sheet),
        () => undefined,
      );
    for (const { sheet, name } of this.setAside.splice(0))
      if (!gone.some((s) => same(s, sheet)))
        await this.host.deleteChart(sheet, name).catch(() => undefined);
    if (this.activate !== null) await this.host.activateSheet(this.activate).catch(() => undefined);
  }

  // ---- reads pass through ----
  listSheets = () => this.host.listSheets();
  readRange = (sheet: string, address: string) => this.host.readRange(sheet, address);
  readCells = (sheet: string, address: string) => this.host.readCells(sheet, address);
  usedAddress = (sheet: string) => this.host.usedAddress(sheet);
  readTable = (name: string) => this.host.readTable(name);
  listTables = () => this.host.listTables();
  readName = (name: string) => this.host.readName(name);
  listCharts = (sheet: string) => this.host.listCharts(sheet);
  readStoredDocument = (key: string) => this.host.readStoredDocument(key);
  readPrintLayout = (sheet: string) => this.host.readPrintLayout(sheet);
  isSheetEmpty = async (name: string) =>
    this.host.isSheetEmpty ? this.host.isSheetEmpty(name) : (await this.usedAddress(name)) === null;

  // ---- changes, each remembering its undo first ----

  async ensureSheet(name: string): Promise<void> {
    const existed = (await this.host.listSheets()).some((s) => same(s, name));
    if (!existed) this.undos.push(() => this.host.deleteSheet(name));
    await this.host.ensureSheet(name);
  }

  /** Empties the sheet now, which can be undone, and deletes it on commit (see the class comment). */
  async deleteSheet(name: string): Promise<void> {
    const sheet = (await this.host.listSheets()).find((s) => same(s, name));
    if (sheet === undefined) return;
    await this.clearSheet(sheet);
    if (!this.toDelete.some((s) => same(s, sheet))) this.toDelete.push(sheet);
  }

  async clearSheet(name: string): Promise<void> {
    const used = await this.host.usedAddress(name);
    if (used !== null) assertSnapshotSize(name, used);
    const content = used === null ? null : await this.host.readCells(name, used);
    const tables: TableSnapshot[] = [];
    for (const table of await this.host.listTables()) {
      const snapshot = await this.snapshotTable(table);
      if (snapshot && same(snapshot.sheet, name)) tables.push(snapshot);
    }
    for (const chart of await this.host.listCharts(name)) await this.setChartAside(name, chart);
    this.undos.push(async () => {
      await this.host.clearSheet(name, { keepCharts: true });
      for (const table of tables) await this.restoreTable(table);
      if (used !== null && content !== null)
        await this.host.writeRange(name, topLeftOf(used), content.inputs, content.formats);
    });
    await this.host.clearSheet(name, { keepCharts: true });
  }

  async writeRange(
    sheet: string,
    topLeft: string,
    cells: readonly (readonly CellInput[])[],
    numberFormat?: NumberFormats,
  ): Promise<void> {
    const width = Math.max(0, ...cells.map((row) => row.length));
    if (cells.length === 0 || width === 0) return;
    assertCellInputs(`${sheet}!${topLeft}`, cells);
    const area = rangeAddress(topLeft, cells.length, width);
    await this.rememberCells(sheet, area);
    await this.host.writeRange(sheet, topLeft, cells, numberFormat);
  }

  async writeTable(spec: TableSpec): Promise<void> {
    assertCellInputs(`Table "${spec.name}"`, [spec.headers, ...spec.rows]);
    const before = await this.snapshotTable(spec.name);
    const area = rangeAddress(spec.topLeft, Math.max(spec.rows.length, 1) + 1, spec.headers.length);
    const cells = await this.host.readCells(spec.sheet, area);
    this.undos.push(async () => {
      if (before) await this.restoreTable(before);
      else await this.host.deleteTable(spec.name);
      await this.host.writeRange(spec.sheet, spec.topLeft, cells.inputs, cells.formats);
    });
    await this.host.writeTable(spec);
  }

  async appendTableRows(name: string, rows: readonly (readonly CellInput[])[]): Promise<void> {
    if (rows.length === 0) return;
    assertCellInputs(`Table "${name}"`, rows);
    const before = await this.snapshotTable(name);
    if (before) {
      const at = parseRange(before.address);
      const below = addressOf({ ...at, row: at.row + at.rows, rows: rows.length });
      const cells = await this.host.readCells(before.sheet, below);
      this.undos.push(async () => {
        await this.restoreTable(before);
        await this.host.writeRange(before.sheet, topLeftOf(below), cells.inputs, cells.formats);
      });
    }
    await this.host.appendTableRows(name, rows);
  }

  async renameTable(name: string, newName: string): Promise<void> {
    if (!this.host.renameTable) throw new Error('This workbook cannot rename tables.');
    const rename = this.host.renameTable.bind(this.host);
    // Undone only if it happened: a failed request may or may not have renamed the table.
    this.undos.push(async () => {
      if (!(await this.host.readTable(name)) && (await this.host.readTable(newName)))
        await rename(newName, name);
    });
    await rename(name, newName);
  }

  async deleteTable(name: string): Promise<void> {
    const before = await this.snapshotTable(name);
    if (before) this.undos.push(() => this.restoreTable(before));
    await this.host.deleteTable(name);
  }

  async defineName(name: string, formula: string): Promise<void> {
    const before = await this.host.readName(name);
    this.undos.push(() =>
      before === null ? this.host.deleteName(name) : this.host.defineName(name, before),
    );
    await this.host.defineName(name, formula);
  }

  async deleteName(name: string): Promise<void> {
    const before = await this.host.readName(name);
    if (before !== null) this.undos.push(() => this.host.defineName(name, before));
    await this.host.deleteName(name);
  }

  async writeChart(spec: ChartSpec): Promise<void> {
    const existing = (await this.host.listCharts(spec.sheet)).find((c) => same(c, spec.name));
    if (existing !== undefined) await this.setChartAside(spec.sheet, existing);
    // The chart this one replaces was moved away first (set aside here or by clearSheet, or renamed
    // by the caller): if that never happened (a batch Excel stopped before it), the chart under the
    // name is still the original and stays.
    const movedTo = this.movedNames(spec.sheet, spec.name);
    this.undos.push(async () => {
      if (movedTo.length > 0) {
        const charts = await this.host.listCharts(spec.sheet);
        if (!movedTo.some((m) => charts.some((c) => same(c, m)))) return;
      }
      await this.host.deleteChart(spec.sheet, spec.name);
    });
    await this.host.writeChart(spec);
  }

  async renameChart(sheet: string, name: string, newName: string): Promise<void> {
    this.undos.push(() => this.renameChartBack(sheet, newName, name));
    this.movedTo.set(chartKey(sheet, name), newName);
    await this.host.renameChart(sheet, name, newName);
  }

  async deleteChart(sheet: string, name: string): Promise<void> {
    if ((await this.host.listCharts(sheet)).some((c) => same(c, name)))
      await this.setChartAside(sheet, name);
  }

  async writeStoredDocument(key: string, text: string): Promise<void> {
    await this.rememberDocument(key);
    await this.host.writeStoredDocument(key, text);
  }

  async deleteStoredDocument(key: string): Promise<void> {
    await this.rememberDocument(key);
    await this.host.deleteStoredDocument(key);
  }

  async setPrintLayout(sheet: string, layout: PrintLayout): Promise<void> {
    // A sheet without print settings keeps the new ones on rollback: Office cannot unset them.
    const before = await this.host.readPrintLayout(sheet);
    if (before) this.undos.push(() => this.host.setPrintLayout(sheet, before));
    await this.host.setPrintLayout(sheet, layout);
  }

  async activateSheet(name: string): Promise<void> {
    this.activate = name;
  }

  // ---- internals ----

  /** The names a chart called `name` was given since, in order. */
  private movedNames(sheet: string, name: string): string[] {
    const out: string[] = [];
    let next = this.movedTo.get(chartKey(sheet, name));
    while (next !== undefined && !out.includes(next)) {
      out.push(next);
      next = this.movedTo.get(chartKey(sheet, next));
    }
    return out;
  }

  private async rememberCells(sheet: string, address: string): Promise<void> {
    const cells = await this.host.readCells(sheet, address);
    this.undos.push(() =>
      this.host.writeRange(sheet, topLeftOf(address), cells.inputs, cells.formats),
    );
  }

  private async rememberDocument(key: string): Promise<void> {
    const before = await this.host.readStoredDocument(key);
    this.undos.push(() =>
      before === null
        ? this.host.deleteStoredDocument(key)
        : this.host.writeStoredDocument(key, before),
    );
  }

  private async setChartAside(sheet: string, name: string): Promise<void> {
    const taken = await this.host.listCharts(sheet);
    let aside: string;
    do aside = `OM_replaced_${++this.asideCount}`;
    while (taken.some((c) => same(c, aside)));
    this.undos.push(() => this.renameChartBack(sheet, aside, name));
    this.setAside.push({ sheet, name: aside });
    this.movedTo.set(chartKey(sheet, name), aside);
    await this.host.renameChart(sheet, name, aside);
  }

  /** Renames a chart back if the rename happened (a failed request may or may not have done it). */
  private async renameChartBack(sheet: string, current: string, original: string): Promise<void> {
    const charts = await this.host.listCharts(sheet);
    if (charts.some((c) => same(c, current)) && !charts.some((c) => same(c, original)))
      await this.host.renameChart(sheet, current, original);
  }

  private async snapshotTable(name: string): Promise<TableSnapshot | null> {
    const table = await this.host.readTable(name);
    if (!table) return null;
    const content = await this.host.readCells(table.sheet, table.address);
    return { ...table, content };
  }

  /** The table back where it was, with its cells' formulas and formats. */
  private async restoreTable(table: TableSnapshot): Promise<void> {
    const [, ...rows] = table.content.inputs;
    await this.host.writeTable({
      name: table.name,
      sheet: table.sheet,
      topLeft: topLeftOf(table.address),
      headers: table.headers,
      rows,
      numberFormats: table.content.formats[1] ?? null,
    });
    await this.host.writeRange(
      table.sheet,
      topLeftOf(table.address),
      table.content.inputs,
      table.content.formats,
    );
  }
}
