import FormulaParser, { type CellRef, type RangeRef } from 'fast-formula-parser';
import { outcomeFunctionTable } from '../../src/workbench/outcomeFunctionTable';
import { parseCell, parseRange } from '../../src/workbook/cellAddress';
import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import { type CellValue } from '../../src/workbook/workbookHost';

/**
 * Test support: an in-memory workbook whose formulas are computed by fast-formula-parser with the
 * OUTCOME functions, as the browser workbench does. Results are remembered until the workbook changes.
 */
export interface FormulaWorkbook {
  readonly host: MemoryWorkbookHost;
  /** The raw result of a cell: a value, null for blank, a 2-D array for a spilled result, or a FormulaError. */
  resultAt(sheet: string, address: string): unknown;
}

const { FormulaError } = FormulaParser;

export function formulaWorkbook(): FormulaWorkbook {
  const functions = outcomeFunctionTable();
  const holder: { host?: MemoryWorkbookHost } = {};
  const host = () => holder.host as MemoryWorkbookHost;

  const nameRef = (name: string): CellRef | RangeRef | null => {
    const target = host().resolveName(name);
    if (!target) return null;
    const r = parseRange(target.address);
    if (r.rows === 1 && r.cols === 1) return { sheet: target.sheet, row: r.row, col: r.col };
    return {
      sheet: target.sheet,
      from: { row: r.row, col: r.col },
      to: { row: r.row + r.rows - 1, col: r.col + r.cols - 1 },
    };
  };

  /** A referenced cell's value: the top-left of a spilled array, as Excel shows it in that cell. */
  const cellValue = (sheet: string, row: number, col: number): unknown => {
    const result = compute(sheet, row, col);
    return Array.isArray(result) ? result[0][0] : result;
  };

  const memo = new Map<string, unknown>();
  const compute = (sheet: string, row: number, col: number): unknown => {
    const key = `${sheet}!${row}:${col}`;
    if (!memo.has(key)) memo.set(key, computeCell(sheet, row, col));
    return memo.get(key);
  };

  const computeCell = (sheet: string, row: number, col: number): unknown => {
    const input = host().cellInput(sheet, row, col);
    if (input === undefined || input === null) return null;
    if (typeof input !== 'string' || !input.startsWith('='))
      return typeof input === 'string' && input.startsWith("'") ? input.slice(1) : input;
    // One parser per nesting depth: a parser cannot parse a referenced formula in the middle of another.
    parsers[depth] ??= newParser();
    const parser = parsers[depth];
    depth++;
    try {
      return parser.parse(input.slice(1), { sheet, row, col }, true);
    } catch (e) {
      return new FormulaError('#ERROR!', e instanceof Error ? e.message : String(e));
    } finally {
      depth--;
    }
  };

  const parsers: FormulaParser[] = [];
  let depth = 0;
  const newParser = () =>
    new FormulaParser({
      functions,
      onCell: (ref) => cellValue(ref.sheet, ref.row, ref.col),
      onRange: (ref) => {
        const rows: unknown[][] = [];
        for (let r = ref.from.row; r <= ref.to.row; r++) {
          const values: unknown[] = [];
          for (let c = ref.from.col; c <= ref.to.col; c++) values.push(cellValue(ref.sheet, r, c));
          rows.push(values);
        }
        return rows;
      },
      onVariable: (name) => nameRef(name),
    });

  const toCellValue = (result: unknown): CellValue => {
    const value = Array.isArray(result) ? result[0][0] : result;
    if (value instanceof FormulaError) return `${value.error} ${value.message}`;
    if (value === null || value === undefined) return '';
    return value as CellValue;
  };

  holder.host = new MemoryWorkbookHost({
    evaluate: (sheet, address) => {
      const { row, col } = parseCell(address);
      return toCellValue(compute(sheet, row, col));
    },
  });
  holder.host.onChange(() => memo.clear());
  return {
    host: holder.host,
    resultAt: (sheet, address) => {
      const { row, col } = parseCell(address);
      return compute(sheet, row, col);
    },
  };
}
