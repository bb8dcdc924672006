import FormulaParser, { type CellRef, type FunctionArg, type RangeRef } from 'fast-formula-parser';
import { type CellInput } from '../workbook/workbookHost';
import { parseRange } from '../workbook/cellAddress';
import { outcomeFunctionTable } from './outcomeFunctionTable';

/**
 * Evaluates the formulas of an in-memory workbook the way Excel would show them: references,
 * ranges, workbook and table names, Excel's built-in functions (via fast-formula-parser, MIT)
 * and the OUTCOME custom functions called with Excel's argument conventions.
 */

/** What the evaluator needs to know about the workbook. Rows and columns are 1-based. */
export interface WorkbookCells {
  cellInput(sheet: string, row: number, col: number): CellInput | undefined;
  /** A workbook name or table name (a table means its data rows). */
  resolveName(name: string): { sheet: string; address: string } | null;
}

export type Evaluated =
  | { readonly kind: 'value'; readonly value: string | number | boolean }
  | { readonly kind: 'blank' }
  | { readonly kind: 'error'; readonly code: string; readonly message: string }
  | { readonly kind: 'array'; readonly values: readonly (readonly Evaluated[])[] };

const FormulaError = FormulaParser.FormulaError;
const BLANK: Evaluated = { kind: 'blank' };

export class FormulaEvaluator {
  private readonly memo = new Map<string, Evaluated>();
  private readonly inProgress = new Set<string>();
  // A parser is not re-entrant: evaluating a referenced formula inside a parse needs its own parser.
  private readonly parsers: FormulaParser[] = [];
  private depth = 0;

  constructor(private readonly cells: WorkbookCells) {}

  private parserAtDepth(): FormulaParser {
    this.parsers[this.depth] ??= new FormulaParser({
      functions: outcomeFunctionTable(),
      onCell: (ref) => toParserValue(this.cellAt(ref.sheet, ref.row, ref.col)),
      onRange: (ref) => this.rangeValues(ref),
      onVariable: (name) => this.nameRef(name),
    });
    return this.parsers[this.depth];
  }

  /** Forget computed values: call after the workbook changes. */
  invalidate(): void {
    this.memo.clear();
  }

  /** The value a cell shows (a formula's result, spilled arrays whole). */
  cellAt(sheet: string, row: number, col: number): Evaluated {
    const input = this.cells.cellInput(sheet, row, col);
    if (input === undefined || input === null || input === '') return BLANK;
    if (typeof input !== 'string' || !input.startsWith('=')) return { kind: 'value', value: input };
    const key = `${sheet}!${row}:${col}`;
    const known = this.memo.get(key);
    if (known) return known;
    if (this.inProgress.has(key))
      return { kind: 'error', code: '#REF!', message: 'Circular reference' };
    this.inProgress.add(key);
    try {
      const result = this.evaluate(input, { sheet, row, col });
      this.memo.set(key, result);
      return result;
    } finally {
      this.inProgress.delete(key);
    }
  }

  /** Evaluates formula text (with its leading "=") as if it stood in the given cell. */
  evaluate(formula: string, at: CellRef): Evaluated {
    const parser = this.parserAtDepth();
    this.depth++;
    try {
      return fromParserValue(parser.parse(formula.slice(1), at, true));
    } catch (e) {
      return {
        kind: 'error',
        code: '#ERROR!',
        message: e instanceof Error ? e.message : String(e),
      };
    } finally {
      this.depth--;
    }
  }

  private rangeValues(ref: RangeRef): unknown[][] {
    const rows: unknown[][] = [];
    for (let r = ref.from.row; r <= ref.to.row; r++) {
      const row: unknown[] = [];
      for (let c = ref.from.col; c <= ref.to.col; c++)
        row.push(toParserValue(this.cellAt(ref.sheet, r, c)));
      rows.push(row);
    }
    return rows;
  }

  private nameRef(name: string): CellRef | RangeRef | null {
    const target = this.cells.resolveName(name);
    if (!target) return null;
    const range = parseRange(target.address);
    if (range.rows === 1 && range.cols === 1)
      return { sheet: target.sheet, row: range.row, col: range.col };
    return {
      sheet: target.sheet,
      from: { row: range.row, col: range.col },
      to: { row: range.row + range.rows - 1, col: range.col + range.cols - 1 },
    };
  }
}

/** The parser represents blanks as null and errors as FormulaError objects. */
function toParserValue(v: Evaluated): unknown {
  switch (v.kind) {
    case 'blank':
      return null;
    case 'value':
      return v.value;
    case 'error':
      return new FormulaError(v.code, v.message);
    case 'array':
      return v.values.length > 0 && v.values[0].length > 0 ? toParserValue(v.values[0][0]) : null;
  }
}

function fromParserValue(v: unknown): Evaluated {
  if (v instanceof FormulaError)
    return { kind: 'error', code: v.error, message: v.message || v.error };
  if (Array.isArray(v)) {
    const rows = v.map((row: unknown) => (Array.isArray(row) ? row : [row]).map(fromParserValue));
    return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : { kind: 'array', values: rows };
  }
  if (v === null || v === undefined || v === '')
    return v === '' ? { kind: 'value', value: '' } : BLANK;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean')
    return { kind: 'value', value: v };
  return { kind: 'error', code: '#VALUE!', message: 'Unsupported result' };
}

export type { FunctionArg };
