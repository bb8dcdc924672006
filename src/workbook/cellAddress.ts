/**
 * A1 addressing as Excel writes it: columns as letters (A … XFD), rows from 1, optional "$" marks,
 * optional sheet prefix ("'My sheet'!A1:C3"). Rows and columns are 1-based throughout, as in Excel.
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

/** A rectangle: its top-left cell and its size. */
export interface RangePosition extends CellPosition {
  readonly rows: number;
  readonly cols: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** 1 → "A", 27 → "AA", 16384 → "XFD". */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 1 || col > MAX_COLUMNS)
    throw new Error(`Column ${col} is outside 1…${MAX_COLUMNS}`);
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function lettersValue(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col;
}

/** "A" → 1, "xfd" → 16384. */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new Error(`"${letters}" is not a column`);
  const col = lettersValue(letters);
  if (col > MAX_COLUMNS) throw new Error(`Column ${letters} is beyond XFD, the last column`);
  return col;
}

/** Whether text is a cell reference such as "B5" or "$B$5" within the sheet's limits. */
export function isCellReference(text: string): boolean {
  const m = CELL.exec(text);
  if (!m) return false;
  const row = Number(m[2]);
  return row >= 1 && row <= MAX_ROWS && lettersValue(m[1]) <= MAX_COLUMNS;
}

/** Whether text reads as an R1C1 reference ("R", "C", "R2C3", "rc"), which Excel also refuses as a name. */
export function isR1C1Reference(text: string): boolean {
  return text !== '' && /^([Rr]\d*)?([Cc]\d*)?$/.test(text);
}

export function parseCell(address: string): CellPosition {
  const m = CELL.exec(address.trim());
  const row = m ? Number(m[2]) : 0;
  if (!m || row < 1 || row > MAX_ROWS) throw new Error(`"${address}" is not a cell address`);
  return { row, col: columnNumber(m[1]) };
}

/** "A1:C3", "$A$1", "C3:A1" (corners in any order) → top-left and size. */
export function parseRange(address: string): RangePosition {
  const parts = address.trim().split(':');
  if (parts.length > 2 || parts.some((p) => p === ''))
    throw new Error(`"${address}" is not a range address`);
  const a = parseCell(parts[0]);
  const b = parts.length === 2 ? parseCell(parts[1]) : a;
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
}

export function cellAddress(row: number, col: number, absolute = false): string {
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROWS)
    throw new Error(`Row ${row} is outside 1…${MAX_ROWS}`);
  const mark = absolute ? '$' : '';
  return `${mark}${columnLetters(col)}${mark}${row}`;
}

/** The cell `rows` below and `cols` right of `address` (negative moves up/left). */
export function offsetCell(address: string, rows: number, cols: number): string {
  const { row, col } = parseCell(address);
  return cellAddress(row + rows, col + cols);
}

/** "A1" for a single cell, "A1:C3" otherwise. */
export function addressOf(range: RangePosition, absolute = false): string {
  if (range.rows < 1 || range.cols < 1)
    throw new Error(
      `A range needs at least one row and one column, not ${range.rows}×${range.cols}`,
    );
  const start = cellAddress(range.row, range.col, absolute);
  if (range.rows === 1 && range.cols === 1) return start;
  return `${start}:${cellAddress(range.row + range.rows - 1, range.col + range.cols - 1, absolute)}`;
}

/** The address of a block of `rows` × `cols` cells whose top-left cell is `topLeft`. */
export function rangeAddress(
  topLeft: string,
  rows: number,
  cols: number,
  absolute = false,
): string {
  return addressOf({ ...parseCell(topLeft), rows, cols }, absolute);
}

/** Whether two rectangles share a cell. */
export function rangesOverlap(a: RangePosition, b: RangePosition): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.col < b.col + b.cols &&
    b.col < a.col + a.cols
  );
}

// Sheet names that Excel writes without quotes: a word that cannot be read as a cell or a number.
const PLAIN_SHEET = /^[A-Za-z_][A-Za-z0-9_.]*$/;

/** "Contract!$B$3", or "'My sheet'!$B$3" when the sheet name needs quoting. */
export function qualifiedAddress(sheet: string, address: string): string {
  const plain = PLAIN_SHEET.test(sheet) && !isCellReference(sheet) && !isR1C1Reference(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${address}`;
}

/** Splits "Sheet1!A1:B2" or "'It''s'!A1" into sheet and address; sheet is null without a prefix. */
export function splitSheetAddress(text: string): { sheet: string | null; address: string } {
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheet: null, address: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2)
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: text.slice(bang + 1) };
}
