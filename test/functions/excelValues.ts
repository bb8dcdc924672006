/**
 * Test helpers: build arguments the way Excel passes them (a range is a 2-D array, a single cell
 * reference to a matrix parameter is [[x]]) and check Excel error values.
 */

/** A column range: one row per value. */
export const column = (...values: unknown[]): unknown[][] => values.map((v) => [v]);

/** A row range. */
export const row = (...values: unknown[]): unknown[][] => [values];

/** A single cell passed to a matrix parameter. */
export const cell = (value: unknown): unknown[][] => [[value]];

export function isExcelError(value: unknown): value is CustomFunctions.Error {
  return value instanceof CustomFunctions.Error;
}

/** Asserts an Excel error value with this code and, when given, a message containing `message`. */
export function expectError(value: unknown, code: string, message?: string | RegExp): void {
  expect(isExcelError(value)).toBe(true);
  const error = value as CustomFunctions.Error;
  expect(error.code).toBe(code);
  if (message === undefined) return;
  if (typeof message === 'string') expect(error.message).toContain(message);
  else expect(error.message).toMatch(message);
}

/** Asserts a whole-call error of a function returning a dynamic array: a single cell holding the error. */
export function expectCallError(
  result: unknown[][],
  code: string,
  message?: string | RegExp,
): void {
  expect(result).toHaveLength(1);
  expect(result[0]).toHaveLength(1);
  expectError(result[0][0], code, message);
}

export const VALUE = '#VALUE!';
export const NA = '#N/A';
export const DIV0 = '#DIV/0!';
export const NUM = '#NUM!';

/**
 * An omitted optional argument as Excel passes it: null. The signatures say `name?: type`
 * because the metadata generator needs plain types (a `| null` union loses "matrix"), so the
 * cast keeps TypeScript quiet while the tests pass exactly what Excel passes.
 */
export const OMITTED = null as unknown as undefined;
