import { readFileSync } from 'node:fs';

/**
 * Loads Office's own custom-functions runtime (the script Excel runs beside the functions, from the
 * @microsoft/office-js package) into this jsdom window, so tests meet the real `CustomFunctions.Error`
 * class instead of the workbench's stand-in. Needs the jsdom test environment.
 */
export function loadOfficeCustomFunctionsRuntime(): void {
  const scope = window as unknown as { CustomFunctions?: unknown };
  delete scope.CustomFunctions; // drop the stand-in the unit tests' setup installed
  // The runtime checks that a script tag with its own file name is on the page.
  const marker = document.createElement('script');
  marker.setAttribute(
    'src',
    'https://appsforoffice.microsoft.com/lib/1/hosted/custom-functions-runtime.js',
  );
  document.head.appendChild(marker);
  const runtime = document.createElement('script');
  runtime.textContent = readFileSync(
    require.resolve('@microsoft/office-js/dist/custom-functions-runtime.js'),
    'utf8',
  );
  document.head.appendChild(runtime);
}

/** An error cell as Excel sends it in an invocation message when `allowErrorForDataTypeAny` is set. */
export interface WireError {
  readonly type: 'CustomFunctionError';
  readonly code: string;
}

export const wireError = (code: string): WireError => ({ type: 'CustomFunctionError', code });

/**
 * What the runtime hands the function for one argument: it turns each error cell of the message into
 * `new CustomFunctions.Error(code)` (code only, no message) and leaves everything else as sent.
 */
export function delivered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(delivered);
  const wire = value as Partial<WireError> | null;
  if (
    wire !== null &&
    typeof wire === 'object' &&
    wire.type === 'CustomFunctionError' &&
    typeof wire.code === 'string'
  ) {
    return new CustomFunctions.Error(wire.code as CustomFunctions.ErrorCode);
  }
  return value;
}

/**
 * Calls a function as the runtime does: every declared parameter present (null where the formula
 * omits it), then the invocation context appended; the result serialised as it goes back to Excel.
 */
export function invokeAsExcel(
  fn: (...args: never[]) => unknown,
  declared: number,
  ...args: unknown[]
): unknown {
  const values = Array.from({ length: declared }, (_, i) =>
    delivered(i < args.length ? args[i] : null),
  );
  const invocation = { functionName: fn.name, address: 'Sheet1!A1' };
  const result = (fn as (...a: unknown[]) => unknown)(...values, invocation);
  return JSON.parse(JSON.stringify(result));
}
