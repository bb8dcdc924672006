import { type RangeRef } from 'fast-formula-parser';
import { cellAddress } from '../workbook/cellAddress';
import { countText } from '../engine/terms/limits';
import { type CellInput } from '../workbook/workbookHost';

/**
 * Reading a range without visiting every address in it. "=SUM(A:A)" names 1,048,576 cells and
 * "=SUM(A1:XFD1048576)" seventeen billion, but a workbook holds a few thousand: a large range is
 * cut to the part that holds something (its top-left corner kept, so MATCH and INDEX positions stay
 * right) and filled from the sheet's own list of cells. What is left after the cut may still be
 * too large to hand to a formula function as an array; above MAX_RANGE_CELLS it is refused with
 * #NUM! and a message, instead of freezing the page.
 */

/** Cells a range may hand to a function once cut: over the largest table the add-in writes (OM_Actuals: 24,001 rows × 5 columns). */
export const MAX_RANGE_CELLS = 200_000;
/** Up to this many addresses a range is read address by address; larger ones go through the sheet's list of cells. */
export const DIRECT_RANGE_CELLS = 10_000;

export interface StoredCell {
  readonly row: number;
  readonly col: number;
  readonly input: CellInput;
}

export const isFormula = (input: CellInput | undefined): input is string =>
  typeof input === 'string' && input.startsWith('=');

/** A sheet's cells that hold something, listed once per workbook version. */
export class SheetIndex {
  readonly formulas: readonly StoredCell[];
  private readonly extents = new Map<string, { rows: number; cols: number } | null>();

  constructor(readonly cells: readonly StoredCell[]) {
    this.formulas = cells.filter((c) => isFormula(c.input));
  }

  /** Rows and columns from the range's top-left corner to its last cell that holds something (null when none does). */
  extent(ref: RangeRef): { rows: number; cols: number } | null {
    const key = rangeKey(ref);
    if (!this.extents.has(key)) {
      let rows = 0;
      let cols = 0;
      for (const c of this.cells)
        if (inside(c, ref)) {
          rows = Math.max(rows, c.row - ref.from.row + 1);
          cols = Math.max(cols, c.col - ref.from.col + 1);
        }
      this.extents.set(key, rows === 0 ? null : { rows, cols });
    }
    return this.extents.get(key) ?? null;
  }
}

/** Thrown to refuse a range too large to evaluate; the evaluator shows it as #NUM! with this message. */
export class EvaluationLimit extends Error {}

export const areaOf = (ref: RangeRef) =>
  (ref.to.row - ref.from.row + 1) * (ref.to.col - ref.from.col + 1);

export const inside = (c: { row: number; col: number }, ref: RangeRef) =>
  c.row >= ref.from.row && c.row <= ref.to.row && c.col >= ref.from.col && c.col <= ref.to.col;

const rangeKey = (ref: RangeRef) => `${ref.from.row}:${ref.from.col}:${ref.to.row}:${ref.to.col}`;

const rangeText = (ref: RangeRef) =>
  `${cellAddress(ref.from.row, ref.from.col)}:${cellAddress(ref.to.row, ref.to.col)}`;

/**
 * The values of a range as the formula parser wants them (rows of cells, blanks as null), reading
 * only cells that exist when the range is large. `valueAt` gives a cell's parser value.
 */
export function readRange(
  ref: RangeRef,
  index: () => SheetIndex,
  valueAt: (row: number, col: number) => unknown,
): unknown[][] {
  let rows = ref.to.row - ref.from.row + 1;
  let cols = ref.to.col - ref.from.col + 1;
  const direct = areaOf(ref) <= DIRECT_RANGE_CELLS;
  if (!direct) {
    const extent = index().extent(ref);
    if (extent === null) return [[null]];
    ({ rows, cols } = extent);
    if (rows * cols > MAX_RANGE_CELLS)
      throw new EvaluationLimit(
        `${rangeText(ref)} holds values across ${countText(rows)} rows × ${countText(cols)} columns; the workbench evaluates ranges of up to ${countText(MAX_RANGE_CELLS)} cells (from the first cell to the last one holding something).`,
      );
  }
  const grid = Array.from({ length: rows }, () => new Array<unknown>(cols).fill(null));
  if (direct) {
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) grid[r][c] = valueAt(ref.from.row + r, ref.from.col + c);
  } else {
    for (const cell of index().cells) {
      const r = cell.row - ref.from.row;
      const c = cell.col - ref.from.col;
      if (r >= 0 && r < rows && c >= 0 && c < cols) grid[r][c] = valueAt(cell.row, cell.col);
    }
  }
  return grid;
}

/** Formula cells inside a range, found without visiting every address when the range is large. */
export function formulasInRange(
  ref: RangeRef,
  index: () => SheetIndex,
  inputAt: (row: number, col: number) => CellInput | undefined,
): { row: number; col: number }[] {
  if (areaOf(ref) > DIRECT_RANGE_CELLS) return index().formulas.filter((c) => inside(c, ref));
  const found: { row: number; col: number }[] = [];
  for (let row = ref.from.row; row <= ref.to.row; row++)
    for (let col = ref.from.col; col <= ref.to.col; col++)
      if (isFormula(inputAt(row, col))) found.push({ row, col });
  return found;
}
