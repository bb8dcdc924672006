import { addressOf, parseRange, splitSheetAddress } from './cellAddress';
import { type CellInput } from './workbookHost';

/** What the browser workbench renders of an in-memory workbook: cells, tables and the names formulas use. */

export interface CellSnapshot {
  readonly address: string;
  readonly row: number;
  readonly col: number;
  readonly input: CellInput;
  readonly numberFormat: string | null;
}

export interface TableSnapshot {
  readonly name: string;
  readonly sheet: string;
  /** The whole table including its header row. */
  readonly address: string;
  /** The data rows: what the table's name means in a formula. */
  readonly dataAddress: string;
}

/** A table or workbook name and the cells it refers to. */
export interface NamedRange {
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
}

/** "=Contract!$B$3" → its sheet and address; null for constants and expressions. */
export function referenceOf(formula: string): { sheet: string; address: string } | null {
  const { sheet, address } = splitSheetAddress(formula.slice(1));
  if (sheet === null) return null;
  try {
    return { sheet, address: addressOf(parseRange(address)) };
  } catch {
    return null;
  }
}
