import { addressOf, cellAddress, parseRange, type RangePosition } from './cellAddress';
import { MemoryWorkbookHost } from './memoryWorkbookHost';
import { type MemoryWorkbookState } from './memoryWorkbookState';
import { type ExcelCell, localAddress } from './officeCells';
import { CONTRACT_SHEET } from './contractSheet';
import { PERFORMANCE_SHEET } from './performanceSheet';
import { RUN_HISTORY_SHEET } from './runHistorySheet';
import { settingText } from './officeSettings';
import { SUMMARY_SHEET } from './summarySheet';
import { MAX_SNAPSHOT_CELLS } from './writeJournal';
import { type CellValue, type PrintLayout } from './workbookHost';

/**
 * A copy of the open workbook in memory, made in three round trips (what exists; where tables
 * and used ranges stand, charts, print settings; the cells), so that an operation can read and
 * change the copy and send its changes in one batch (officeBatch.ts). The add-in's sheets are
 * copied smallest first up to COPY_CELLS cells, which keeps Excel on the web's answer under its
 * 5 MB limit (each cell comes back three times: formula, value, format); the user's sheets, and
 * one of ours beyond that, are fetched the first time the operation touches them, in parts of
 * that size. Formula cells read the values Excel calculated; a formula written during the
 * operation has no value until Excel calculates it, and reading one is refused (no operation does).
 */
export const COPY_CELLS = 60_000;

/**
 * The sheets the add-in writes: the contract, its summary and performance sheets, and OM_* —
 * except the kept runs' sheet, whose cells hold long JSON texts and which only the run history's
 * own operations touch: fetched, like the user's sheets, only when touched.
 */
function isAddInSheet(name: string): boolean {
  if (lower(name) === lower(RUN_HISTORY_SHEET)) return false;
  return (
    /^OM_/i.test(name) ||
    [CONTRACT_SHEET, SUMMARY_SHEET, PERFORMANCE_SHEET].some((s) => lower(s) === lower(name))
  );
}

export interface OfficeCopy {
  readonly host: MemoryWorkbookHost;
  /** Fetches a sheet's cells into the copy when they were left out; no-op otherwise. */
  ensureLoaded(sheet: string): Promise<void>;
  /** Why the operation touched more than the copy can hold (a sheet over MAX_SNAPSHOT_CELLS); null when it did not. */
  beyond(): string | null;
}

interface Calculated {
  readonly formula: string;
  readonly value: CellValue;
}

interface SheetFacts {
  readonly name: string;
  readonly used: RangePosition | null;
  readonly charts: string[];
  readonly print: PrintLayout | null;
}

const lower = (name: string) => name.toLowerCase();
const cellsOf = (range: RangePosition | null) => (range ? range.rows * range.cols : 0);

/** The rows of `range` in parts of at most `cells` cells. */
function parts(range: RangePosition, cells: number): RangePosition[] {
  const rows = Math.max(1, Math.floor(cells / range.cols));
  const out: RangePosition[] = [];
  for (let r = 0; r < range.rows; r += rows)
    out.push({ ...range, row: range.row + r, rows: Math.min(rows, range.rows - r) });
  return out;
}

interface LoadedRange {
  formulas: ExcelCell[][];
  numberFormat: string[][];
  values: CellValue[][];
}

function loadRange(context: Excel.RequestContext, sheet: string, at: RangePosition) {
  const range = context.workbook.worksheets.getItem(sheet).getRange(addressOf(at));
  range.load('formulas, numberFormat, values');
  return range as unknown as LoadedRange;
}

