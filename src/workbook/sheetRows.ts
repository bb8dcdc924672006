import { type CellInput } from './workbookHost';

/** Rows of a generated sheet with their number formats, built top to bottom. */
export class SheetRows {
  readonly rows: CellInput[][] = [];
  readonly formats: (string | null)[][] = [];

  /** The sheet row the next `add` fills (1-based, the block starting at row 1). */
  get next(): number {
    return this.rows.length + 1;
  }

  /** Adds a row; returns its sheet row. */
  add(cells: CellInput[], format: (c: number) => string | null = () => null): number {
    this.rows.push(cells);
    this.formats.push(cells.map((_, c) => format(c)));
    return this.rows.length;
  }
}
