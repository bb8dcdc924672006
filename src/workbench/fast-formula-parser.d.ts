// Minimal typings for the parts of fast-formula-parser (MIT) the workbench uses.
declare module 'fast-formula-parser' {
  export interface CellRef {
    sheet: string;
    row: number;
    col: number;
  }
  export interface RangeRef {
    sheet: string;
    from: { row: number; col: number };
    to: { row: number; col: number };
  }
  export interface FunctionArg {
    value: unknown;
    isArray: boolean;
    isRangeRef: boolean;
    isCellRef: boolean;
  }
  export class FormulaError extends Error {
    constructor(error: string, msg?: string);
    readonly error: string;
    /** What a callback threw, when the parser wrapped it as #ERROR!. */
    readonly details?: unknown;
  }
  /** Lists the cells and ranges a formula refers to, without evaluating it. */
  export class DepParser {
    constructor(config?: {
      onVariable?: (name: string, sheet: string) => CellRef | RangeRef | null;
    });
    parse(formula: string, position: CellRef, ignoreError?: boolean): (CellRef | RangeRef)[];
  }
  export interface ParserConfig {
    functions?: Record<string, (...args: FunctionArg[]) => unknown>;
    onCell?: (ref: CellRef) => unknown;
    onRange?: (ref: RangeRef) => unknown[][];
    onVariable?: (name: string, sheet: string) => CellRef | RangeRef | null;
  }
  export default class FormulaParser {
    constructor(config: ParserConfig);
    parse(formula: string, position: CellRef, allowReturnArray?: boolean): unknown;
    static FormulaError: typeof FormulaError;
    static DepParser: typeof DepParser;
    /** The library's shared helpers; the workbench replaces one (see parserFixes.ts). */
    static FormulaHelpers: { flattenDeep: (nested: readonly unknown[]) => unknown[] };
  }
}
