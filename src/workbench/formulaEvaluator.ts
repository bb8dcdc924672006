import FormulaParser, { type CellRef, type FunctionArg, type RangeRef } from 'fast-formula-parser';
import { type CellInput } from '../workbook/workbookHost';
import { parseRange } from '../workbook/cellAddress';
import { outcomeFunctionTable } from './outcomeFunctionTable';
import { installParserFixes } from './parserFixes';
import {
  EvaluationLimit,
  formulasInRange,
  isFormula,
  readRange,
  SheetIndex,
  type StoredCell,
} from './sparseRanges';

/**
 * Evaluates the formulas of an in-memory workbook the way Excel would show them: references,
 * ranges, workbook and table names, Excel's built-in functions (via fast-formula-parser, MIT)
 * and the OUTCOME custom functions called with Excel's argument conventions.
 *
 * A formula's precedents are evaluated first, in an explicit work list rather than by recursion,
 * so a chain of 20,000 formulas (A2 = A1+1, A3 = A2+1, …) cannot overflow the stack. A circular
 * reference shows #REF! with the message "Circular reference" (Excel warns and shows 0 instead).
 */

/** What the evaluator needs to know about the workbook. Rows and columns are 1-based. */
export interface WorkbookCells {
  cellInput(sheet: string, row: number, col: number): CellInput | undefined;
  /** A workbook name or table name (a table means its data rows). */
  resolveName(name: string): { sheet: string; address: string } | null;
  /** The cells of a sheet that hold something, so large ranges visit only those. */
  sheetCells(sheet: string): readonly StoredCell[];
}

export type Evaluated =
  | { readonly kind: 'value'; readonly value: string | number | boolean }
  | { readonly kind: 'blank' }
  | { readonly kind: 'error'; readonly code: string; readonly message: string }
  | { readonly kind: 'array'; readonly values: readonly (readonly Evaluated[])[] };

/**
 * Formulas evaluated inside another's evaluation, which happens only for a reference the work list
 * could not see in the formula's text. fast-formula-parser has no INDIRECT or OFFSET, so no known
 * formula gets here; the guard is a backstop: past this depth the cell shows #NUM!, not a crash.
 */
export const MAX_NESTED_EVALUATIONS = 100;

installParserFixes();
const FormulaError = FormulaParser.FormulaError;
const BLANK: Evaluated = { kind: 'blank' };
const CIRCULAR: Evaluated = { kind: 'error', code: '#REF!', message: 'Circular reference' };

interface Pending {
  readonly key: string;
  readonly at: CellRef;
  readonly formula: string;
  /** Formula cells it refers to that still need a value; null until looked up. */
  precedents: CellRef[] | null;
}

export class FormulaEvaluator {
  private readonly memo = new Map<string, Evaluated>();
  // Cells whose evaluation has started and not finished: meeting one again is a circle.
  private readonly inProgress = new Set<string>();
  private readonly indexes = new Map<string, SheetIndex>();
  // A parser is not re-entrant: evaluating a referenced formula inside a parse needs its own parser.
  private readonly parsers: FormulaParser[] = [];
  private depth = 0;
  // Times a circle was met (a cell read while its own evaluation is under way, or a cell already
  // found circular). Functions such as SUM skip error cells in a range, so the evaluation that
  // meets one is marked circular itself rather than trusting the function to pass the error on.
  private circlesMet = 0;
  private readonly dependencies = new FormulaParser.DepParser({
    onVariable: (name) => this.nameRef(name),
  });

  constructor(private readonly cells: WorkbookCells) {}

  private parserAtDepth(): FormulaParser {
    this.parsers[this.depth] ??= new FormulaParser({
      functions: outcomeFunctionTable(),
      onCell: (ref) => toParserValue(this.cellAt(ref.sheet, ref.row, ref.col)),
      onRange: (ref) =>
        readRange(
          ref,
          () => this.index(ref.sheet),
          (row, col) => toParserValue(this.cellAt(ref.sheet, row, col)),
        ),
      onVariable: (name) => this.nameRef(name),
    });
    return this.parsers[this.depth];
  }

  /** Forget computed values: call after the workbook changes. */
  invalidate(): void {
    this.memo.clear();
    this.indexes.clear();
  }

