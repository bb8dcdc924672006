import { cellAddress, parseRange } from './cellAddress';
import { type MemoryWorkbookHost } from './memoryWorkbookHost';
import {
  type PrintLayout,
  type RangeContent,
  type TableSpec,
  type WorkbookHost,
} from './workbookHost';

/**
 * What a batched operation's changes touch, as it was before the first change to it: the state a
 * batch Excel refused part-way is put back to. Excel makes a batch's changes in order and stops at
 * the one it refuses, and does not say which: putting back each thing as a whole, whether or not
 * its changes were made, is right either way (a change-by-change undo is not: undoing a change that
 * never happened can delete what was there).
 */
interface SheetBefore {
  readonly name: string;
  /** False for a sheet the operation added. */
  readonly existed: boolean;
  readonly used: string | null;
  readonly cells: RangeContent | null;
  readonly tables: readonly TableSpec[];
  readonly charts: readonly string[];
  readonly print: PrintLayout | null;
}

const lower = (name: string) => name.toLowerCase();
const same = (a: string, b: string) => lower(a) === lower(b);
const topLeftOf = (address: string) => {
  const at = parseRange(address);
  return cellAddress(at.row, at.col);
};

export class TouchedBefore {
  private readonly sheets = new Map<string, SheetBefore>();
  private readonly names = new Map<string, { name: string; formula: string | null }>();
  private readonly documents = new Map<string, string | null>();
  /** Charts renamed during the operation (set aside before being replaced), in order. */
  private readonly renamedCharts: { sheet: string; from: string; to: string }[] = [];

  constructor(private readonly copy: MemoryWorkbookHost) {}

  /** Call before the first change to a sheet (its cells in the copy already). */
  async sheet(name: string): Promise<void> {
    if (this.sheets.has(lower(name))) return;
    const existed = this.copy.sheetNames().some((s) => same(s, name));
    if (!existed) {
      this.sheets.set(lower(name), {
        name,
        existed,
        used: null,
        cells: null,
        tables: [],
        charts: [],
        print: null,
      });
      return;
    }
    const used = await this.copy.usedAddress(name);
    const tables: TableSpec[] = [];
    for (const t of this.copy.tables().filter((t) => same(t.sheet, name))) {
      const content = await this.copy.readCells(t.sheet, t.address);
      const [headers, ...rows] = content.inputs;
      tables.push({
        name: t.name,
        sheet: t.sheet,
        topLeft: topLeftOf(t.address),
        headers: headers.map((h) => String(h ?? '')),
        rows,
        numberFormats: content.formats[1] ?? null,
      });
    }
    this.sheets.set(lower(name), {
      name,
      existed,
      used,
      cells: used === null ? null : await this.copy.readCells(name, used),
      tables,
      charts: await this.copy.listCharts(name),
      print: await this.copy.readPrintLayout(name),
    });
  }

  async name(name: string): Promise<void> {
    if (!this.names.has(lower(name)))
      this.names.set(lower(name), { name, formula: await this.copy.readName(name) });
  }

  async document(key: string): Promise<void> {
    if (!this.documents.has(key)) this.documents.set(key, await this.copy.readStoredDocument(key));
  }

  chartRenamed(sheet: string, from: string, to: string): void {
    this.renamedCharts.push({ sheet, from, to });
  }

  /** Puts everything touched back as it was, in the workbook itself; goes on past failures and reports them. */
  async putBack(live: WorkbookHost): Promise<void> {
    const problems: string[] = [];
    const attempt = (step: () => Promise<void>) =>
      step().catch((e: unknown) => {
        problems.push(e instanceof Error ? e.message : String(e));
      });
    const present = await live.listSheets();
    for (const sheet of this.sheets.values()) {
      const there = present.some((s) => same(s, sheet.name));
      if (!sheet.existed) {
        if (there) await attempt(() => live.deleteSheet(sheet.name));
        continue;
      }
      await attempt(async () => {
        if (!there) await live.ensureSheet(sheet.name);
        await this.putBackCharts(live, sheet);
        await live.clearSheet(sheet.name, { keepCharts: true });
        for (const table of sheet.tables) await live.writeTable(table);
        if (sheet.used !== null && sheet.cells !== null)
          await live.writeRange(
            sheet.name,
            topLeftOf(sheet.used),
            sheet.cells.inputs,
            sheet.cells.formats,
          );
        if (sheet.print) await live.setPrintLayout(sheet.name, sheet.print);
      });
    }
    for (const { name, formula } of this.names.values())
      await attempt(() =>
        formula === null ? live.deleteName(name) : live.defineName(name, formula),
      );
    for (const [key, text] of this.documents)
      await attempt(() =>
        text === null ? live.deleteStoredDocument(key) : live.writeStoredDocument(key, text),
      );
    if (problems.length > 0) throw new Error(problems.join(' '));
  }

  /**
   * A chart set aside (renamed) and replaced: the replacement goes and the original gets its name
   * back; a chart the operation added goes. Charts are never deleted during a batch, so every
   * chart the sheet had is still there under its own or its set-aside name.
   */
  private async putBackCharts(live: WorkbookHost, sheet: SheetBefore): Promise<void> {
    const mine = this.renamedCharts.filter((r) => same(r.sheet, sheet.name));
    for (const { from, to } of [...mine].reverse()) {
      const now = await live.listCharts(sheet.name);
      if (!now.some((c) => same(c, to))) continue;
      if (now.some((c) => same(c, from))) await live.deleteChart(sheet.name, from);
      await live.renameChart(sheet.name, to, from);
    }
    for (const chart of await live.listCharts(sheet.name))
      if (!sheet.charts.some((c) => same(c, chart))) await live.deleteChart(sheet.name, chart);
  }
}
