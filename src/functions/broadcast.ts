import { CallFailure, type ExcelError, failCall, isExcelError } from './excelErrors';
import { checkInputSize, checkResultSize } from './sizeLimits';

/**
 * Ranges as Excel passes them (row-major 2-D arrays) and Excel's broadcasting of them. Everything
 * loops; nothing spreads or recurses, so a million-cell range is fine. Sizes are checked against
 * sizeLimits.ts from the arrays' lengths alone, before a cell is read.
 */
export interface Grid {
  readonly label: string;
  readonly rows: number;
  readonly cols: number;
  readonly cells: readonly (readonly unknown[])[];
}

export interface Shape {
  readonly rows: number;
  readonly cols: number;
}

/** Accepts what Excel passes for a range (any[][]), a single value, or null for an omitted argument. */
export function toGrid(arg: unknown, label: string): Grid {
  if (!Array.isArray(arg)) return { label, rows: 1, cols: 1, cells: [[arg ?? null]] };
  if (arg.length === 0) return failCall('value', `${label} is an empty range`);
  const first: unknown = arg[0];
  if (Array.isArray(first)) checkInputSize(label, arg.length, first.length);
  else checkInputSize(label, 1, arg.length);
  let nested = 0;
  for (const row of arg) if (Array.isArray(row)) nested++;
  // A 1-D array (from a script, not Excel) is read as one row.
  if (nested === 0) return { label, rows: 1, cols: arg.length, cells: [arg] };
  if (nested !== arg.length) return failCall('value', `${label} is not a rectangular range`);
  const rows = arg as unknown[][];
  const cols = rows[0].length;
  if (cols === 0) return failCall('value', `${label} is an empty range`);
  for (const row of rows)
    if (row.length !== cols) return failCall('value', `${label} is not a rectangular range`);
  return { label, rows: rows.length, cols, cells: rows };
}

export const sizeText = (s: Shape): string => `${s.rows}×${s.cols}`;

/** The output shape of broadcast arguments; differently sized ranges are #N/A, as in Excel; too large is #VALUE!. */
export function broadcastShape(grids: readonly Grid[]): Shape {
  let rows = 1;
  let cols = 1;
  for (const g of grids) {
    rows = Math.max(rows, g.rows);
    cols = Math.max(cols, g.cols);
  }
  for (const g of grids) {
    if ((g.rows !== 1 && g.rows !== rows) || (g.cols !== 1 && g.cols !== cols)) {
      const other = grids.find(
        (h) => h !== g && h.rows * h.cols > 1 && (h.rows !== g.rows || h.cols !== g.cols),
      );
      const against = other ? ` but ${other.label} is ${sizeText(other)}` : '';
      return failCall(
        'na',
        `${g.label} is ${sizeText(g)}${against}: ranges must be the same size or a single cell`,
      );
    }
  }
  checkResultSize(rows, cols);
  return { rows, cols };
}

/** The cell of `g` that pairs with output cell (r, c) under broadcasting. */
export function cellAt(g: Grid, r: number, c: number): unknown {
  return g.cells[g.rows === 1 ? 0 : r][g.cols === 1 ? 0 : c];
}

export function mapGrid(shape: Shape, f: (r: number, c: number) => unknown): unknown[][] {
  const out: unknown[][] = new Array(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const row: unknown[] = new Array(shape.cols);
    for (let c = 0; c < shape.cols; c++) row[c] = f(r, c);
    out[r] = row;
  }
  return out;
}

/** Reads a broadcast argument by cell; a bad single cell would fail every output cell, so it fails the call. */
export function cellReader<T>(
  g: Grid,
  read: (cell: unknown) => T | ExcelError,
): (r: number, c: number) => T | ExcelError {
  if (g.rows === 1 && g.cols === 1) {
    const value = read(g.cells[0][0]);
    if (isExcelError(value)) throw new CallFailure(value);
    return () => value;
  }
  return (r, c) => read(cellAt(g, r, c));
}

/** The one cell of an argument that must be a single value. */
export function singleCell(arg: unknown, label: string): unknown {
  if (!Array.isArray(arg)) return arg ?? null; // a value, as toGrid would hold it: no grid built
  const g = toGrid(arg, label);
  if (g.rows !== 1 || g.cols !== 1)
    return failCall('value', `${label} must be a single value, not a ${sizeText(g)} range`);
  return g.cells[0][0];
}

/** Reads a single value argument; an invalid one makes the whole call an error. */
export function readSingle<T>(
  arg: unknown,
  label: string,
  read: (cell: unknown, label: string) => T | ExcelError,
): T {
  const value = read(singleCell(arg, label), label);
  if (isExcelError(value)) throw new CallFailure(value);
  return value;
}

/** Cells of a row or a column in order; `what` names a multi-row, multi-column range in the message. */
export function vectorCells(g: Grid, what: string): readonly unknown[] {
  if (g.rows === 1) return g.cells[0];
  if (g.cols !== 1)
    return failCall(
      'value',
      `${g.label} must be one row or one column of ${what}, not a ${sizeText(g)} range`,
    );
  const out: unknown[] = new Array(g.rows);
  for (let r = 0; r < g.rows; r++) out[r] = g.cells[r][0];
  return out;
}

/** One value per item (e.g. per service level): a single cell repeats, else a row or column of exactly n cells. */
export function perItem(g: Grid, n: number, what: string): readonly unknown[] {
  if (g.rows === 1 && g.cols === 1) return new Array<unknown>(n).fill(g.cells[0][0]);
  const count = g.rows * g.cols;
  if ((g.rows === 1 || g.cols === 1) && count === n) return vectorCells(g, what);
  const one = what.replace(/s$/, '');
  const there = n === 1 ? `there is 1 ${one}` : `there are ${n} ${what}`;
  return failCall(
    'na',
    `${g.label} has ${count} cells but ${there}: give one value or one per ${one}`,
  );
}

/** All cells of a range, row by row. */
export function allCells(g: Grid): unknown[] {
  const out: unknown[] = new Array(g.rows * g.cols);
  let k = 0;
  for (const row of g.cells) for (const cell of row) out[k++] = cell;
  return out;
}
