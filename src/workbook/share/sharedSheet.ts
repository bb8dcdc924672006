import { EXCEL_INFINITY } from '../../engine/rules/levelFormulas';
import { columnLetters } from '../cellAddress';

/**
 * A sheet of the counterparty file as plain data, before any library writes it: inputs, and
 * formulas with the value the engine computed for them (cached in the file, so a viewer that does
 * not calculate still shows every figure). Rows and columns are 1-based, as in Excel.
 */

export type SharedInput = number | string | boolean | null;

export interface SharedFormula {
  /** Without the leading "=", en-US syntax (as range.formulas and the file format use). */
  readonly formula: string;
  readonly result: number | string | boolean;
}

export type SharedCell = SharedInput | SharedFormula;

/** How a row looks: a title, a table header, a total, a line of explanation, or plain. */
export type RowStyle = 'title' | 'header' | 'total' | 'note' | 'plain';

export interface SharedRow {
  readonly cells: readonly SharedCell[];
  readonly formats: readonly (string | null)[];
  readonly style: RowStyle;
}

export interface SharedSheet {
  readonly name: string;
  readonly rows: readonly SharedRow[];
  /** Column widths in characters. */
  readonly widths: readonly number[];
}

/** `n` empty cells: a row's label and figures far apart, without a wall of nulls. */
export const blanks = (n: number): null[] => Array<null>(n).fill(null);

export const isFormula = (cell: SharedCell): cell is SharedFormula =>
  cell !== null && typeof cell === 'object';

/**
 * A number as a cell can hold it: ±∞ become Excel's largest number (what the formulas write), NaN
 * (not measured) an empty text, as the formulas give.
 */
function cellNumber(x: number): number | string {
  if (Number.isNaN(x)) return '';
  if (x === Infinity) return EXCEL_INFINITY;
  if (x === -Infinity) return -EXCEL_INFINITY;
  return x;
}

export const formula = (text: string, result: number | string | boolean): SharedFormula => ({
  formula: text,
  result: typeof result === 'number' ? cellNumber(result) : result,
});

/** "Terms – Our offer" → "'Terms – Our offer'": quoted always, apostrophes doubled. */
const quotedSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** Builds a sheet top to bottom. */
export class SharedSheetBuilder {
  private readonly built: SharedRow[] = [];

  constructor(
    readonly name: string,
    readonly widths: readonly number[],
  ) {}

  /** The row the next `add` fills. */
  get next(): number {
    return this.built.length + 1;
  }

  /** Adds a row; returns its number. `formats[c]` is column c's number format. */
  add(
    cells: readonly SharedCell[],
    formats: readonly (string | null)[] = [],
    style: RowStyle = 'plain',
  ): number {
    this.built.push({ cells, formats, style });
    return this.built.length;
  }

  /** Keeps `count` empty rows for content known only later (a summary of blocks below); returns the first. */
  reserve(count: number): number {
    const first = this.next;
    for (let i = 0; i < count; i++) this.add([]);
    return first;
  }

  /** Fills a reserved row. */
  fill(
    row: number,
    cells: readonly SharedCell[],
    formats: readonly (string | null)[] = [],
    style: RowStyle = 'plain',
  ): void {
    if (this.built[row - 1]?.cells.length !== 0)
      throw new Error(`Row ${row} is not a reserved row`);
    this.built[row - 1] = { cells, formats, style };
  }

  /** "C7" on this sheet; `fixed` gives "$C$7". Columns are 1-based. */
  local(col: number, row: number, fixed = false): string {
    const d = fixed ? '$' : '';
    return `${d}${columnLetters(col)}${d}${row}`;
  }

  /** "'Contract'!$C$7": a fixed reference other sheets use. */
  external(col: number, row: number): string {
    return `${quotedSheet(this.name)}!${this.local(col, row, true)}`;
  }

  build(): SharedSheet {
    return { name: this.name, rows: this.built, widths: this.widths };
  }
}

/** Excel's rules for sheet names: 31 characters, none of []:*?/\, no apostrophe at either end, unique. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const clean = wanted.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ');
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    // Trimmed after the cut: the cut itself can end on an apostrophe or a space.
    const start = clipUnits(clean, 31 - suffix.length).replace(/^[\s']+|[\s']+$/g, '');
    const name = (start || 'Sheet') + suffix;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/** The longest start of `text` within `units` UTF-16 units, cut between characters. */
function clipUnits(text: string, units: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > units) break;
    out += ch;
  }
  return out;
}
