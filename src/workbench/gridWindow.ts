import { cellAddress, columnLetters } from '../workbook/cellAddress';
import { countText } from '../engine/terms/limits';
import { type SheetLayout } from './sheetLayout';

/**
 * Which rows and columns the read-only grid draws. They come from the cells that hold something,
 * never from the largest address Excel allows: a long run of empty rows or columns is drawn as one
 * "empty" line, so one stored cell at XFD1048576 costs two lines, not seventeen billion cells. As a
 * backstop the grid stops after MAX_SHOWN_ROWS rows and MAX_SHOWN_COLS columns and names the cells
 * beyond in a note.
 */
export const MAX_SHOWN_ROWS = 1_000;
export const MAX_SHOWN_COLS = 100;
/** Runs of empty rows (columns) longer than this are drawn as a single line saying so. */
export const MAX_EMPTY_ROWS = 20;
export const MAX_EMPTY_COLS = 10;
/** At least this much is drawn, so an empty sheet still looks like a sheet. */
const MIN_ROWS = 10;
const MIN_COLS = 6;
const LISTED_BEYOND = 3;

/** A row (column) drawn in the grid, or a run of empty ones drawn as one line. */
export type GridLine =
  | { readonly kind: 'line'; readonly index: number }
  | { readonly kind: 'gap'; readonly from: number; readonly to: number };

export interface GridWindow {
  readonly rows: readonly GridLine[];
  readonly cols: readonly GridLine[];
  /** Why some cells are not drawn, or null when all are. */
  readonly note: string | null;
}

export function gridWindow(layout: SheetLayout): GridWindow {
  const usedRows = new Set<number>();
  const usedCols = new Set<number>();
  for (const key of layout.cells.keys()) {
    const [row, col] = key.split(':').map(Number);
    usedRows.add(row);
    usedCols.add(col);
  }
  const rows = gridLines(usedRows, MIN_ROWS, MAX_EMPTY_ROWS, MAX_SHOWN_ROWS);
  const cols = gridLines(usedCols, MIN_COLS, MAX_EMPTY_COLS, MAX_SHOWN_COLS);
  return { rows: rows.lines, cols: cols.lines, note: noteBeyond(layout, rows.last, cols.last) };
}

/** The lines for the used indexes, empty runs folded, cut after `cap` lines; `last` is the last index drawn. */
function gridLines(
  used: ReadonlySet<number>,
  min: number,
  maxEmpty: number,
  cap: number,
): { lines: GridLine[]; last: number } {
  const targets = [...used, min].sort((a, b) => a - b);
  const lines: GridLine[] = [];
  let last = 0;
  for (const target of targets) {
    if (target <= last) continue;
    if (target - last - 1 > maxEmpty) {
      lines.push({ kind: 'gap', from: last + 1, to: target - 1 });
      last = target - 1;
    }
    while (last < target && lines.length < cap) lines.push({ kind: 'line', index: ++last });
    if (lines.length >= cap) break;
  }
  return { lines, last };
}

function noteBeyond(layout: SheetLayout, lastRow: number, lastCol: number): string | null {
  const beyond: { row: number; col: number }[] = [];
  for (const key of layout.cells.keys()) {
    const [row, col] = key.split(':').map(Number);
    if (row > lastRow || col > lastCol) beyond.push({ row, col });
  }
  if (beyond.length === 0) return null;
  beyond.sort((a, b) => a.row - b.row || a.col - b.col);
  const listed = beyond.slice(0, LISTED_BEYOND).map((c) => cellAddress(c.row, c.col));
  const more = beyond.length - listed.length;
  const cells =
    beyond.length === 1
      ? '1 cell holding something lies'
      : `${countText(beyond.length)} cells holding something lie`;
  return `Showing rows up to ${countText(lastRow)} and columns up to ${columnLetters(lastCol)}; ${cells} beyond: ${listed.join(', ')}${more > 0 ? ` and ${countText(more)} more` : ''}.`;
}
