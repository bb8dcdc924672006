import FormulaParser, { type FunctionArg } from 'fast-formula-parser';
import * as outcome from '../functions/functions';
import signatures from '../functions/functions.signatures.json';

/**
 * The OUTCOME custom functions as formula-parser functions, called the way Excel calls them:
 * parameters declared as matrices receive 2-D arrays (blank cells as ""), scalars receive one
 * value, omitted optionals arrive as null, and an error in any argument is returned unchanged.
 */

interface ParamMetadata {
  readonly name: string;
  readonly dimensionality?: string;
}
interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly parameters: readonly ParamMetadata[];
}

type ExcelArg = unknown;
type CustomFunction = (...args: ExcelArg[]) => unknown;
const FormulaError = FormulaParser.FormulaError;

function isCustomFunctionsError(v: unknown): v is { code: string; message?: string } {
  return v instanceof CustomFunctions.Error;
}

class ArgumentError {
  constructor(readonly error: InstanceType<typeof FormulaError>) {}
}

function toExcelArg(arg: FunctionArg | undefined, param: ParamMetadata): ExcelArg {
  if (arg === undefined) return null;
  const raw = arg.value;
  const check = (v: unknown): unknown => {
    if (v instanceof FormulaError) throw new ArgumentError(v);
    return v;
  };
  if (param.dimensionality === 'matrix') {
    const grid = Array.isArray(raw) ? (raw as unknown[][]) : [[raw]];
    return grid.map((row) => row.map((v) => (v === null || v === undefined ? '' : check(v))));
  }
  if (Array.isArray(raw)) {
    if (raw.length === 1 && Array.isArray(raw[0]) && raw[0].length === 1)
      return check(raw[0][0]) ?? null;
    throw new ArgumentError(
      new FormulaError('#VALUE!', `${param.name} takes a single value, not a range`),
    );
  }
  return check(raw) ?? null;
}

function fromExcelResult(v: unknown): unknown {
  if (isCustomFunctionsError(v)) return new FormulaError(v.code, v.message ?? v.code);
  if (Array.isArray(v))
    return v.map((row) => (Array.isArray(row) ? row.map(fromExcelResult) : fromExcelResult(row)));
  return v;
}

/** Parser functions keyed "OUTCOME.<ID>" for every function in the generated metadata. */
export function outcomeFunctionTable(): Record<string, (...args: FunctionArg[]) => unknown> {
  const table: Record<string, (...args: FunctionArg[]) => unknown> = {};
  const functionsByJsName = outcome as unknown as Record<string, CustomFunction>;
  for (const fn of (signatures as { functions: FunctionMetadata[] }).functions) {
    const implementation = functionsByJsName[fn.id.toLowerCase()];
    if (typeof implementation !== 'function') continue;
    table[`OUTCOME.${fn.name}`] = (...args: FunctionArg[]) => {
      try {
        return fromExcelResult(
          implementation(...fn.parameters.map((p, i) => toExcelArg(args[i], p))),
        );
      } catch (e) {
        if (e instanceof ArgumentError) return e.error;
        return new FormulaError('#VALUE!', e instanceof Error ? e.message : String(e));
      }
    };
  }
  return table;
}