  /** The value a cell shows (a formula's result, spilled arrays whole). */
  cellAt(sheet: string, row: number, col: number): Evaluated {
    const input = this.cells.cellInput(sheet, row, col);
    if (input === undefined || input === null || input === '') return BLANK;
    if (!isFormula(input)) return { kind: 'value', value: input };
    const key = keyOf({ sheet, row, col });
    const known = this.memo.get(key);
    if (known === CIRCULAR || (!known && this.inProgress.has(key))) {
      this.circlesMet++;
      return CIRCULAR;
    }
    if (known) return known;
    this.evaluateInOrder({ key, at: { sheet, row, col }, formula: input, precedents: null });
    return this.memo.get(key) ?? CIRCULAR;
  }

  /**
   * Evaluates `first` after every formula it depends on, deepest first, with an explicit stack.
   * The stack is the path being followed: a precedent already on it closes a circle, and is left
   * for the parse to meet (as #REF!) rather than followed again.
   */
  private evaluateInOrder(first: Pending): void {
    const path: Pending[] = [first];
    this.inProgress.add(first.key);
    try {
      while (path.length > 0) {
        const top = path[path.length - 1];
        top.precedents ??= this.formulaPrecedents(top);
        const next = top.precedents.pop();
        if (next) {
          const key = keyOf(next);
          if (this.memo.has(key) || this.inProgress.has(key)) continue;
          const input = this.cells.cellInput(next.sheet, next.row, next.col);
          if (!isFormula(input)) continue;
          this.inProgress.add(key);
          path.push({ key, at: next, formula: input, precedents: null });
          continue;
        }
        this.memo.set(top.key, this.evaluate(top.formula, top.at));
        this.inProgress.delete(top.key);
        path.pop();
      }
    } finally {
      for (const left of path) this.inProgress.delete(left.key);
    }
  }

  /** The formula cells a formula refers to directly (cells, ranges, names), as far as its text tells. */
  private formulaPrecedents({ at, formula }: Pending): CellRef[] {
    let refs: (CellRef | RangeRef)[];
    try {
      refs = this.dependencies.parse(formula.slice(1), at, true);
    } catch {
      return []; // the parse itself will report what is wrong with the formula
    }
    const found: CellRef[] = [];
    for (const ref of refs) {
      const sheet = ref.sheet ?? at.sheet;
      if ('from' in ref) {
        const inRange = formulasInRange(
          ref,
          () => this.index(sheet),
          (row, col) => this.cells.cellInput(sheet, row, col),
        );
        for (const { row, col } of inRange) found.push({ sheet, row, col });
      } else if (isFormula(this.cells.cellInput(sheet, ref.row, ref.col))) {
        found.push({ sheet, row: ref.row, col: ref.col });
      }
    }
    return found;
  }

  /** Evaluates formula text (with its leading "=") as if it stood in the given cell. */
  evaluate(formula: string, at: CellRef): Evaluated {
    if (this.depth >= MAX_NESTED_EVALUATIONS)
      return {
        kind: 'error',
        code: '#NUM!',
        message: `Formulas nested more than ${MAX_NESTED_EVALUATIONS} deep`,
      };
    const parser = this.parserAtDepth();
    const circlesBefore = this.circlesMet;
    this.depth++;
    try {
      const result = fromParserValue(parser.parse(formula.slice(1), at, true));
      return this.circlesMet > circlesBefore ? CIRCULAR : result;
    } catch (e) {
      // The parser wraps what a callback throws; a range over the limit is shown as such.
      const cause = e instanceof FormulaError ? e.details : undefined;
      if (cause instanceof EvaluationLimit)
        return { kind: 'error', code: '#NUM!', message: cause.message };
      return {
        kind: 'error',
        code: '#ERROR!',
        message: e instanceof Error ? e.message : String(e),
      };
    } finally {
      this.depth--;
    }
  }

  private index(sheet: string): SheetIndex {
    const key = sheet.toLowerCase();
    let index = this.indexes.get(key);
    if (!index) {
      index = new SheetIndex(this.cells.sheetCells(sheet));
      this.indexes.set(key, index);
    }
    return index;
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

// Excel's sheet names ignore case, and so do the workbook's lookups: so does the memo.
const keyOf = (at: CellRef) => `${at.sheet.toLowerCase()}!${at.row}:${at.col}`;

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
