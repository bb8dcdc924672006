import { type CellInput } from '../workbook/workbookHost';
import { MAX_COLUMNS, MAX_ROWS } from '../workbook/cellAddress';
import { displayText, spill } from './cellDisplay';
import { type Evaluated } from './formulaEvaluator';

/** One rendered cell of the read-only sheet view. */
export interface LaidOutCell {
  readonly text: string;
  /** Formula text, when the cell holds one. */
  readonly formula: string | null;
  readonly error: string | null;
  readonly numeric: boolean;
  readonly spilled: boolean;
}

export interface SheetLayout {
  readonly rows: number;
  readonly cols: number;
  readonly cells: ReadonlyMap<string, LaidOutCell>;
}

export const cellKey = (row: number, col: number) => `${row}:${col}`;

/** Places every cell's shown value, spilling array results like Excel (#SPILL! when blocked). */
export function layoutSheet(
  inputs: readonly { row: number; col: number; input: CellInput; numberFormat?: string | null }[],
  valueAt: (row: number, col: number) => Evaluated,
): SheetLayout {
  const cells = new Map<string, LaidOutCell>();
  const occupied = new Set(
    inputs.filter((c) => c.input !== null && c.input !== '').map((c) => cellKey(c.row, c.col)),
  );
  let rows = 0;
  let cols = 0;
  const place = (row: number, col: number, cell: LaidOutCell) => {
    cells.set(cellKey(row, col), cell);
    rows = Math.max(rows, row);
    cols = Math.max(cols, col);
  };
  for (const { row, col, input, numberFormat = null } of inputs) {
    if (input === null || input === '') continue;
    const formula = typeof input === 'string' && input.startsWith('=') ? input : null;
    const value = formula ? valueAt(row, col) : ({ kind: 'value', value: input } as Evaluated);
    const spilled = spill(row, col, value);
    const blocked = spilled.some((s) => s.spilledFrom && occupied.has(cellKey(s.row, s.col)));
    // Like Excel, a result that would run past the sheet's last row or column does not spill.
    const offSheet = spilled.some((s) => s.row > MAX_ROWS || s.col > MAX_COLUMNS);
    if (blocked || offSheet) {
      place(row, col, {
        text: '#SPILL!',
        formula,
        error: blocked
          ? 'The result would overwrite other cells'
          : 'The result would run past the edge of the sheet',
        numeric: false,
        spilled: false,
      });
      continue;
    }
    for (const s of spilled) {
      const error = s.value.kind === 'error' ? s.value.message : null;
      const numeric = s.value.kind === 'value' && typeof s.value.value === 'number';
      place(s.row, s.col, {
        text: displayText(s.value, numberFormat),
        formula: s.spilledFrom ? null : formula,
        error,
        numeric,
        spilled: s.spilledFrom !== null,
      });
    }
  }
  return { rows, cols, cells };
}
