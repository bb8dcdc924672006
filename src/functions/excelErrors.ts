import { type DomainError, DomainFailure, type ErrorCode } from '../engine/rules/result';

/**
 * Engine DomainErrors become CustomFunctions.Error values and input errors pass on, so nothing but an
 * Excel error ever leaves a function. `CustomFunctions` is read at call time: Excel or the shim installs it.
 */
export type ExcelError = CustomFunctions.Error;

const EXCEL_CODES: Record<ErrorCode, keyof typeof CustomFunctions.ErrorCode> = {
  value: 'invalidValue',
  na: 'notAvailable',
  div0: 'divisionByZero',
  num: 'invalidNumber',
};

// Module-level copy: a global lookup per cell is slow in sandboxed runtimes (jest's vm, for one).
const isFiniteNumber = Number.isFinite;

// Error codes Excel accepts as a function's output; #REF! and #NAME? are input-only.
const OUTPUT_CODES = new Set<string>(['#VALUE!', '#N/A', '#DIV/0!', '#NUM!', '#NULL!']);

/**
 * One error value per distinct message: a million cells of the same bad text or the same mixed
 * scale share one object instead of holding a million (errors are never mutated, and Excel
 * serialises each cell's value). Bounded, and dropped when the runtime's Error class changes.
 */
const MAX_SHARED_ERRORS = 1024;
const shared: Record<ErrorCode, Map<string, ExcelError>> = {
  value: new Map(),
  na: new Map(),
  div0: new Map(),
  num: new Map(),
};
let sharedClass: unknown = null;

export function excelError(code: ErrorCode, message: string): ExcelError {
  const errorClass = CustomFunctions.Error;
  const byMessage = shared[code];
  if (sharedClass !== errorClass || byMessage.size >= MAX_SHARED_ERRORS) {
    if (sharedClass !== errorClass) for (const map of Object.values(shared)) map.clear();
    byMessage.clear();
    sharedClass = errorClass;
  }
  let error = byMessage.get(message);
  if (error === undefined) {
    error = new errorClass(CustomFunctions.ErrorCode[EXCEL_CODES[code]], message);
    byMessage.set(message, error);
  }
  return error;
}

export function fromDomain(error: DomainError): ExcelError {
  return excelError(error.code, error.message);
}

/** True for an Excel error value: one of ours, or one Excel passed in for an erroneous cell. */
export function isExcelError(value: unknown): value is ExcelError {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (typeof CustomFunctions !== 'undefined' && value instanceof CustomFunctions.Error) return true;
  const code = (value as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('#');
}

/** An input error passed on as an output error: the same value where Excel can show it, else #VALUE!. */
export function passOn(error: ExcelError): ExcelError {
  const code = String(error.code);
  if (!OUTPUT_CODES.has(code))
    return excelError(
      'value',
      error.message ? `${code}: ${error.message}` : `an input holds ${code}`,
    );
  if (typeof CustomFunctions !== 'undefined' && error instanceof CustomFunctions.Error)
    return error;
  return new CustomFunctions.Error(code as CustomFunctions.ErrorCode, error.message);
}

/** Excel cannot show NaN or ±Infinity (overflow from huge inputs), so such a result is #NUM! as in Excel. */
export function numberOut(x: number): number | ExcelError {
  return isFiniteNumber(x) ? x : excelError('num', `result ${x} is not a finite number`);
}

/** Unwinds a whole call that cannot produce any result; caught by `guard` and returned as a value. */
export class CallFailure extends Error {
  constructor(readonly excelError: ExcelError) {
    super(excelError.message ?? String(excelError.code));
  }
}

export function failCall(code: ErrorCode, message: string): never {
  throw new CallFailure(excelError(code, message));
}

/** Runs a function body; any failure becomes an Excel error value so nothing escapes as an exception. */
export function guard<T>(compute: () => T, onError: (error: ExcelError) => T): T {
  try {
    return compute();
  } catch (e) {
    if (e instanceof CallFailure) return onError(e.excelError);
    if (e instanceof DomainFailure) return onError(fromDomain(e.error));
    if (isExcelError(e)) return onError(passOn(e));
    // A bug, not bad input: still a value, never an exception in the sheet.
    return onError(
      excelError('value', `internal error: ${e instanceof Error ? e.message : String(e)}`),
    );
  }
}

/** A whole-call error for a function that returns a dynamic array: a one-cell array holding the error. */
export function guardMatrix(compute: () => unknown[][]): unknown[][] {
  return guard(compute, (error) => [[error]]);
}

export function guardScalar<T>(compute: () => T): T | ExcelError {
  return guard<T | ExcelError>(compute, (error) => error);
}
