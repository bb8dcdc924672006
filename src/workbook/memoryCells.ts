import { addressOf, type RangePosition } from './cellAddress';
import { cellKey, type Sheet } from './memoryWorkbookState';
import { type CellInput, type RangeContent } from './workbookHost';

/** The in-memory workbook's cells: what Excel keeps of a cell, written and read back as Excel would. */

export function setCell(
  sheet: Sheet,
  row: number,
  col: number,
  input: CellInput,
  format: string | null,
): void {
  const k = cellKey(row, col);
  const cell = sheet.cells.get(k);
  // "General" is Excel's absence of a format: kept as none, so a restored cell equals the original.
  const kept = format === 'General' ? null : (format ?? cell?.format ?? null);
  const next = { input: input === '' ? null : input, format: kept };
  if (next.input === null && next.format === null) sheet.cells.delete(k);
  else sheet.cells.set(k, next);
}

/** Inputs and formats of a range, "General" where a cell has none. */
export function cellsIn(sheet: Sheet, range: RangePosition): RangeContent {
  const inputs: CellInput[][] = [];
  const formats: string[][] = [];
  for (let r = range.row; r < range.row + range.rows; r++) {
    const inputRow: CellInput[] = [];
    const formatRow: string[] = [];
    for (let c = range.col; c < range.col + range.cols; c++) {
      const cell = sheet.cells.get(cellKey(r, c));
      inputRow.push(cell?.input ?? null);
      formatRow.push(cell?.format ?? 'General');
    }
    inputs.push(inputRow);
    formats.push(formatRow);
  }
  return { inputs, formats };
}

/** The smallest range holding every cell with an input or a format; null for an empty sheet. */
export function usedRangeOf(sheet: Sheet): string | null {
  if (sheet.cells.size === 0) return null;
  let [top, left, bottom, right] = [Infinity, Infinity, 0, 0];
  for (const k of sheet.cells.keys()) {
    const [r, c] = k.split(':').map(Number);
    [top, left, bottom, right] = [
      Math.min(top, r),
      Math.min(left, c),
      Math.max(bottom, r),
      Math.max(right, c),
    ];
  }
  return addressOf({ row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 });
}