export async function copyOfficeWorkbook(): Promise<OfficeCopy> {
  const calculated = new Map<string, Map<string, Calculated>>();
  const { state, facts } = await Excel.run(async (context) => {
    const workbook = context.workbook;
    const sheets = workbook.worksheets;
    sheets.load('items/name');
    const tables = workbook.tables;
    tables.load('items/name, items/showTotals, items/showHeaders');
    const names = workbook.names;
    names.load('items/name, items/formula');
    const settings = workbook.settings;
    settings.load('items/key, items/value');
    const active = sheets.getActiveWorksheet();
    active.load('name');
    await context.sync();
    // The copy's tables are a header row and data rows, as the add-in writes them.
    const odd = tables.items.find((t) => t.showTotals === true || t.showHeaders === false);
    if (odd) throw new Error(`Table "${odd.name}" has a totals row or no header row.`);

    const perSheet = sheets.items.map(({ name }) => {
      const used = sheets.getItem(name).getUsedRangeOrNullObject(false);
      used.load('address');
      const charts = sheets.getItem(name).charts;
      charts.load('items/name');
      const page = sheets.getItem(name).pageLayout;
      page.load('orientation, zoom');
      const area = page.getPrintAreaOrNullObject();
      area.load('address');
      return { name, used, charts, area, page };
    });
    const perTable = tables.items.map(({ name }) => {
      const range = tables.getItem(name).getRange();
      range.load('address');
      const sheet = tables.getItem(name).worksheet;
      sheet.load('name');
      return { name, range, sheet };
    });
    await context.sync();

    const facts: SheetFacts[] = perSheet.map((s) => ({
      name: s.name,
      used: s.used.isNullObject ? null : parseRange(localAddress(s.used.address)),
      charts: s.charts.items.map((c) => c.name),
      print: s.area.isNullObject
        ? null
        : {
            printArea: localAddress(s.area.address),
            orientation: s.page.orientation === 'Landscape' ? 'landscape' : 'portrait',
            pagesWide: s.page.zoom.horizontalFitToPages ?? 1,
          },
    }));
    // The add-in's own sheets, smallest first: what operations read and write. Others (the
    // user's data) are fetched only if an operation touches them.
    let budget = COPY_CELLS;
    const copied = new Set<string>();
    const contents = facts
      .filter((s) => isAddInSheet(s.name))
      .sort((a, b) => cellsOf(a.used) - cellsOf(b.used))
      .flatMap((s) => {
        if (!s.used || cellsOf(s.used) > budget) return [];
        budget -= cellsOf(s.used);
        copied.add(lower(s.name));
        return [{ sheet: s.name, at: s.used, range: loadRange(context, s.name, s.used) }];
      });
    if (contents.length > 0) await context.sync();

    const cells = new Map(contents.map((c) => [lower(c.sheet), cellEntries(c.at, c.range)]));
    for (const c of contents) remember(calculated, c.sheet, c.at, c.range);
    const state: MemoryWorkbookState = {
      format: 'outcome-modeler-memory-workbook',
      version: 1,
      sheets: facts.map((s) => ({ name: s.name, cells: cells.get(lower(s.name)) ?? [] })),
      tables: perTable.map((t) => {
        const address = localAddress(t.range.address);
        return { name: t.name, sheet: t.sheet.name, address, formats: tableFormats(address) };
      }),
      names: names.items.map((n) => ({ name: n.name, formula: String(n.formula) })),
      // What Office.js cannot read back of a chart is not needed: the operation only lists, renames and deletes existing ones.
      charts: facts.flatMap((s) =>
        s.charts.map((name) => ({
          name,
          sheet: s.name,
          kind: 'line' as const,
          title: '',
          sourceAddress: 'A1',
          placeAt: 'A1',
        })),
      ),
      documents: Object.fromEntries(settings.items.map((s) => [s.key, settingText(s.value)])),
      activeSheet: active.name,
    };
    return { state, facts: facts.map((s) => ({ ...s, copied: copied.has(lower(s.name)) })) };
  });

  const host = MemoryWorkbookHost.fromState(state, {
    evaluate: (sheet, address, formula) => {
      const known = calculated.get(lower(sheet))?.get(address);
      if (known?.formula === formula) return known.value;
      throw new Error(
        `${sheet}!${address} was written during this operation: its value is not known until Excel calculates it.`,
      );
    },
  });
  for (const s of facts) if (s.print) await host.setPrintLayout(s.name, s.print);
  const left = new Map(facts.filter((s) => !s.copied && s.used).map((s) => [lower(s.name), s]));

  let beyond: string | null = null;
  async function ensureLoaded(sheet: string): Promise<void> {
    const facts = left.get(lower(sheet));
    if (!facts?.used) return;
    const used = facts.used;
    if (cellsOf(used) > MAX_SNAPSHOT_CELLS) {
      beyond = `"${facts.name}" holds content across ${addressOf(used)}`;
      throw new Error(`${beyond}, more than a copy of the workbook holds.`);
    }
    await Excel.run(async (context) => {
      for (const at of parts(used, COPY_CELLS)) {
        const range = loadRange(context, facts.name, at);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one part per request: each answer must stay under 5 MB
        await context.sync();
        remember(calculated, facts.name, at, range);
        await host.writeRange(
          facts.name,
          cellAddress(at.row, at.col),
          inputsOf(at, range),
          formatsOf(at, range),
        );
      }
    });
    // Only once every part is in: a sheet half fetched must not pass for a copied one.
    left.delete(lower(sheet));
  }
  return { host, ensureLoaded, beyond: () => beyond };
}

/** A table's column formats are not needed up front: appended rows take the last row's formats (recordingHost.ts). */
function tableFormats(address: string): null[] {
  return Array.from({ length: parseRange(address).cols }, () => null);
}

const at2 = <T>(grid: T[][], r: number, c: number, blank: T): T => grid[r]?.[c] ?? blank;

function inputsOf(at: RangePosition, range: LoadedRange): (ExcelCell | null)[][] {
  return Array.from({ length: at.rows }, (_, r) =>
    Array.from({ length: at.cols }, (_, c) => {
      const formula = at2(range.formulas, r, c, '');
      return formula === '' ? null : formula;
    }),
  );
}

function formatsOf(at: RangePosition, range: LoadedRange): string[][] {
  return Array.from({ length: at.rows }, (_, r) =>
    Array.from({ length: at.cols }, (_, c) => String(at2(range.numberFormat, r, c, 'General'))),
  );
}

function cellEntries(at: RangePosition, range: LoadedRange) {
  const out: MemoryWorkbookState['sheets'][number]['cells'] = [];
  const inputs = inputsOf(at, range);
  const formats = formatsOf(at, range);
  for (let r = 0; r < at.rows; r++)
    for (let c = 0; c < at.cols; c++) {
      const input = inputs[r][c];
      const format = formats[r][c] === 'General' ? null : formats[r][c];
      if (input !== null || format !== null)
        out.push({ row: at.row + r, col: at.col + c, input: input ?? '', format });
    }
  return out;
}

/** What Excel calculated for each formula cell, so that reading it from the copy gives Excel's value. */
function remember(
  calculated: Map<string, Map<string, Calculated>>,
  sheet: string,
  at: RangePosition,
  range: LoadedRange,
): void {
  const known = calculated.get(lower(sheet)) ?? new Map<string, Calculated>();
  calculated.set(lower(sheet), known);
  for (let r = 0; r < at.rows; r++)
    for (let c = 0; c < at.cols; c++) {
      const formula = at2(range.formulas, r, c, '');
      if (typeof formula === 'string' && formula.startsWith('='))
        known.set(cellAddress(at.row + r, at.col + c), {
          formula,
          value: at2(range.values, r, c, ''),
        });
    }
}
