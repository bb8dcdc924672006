import { addressOf, cellAddress, type RangePosition } from './cellAddress';
import {
  cellKey,
  newWorkbookData,
  type Sheet,
  workbookFromState,
  type WorkbookData,
} from './memoryWorkbookState';
import { type CellInput, type CellValue, type ChartSpec } from './workbookHost';
import {
  type CellSnapshot,
  type NamedRange,
  referenceOf,
  type TableSnapshot,
} from './workbookSnapshot';

/**
 * What the in-memory workbook holds and how it reads, apart from the WorkbookHost operations
 * (memoryWorkbookHost.ts): the values cells show, and the snapshots the browser workbench draws.
 */

export interface MemoryWorkbookOptions {
  /** What a formula cell shows; without it, formula cells read back as their formula text. */
  readonly evaluate?: (sheet: string, address: string, formula: string) => CellValue;
}

const lower = (name: string) => name.toLowerCase();

export class MemoryWorkbookView {
  protected data: WorkbookData;
  protected readonly listeners = new Set<() => void>();

  /** A new workbook with one empty Sheet1, or the workbook a saved state describes (throws when it is damaged). */
  constructor(
    protected readonly options: MemoryWorkbookOptions = {},
    state?: unknown,
  ) {
    this.data = state === undefined ? newWorkbookData() : workbookFromState(state);
  }

  // ---- Snapshots for the workbench ----

  sheetNames(): string[] {
    return this.data.sheets.map((s) => s.name);
  }

  /** Cells holding something, row by row. */
  sheetCells(sheet: string): CellSnapshot[] {
    const target = this.findSheet(sheet);
    if (!target) return [];
    const out: CellSnapshot[] = [];
    for (const [k, cell] of target.cells) {
      if (cell.input === null) continue;
      const [row, col] = k.split(':').map(Number);
      out.push({
        address: cellAddress(row, col),
        row,
        col,
        input: cell.input,
        numberFormat: cell.format,
      });
    }
    return out.sort((a, b) => a.row - b.row || a.col - b.col);
  }

  /** A cell's input as written (undefined when empty), for formula evaluation. */
  cellInput(sheet: string, row: number, col: number): CellInput | undefined {
    return this.findSheet(sheet)?.cells.get(cellKey(row, col))?.input ?? undefined;
  }

  tables(): TableSnapshot[] {
    return [...this.data.tables.values()].map((t) => ({
      name: t.name,
      sheet: t.sheet.name,
      address: addressOf(t.position),
      dataAddress: addressOf({ ...t.position, row: t.position.row + 1, rows: t.position.rows - 1 }),
    }));
  }

  /** Table names (meaning their data rows) and workbook names that refer to a range; other names are left out. */
  names(): NamedRange[] {
    const out: NamedRange[] = this.tables().map((t) => ({
      name: t.name,
      sheet: t.sheet,
      address: t.dataAddress,
    }));
    for (const { name, formula } of this.data.names.values()) {
      const target = referenceOf(formula);
      if (target && this.findSheet(target.sheet)) out.push({ name, ...target });
    }
    return out;
  }

  resolveName(name: string): { sheet: string; address: string } | null {
    const found = this.names().find((n) => lower(n.name) === lower(name));
    return found ? { sheet: found.sheet, address: found.address } : null;
  }

  charts(): ChartSpec[] {
    return [...this.data.charts];
  }

  activeSheet(): string {
    return this.data.active;
  }

  /** Calls `listener` after every change to the workbook; returns the function that stops it. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  // ---- internals ----

  protected changed(): void {
    for (const listener of [...this.listeners]) listener();
  }

  protected findSheet(name: string): Sheet | undefined {
    return this.data.sheets.find((s) => lower(s.name) === lower(name));
  }

  protected sheet(name: string): Sheet {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`There is no sheet "${name}".`);
    return sheet;
  }

  protected values(sheet: Sheet, range: RangePosition): CellValue[][] {
    const out: CellValue[][] = [];
    for (let r = range.row; r < range.row + range.rows; r++) {
      const row: CellValue[] = [];
      for (let c = range.col; c < range.col + range.cols; c++) row.push(this.valueOf(sheet, r, c));
      out.push(row);
    }
    return out;
  }

  protected valueOf(sheet: Sheet, row: number, col: number): CellValue {
    const input = sheet.cells.get(cellKey(row, col))?.input ?? null;
    if (input === null) return '';
    if (typeof input !== 'string') return input;
    if (input.startsWith('='))
      return this.options.evaluate
        ? this.options.evaluate(sheet.name, cellAddress(row, col), input)
        : input;
    return input.startsWith("'") ? input.slice(1) : input;
  }
}
