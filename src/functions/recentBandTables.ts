import { type BandTable } from '../engine/rules/bands';
import { type Grid } from './broadcast';

/**
 * Band tables read recently, found again by their cells' contents. A sheet has thousands of formula
 * cells over the same few band tables and Excel passes each call fresh arrays, so parsing and
 * validating the table (header, blanks, text numbers, scales, sorting) would otherwise be most of a
 * call's time. A table's result depends on its cells alone (and the label and columns asked for),
 * so equal cells give the same table. Only tables that read successfully are kept; a bad table is
 * read again, to fail with its message.
 */
interface Entry {
  /** The argument's name, which messages and so the reading depend on. */
  readonly label: string;
  /** The caller's column description, compared by identity: callers keep theirs in a constant. */
  readonly columns: object;
  readonly rows: number;
  /** A copy of the cells row by row: the caller's arrays may change after the call. */
  readonly cells: readonly unknown[];
  readonly table: BandTable;
}

/** A few tables per workbook are typical; small tables only, so the copies stay small. */
const MAX_ENTRIES = 8;
const MAX_ROWS = 256;

const recent: Entry[] = [];

function sameCells(entry: Entry, g: Grid): boolean {
  if (entry.rows !== g.rows) return false;
  const cells = entry.cells;
  let k = 0;
  for (let r = 0; r < g.rows; r++) {
    const row = g.cells[r];
    for (let c = 0; c < g.cols; c++) if (!Object.is(cells[k++], row[c])) return false;
  }
  return true;
}

/** The table read earlier from cells equal to `g`'s, or null. */
export function recentBandTable(g: Grid, columns: object): BandTable | null {
  for (let i = 0; i < recent.length; i++) {
    const entry = recent[i];
    if (entry.label !== g.label || entry.columns !== columns || !sameCells(entry, g)) continue;
    // Most recent first: a run of cells over one table finds it at once.
    if (i > 0) recent.unshift(...recent.splice(i, 1));
    return entry.table;
  }
  return null;
}

/** Keeps `table`, read from `g`, for later calls over equal cells. */
export function rememberBandTable(g: Grid, columns: object, table: BandTable): void {
  if (g.rows > MAX_ROWS) return;
  const cells: unknown[] = [];
  for (const row of g.cells) for (let c = 0; c < g.cols; c++) cells.push(row[c]);
  recent.unshift({ label: g.label, columns, rows: g.rows, cells, table });
  if (recent.length > MAX_ENTRIES) recent.pop();
}
