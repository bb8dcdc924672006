/**
 * Excel's custom-functions runtime provides the global `CustomFunctions`. Outside Excel (the
 * browser workbench, Node tests) this installs an equivalent so the same function code runs.
 * It never replaces what a runtime already provides.
 */
const ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

class ShimError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export function installCustomFunctionsShim(): void {
  const scope = globalThis as { CustomFunctions?: Record<string, unknown> };
  // Office.js outside Excel defines CustomFunctions with only `associate`: fill in what is missing.
  const runtime = (scope.CustomFunctions ??= { associate: () => undefined });
  runtime.Error ??= ShimError;
  runtime.ErrorCode ??= ERROR_CODES;
}
