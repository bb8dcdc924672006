/**
 * Excel's custom-functions runtime provides the global `CustomFunctions`. Outside Excel (the
 * browser workbench, Node tests) this installs an equivalent so the same function code runs.
 * It never replaces a runtime that is already there.
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
  const scope = globalThis as { CustomFunctions?: unknown };
  if (scope.CustomFunctions !== undefined) return;
  scope.CustomFunctions = { Error: ShimError, ErrorCode: ERROR_CODES, associate: () => undefined };
}
