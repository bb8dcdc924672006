import { type Direction, parseDirection } from '../engine/rules/direction';
import { PLAIN_NUMBERS, readNumberText } from '../engine/rules/numberText';
import { quotedText } from '../engine/rules/quotedText';
import { excelError, type ExcelError, fromDomain, isExcelError, passOn } from './excelErrors';

/**
 * Readers of one Excel cell. They return errors as values, never throw: a bad cell in a range spoils
 * only its own output cell, and a million bad cells must not mean a million exceptions.
 */

/** A number, null for a blank cell, or the Excel error the cell deserves. */
export type NumberCell = number | null | ExcelError;

// Module-level copy: a global lookup per cell is slow in sandboxed runtimes (jest's vm, for one).
const isFiniteNumber = Number.isFinite;

/** Blank: omitted (null/undefined), an empty cell ("") or a cell holding only spaces. */
export function isBlank(cell: unknown): boolean {
  if (typeof cell !== 'string') return cell === null || cell === undefined;
  if (cell.length === 0) return true;
  const first = cell.charCodeAt(0);
  // Printable ASCII is not a space: most text is decided without looking further.
  return first > 32 && first < 127 ? false : SPACES_ONLY.test(cell);
}

// \s is the set trim() removes; a test allocates nothing where trim() copies every text cell.
const SPACES_ONLY = /^\s*$/;

/** Short quotation of user text for messages, so a pasted paragraph does not flood the message. */
export const quote = quotedText;

/**
 * A cell readNumber would return unchanged: a finite number, nearly every cell a sheet passes. Hot
 * loops test this first and call readNumber only for the rest (text, blanks, errors), so a range of
 * numbers is read with no per-cell call, and no number is boxed on its way through one.
 */
export function isNumberCell(cell: unknown): cell is number {
  // x − x is 0 exactly for finite x (NaN and ±Infinity give NaN), without a global lookup.
  return typeof cell === 'number' && cell - cell === 0;
}

/** Reads a value cell: numbers, numeric text and "x%" text (as x/100); booleans and other text are #VALUE!. */
export function readNumber(cell: unknown, label: string): NumberCell {
  if (typeof cell === 'number') {
    return isFiniteNumber(cell)
      ? cell
      : excelError('num', `${label}: ${cell} is not a finite number`);
  }
  if (isBlank(cell)) return null;
  if (typeof cell === 'string') return numberFromText(cell, label);
  if (typeof cell === 'boolean')
    return excelError('value', `${label}: ${cell ? 'TRUE' : 'FALSE'} is not a number`);
  if (isExcelError(cell)) return passOn(cell);
  return excelError('value', `${label}: expected a number`);
}

/** A cell stored as text: "99.5", "-0.05", "1e3", "99.5%" (as 0.995), read as Excel's own text is. */
function numberFromText(cell: string, label: string): NumberCell {
  const read = readNumberText(cell, PLAIN_NUMBERS);
  if (read === null) return excelError('value', `${label}: ${quote(cell)} is not a number`);
  if (!isFiniteNumber(read.value))
    return excelError('num', `${label}: ${quote(cell)} is not a finite number`);
  return read.percent ? read.value / 100 : read.value;
}

/** A number that must not be negative (amounts of money, allocations, units). */
export function readNonNegative(cell: unknown, label: string): NumberCell {
  const x = readNumber(cell, label);
  if (typeof x === 'number' && x < 0)
    return excelError('value', `${label} must not be negative, not ${x}`);
  return x;
}

/** Reads a text cell (a direction or method word); null when blank. Numbers and booleans become their text. */
export function readText(cell: unknown): string | null | ExcelError {
  if (isBlank(cell)) return null;
  if (isExcelError(cell)) return passOn(cell);
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell).toUpperCase();
  return '(not text)';
}

/** Reads a direction cell; blank means the default, higher is better. */
export function readDirection(cell: unknown, label = 'direction'): Direction | ExcelError {
  const text = readText(cell);
  if (isExcelError(text)) return text;
  const parsed = parseDirection(text, label);
  return parsed.ok ? parsed.value : fromDomain(parsed.error);
}
