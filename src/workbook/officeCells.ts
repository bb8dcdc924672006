import { splitSheetAddress } from './cellAddress';
import { type CellInput, type NumberFormats } from './workbookHost';

/** What Office.js takes and gives for cells, shared by the Office host's files. */

export type ExcelCell = string | number | boolean;

/** Rows padded to one width; null becomes "" so that the cell is cleared, as the host interface promises. */
export function formulaGrid(
  cells: readonly (readonly CellInput[])[],
  width: number,
): ExcelCell[][] {
  return cells.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
}

/** Excel wants a format per cell; null leaves that cell's format as it is. */
export function formatGrid(
  formats: NumberFormats,
  rows: number,
  cols: number,
): (string | null)[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) =>
      typeof formats === 'string' ? formats : (formats[r]?.[c] ?? null),
    ),
  );
}

export const sameText = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Excel reports addresses with their sheet ("Contract!D2:L7"); the host speaks sheet-local addresses. */
export const localAddress = (address: string) => splitSheetAddress(address).address;
