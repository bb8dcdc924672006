import { cellAddress, parseRange } from './cellAddress';
import { type KeptRunSummary, type UnreadableRun } from './keptRun';
import { readKeptSummary } from './keptRunJson';
import { type CellInput, type CellValue, type WorkbookHost } from './workbookHost';
import { MAX_CELL_TEXT } from './workbookRules';

/**
 * Where the run history lives: a hidden sheet, OM_RunHistory, one row per run. Not the document
 * settings, where the stored model lives: every setting of the add-in shares one size budget inside
 * the file, and twenty runs with their histograms (tens of kilobytes each, more with many proposals)
 * would crowd out the model. A sheet holds any number of cells, a run's row is written with one
 * range write (one request, kept under Excel on the web's 5 MB by MAX_RUN_CELLS), the journal
 * can put a row back, and removing the negotiation data deletes the sheet like OM_Scenarios.
 *
 * A row: A run number (later runs higher), B when kept, C format, D and E how many cells the
 * summary and the results take, then the summary's JSON and the results' JSON split into cells of
 * at most PART_CHARS characters (Excel keeps 32,767 in a cell). Every text is written after an
 * apostrophe, so Excel keeps it as text: never a formula, a number or a date.
 */

export const RUN_HISTORY_SHEET = 'OM_RunHistory';
/** How many runs the history keeps; the oldest makes room for a new one. */
export const MAX_KEPT_RUNS = 20;
/** Characters of JSON per cell, under Excel's limit with room for the apostrophe. */
export const PART_CHARS = 30_000;
/** The most cells one run may take: about 1.9 million characters, one request well under 5 MB. */
export const MAX_RUN_CELLS = 64;

const FORMAT = 1;
export const FIRST_ROW = 3;
export const LAST_ROW = FIRST_ROW + MAX_KEPT_RUNS - 1;
/** Columns A–E are the index; the JSON starts in F. */
export const INDEX_COLUMNS = 5;
const TITLE =
  'Outcome Modeler run history: the Compare runs this workbook keeps, one row each, written and read back by the add-in. Edit nothing here.';
const HEADERS = ['Run', 'Kept at', 'Format', 'Summary cells', 'Results cells', 'Data'];

if (PART_CHARS + 1 > MAX_CELL_TEXT) throw new Error('PART_CHARS leaves no room in a cell.');

/** The first rows of a history sheet. */
export const headerRows = (): CellInput[][] => [[TITLE], HEADERS];

/** What one row of the index says. */
export type IndexRow =
  | { readonly kind: 'empty'; readonly row: number }
  | {
      readonly kind: 'run';
      readonly row: number;
      readonly number: number;
      readonly keptAt: string;
      readonly summaryCells: number;
      readonly resultCells: number;
    }
  | { readonly kind: 'unreadable'; readonly row: number; readonly message: string };

const wholeAtLeast = (v: CellValue, min: number) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min;

function indexRow(row: number, cells: readonly CellValue[]): IndexRow {
  if (cells.every((c) => c === '')) return { kind: 'empty', row };
  const [number, keptAt, format, summaryCells, resultCells] = cells;
  if (
    wholeAtLeast(number, 1) &&
    typeof keptAt === 'string' &&
    format === FORMAT &&
    wholeAtLeast(summaryCells, 1) &&
    wholeAtLeast(resultCells, 1) &&
    (summaryCells as number) + (resultCells as number) <= MAX_RUN_CELLS
  )
    return {
      kind: 'run',
      row,
      number: number as number,
      keptAt,
      summaryCells: summaryCells as number,
      resultCells: resultCells as number,
    };
  return { kind: 'unreadable', row, message: `Row ${row} is not a run this add-in kept.` };
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export async function historySheetExists(host: WorkbookHost): Promise<boolean> {
  return (await host.listSheets()).some((s) => same(s, RUN_HISTORY_SHEET));
}

/**
 * The index rows; null when there is no history sheet. A sheet of that name whose headers are not
 * the history's is refused: it is someone's own sheet, and nothing here may read or write over it.
 */
export async function readIndex(host: WorkbookHost): Promise<IndexRow[] | null> {
  if (!(await historySheetExists(host))) return null;
  const headers = await host.readRange(RUN_HISTORY_SHEET, `A2:F2`);
  if (headers[0].some((h, i) => h !== HEADERS[i]))
    throw new Error(
      `The sheet "${RUN_HISTORY_SHEET}" does not hold the run history this add-in keeps, so runs are not kept there; rename that sheet to keep them.`,
    );
  const cells = await host.readRange(
    RUN_HISTORY_SHEET,
    `A${FIRST_ROW}:${cellAddress(LAST_ROW, INDEX_COLUMNS)}`,
  );
  return cells.map((row, i) => indexRow(FIRST_ROW + i, row));
}

/** Reads the first `count` data cells of each given row, as text, keyed by row. */
export async function readParts(
  host: WorkbookHost,
  rows: readonly { readonly row: number; readonly count: number }[],
): Promise<Map<number, string[]>> {
  const texts = new Map<number, string[]>();
  if (rows.length === 0) return texts;
  const top = Math.min(...rows.map((r) => r.row));
  const bottom = Math.max(...rows.map((r) => r.row));
  const width = Math.max(...rows.map((r) => r.count));
  const first = INDEX_COLUMNS + 1;
  const cells = await host.readRange(
    RUN_HISTORY_SHEET,
    `${cellAddress(top, first)}:${cellAddress(bottom, first + width - 1)}`,
  );
  for (const { row, count } of rows) texts.set(row, cells[row - top].slice(0, count).map(String));
  return texts;
}

/** The kept runs the index and their summaries describe, and the rows that cannot be read. */
export async function readSummaries(
  host: WorkbookHost,
  index: readonly IndexRow[],
): Promise<{
  runs: { row: IndexRow & { kind: 'run' }; summary: KeptRunSummary }[];
  unreadable: UnreadableRun[];
}> {
  const unreadable: UnreadableRun[] = [];
  const runs: { row: IndexRow & { kind: 'run' }; summary: KeptRunSummary }[] = [];
  const listed = index.filter((r): r is IndexRow & { kind: 'run' } => r.kind === 'run');
  const texts = await readParts(
    host,
    listed.map((r) => ({ row: r.row, count: r.summaryCells })),
  );
  for (const r of index)
    if (r.kind === 'unreadable') unreadable.push({ row: r.row, message: r.message });
  for (const row of listed) {
    const read = readKeptSummary((texts.get(row.row) ?? []).join(''));
    if (read.kind === 'invalid')
      unreadable.push({ row: row.row, message: `Row ${row.row}: ${read.message}` });
    else if (read.value.id !== String(row.number))
      unreadable.push({ row: row.row, message: `Row ${row.row}: its summary names another run.` });
    else runs.push({ row, summary: read.value });
  }
  unreadable.sort((a, b) => a.row - b.row);
  return { runs, unreadable };
}

/** Splits text into cells of at most PART_CHARS, never between the two halves of a surrogate pair. */
export function splitParts(text: string): string[] {
  const parts: string[] = [];
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + PART_CHARS);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    parts.push(text.slice(at, end));
    at = end;
  }
  return parts.length > 0 ? parts : [''];
}

/** The row of one run: its index cells, then its JSON as text cells. */
export function runRow(
  number: number,
  keptAt: string,
  summary: readonly string[],
  results: readonly string[],
): CellInput[] {
  const text = (s: string) => `'${s}`;
  return [
    number,
    text(keptAt),
    FORMAT,
    summary.length,
    results.length,
    ...summary.map(text),
    ...results.map(text),
  ];
}

/** The last column anything on the history sheet reaches (at least the index's). */
export async function usedWidth(host: WorkbookHost): Promise<number> {
  const used = await host.usedAddress(RUN_HISTORY_SHEET);
  if (used === null) return INDEX_COLUMNS;
  const at = parseRange(used);
  return Math.max(INDEX_COLUMNS, at.col + at.cols - 1);
}
