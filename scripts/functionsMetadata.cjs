// The functions.json Excel registers: the generator's output from the JSDoc in
// src/functions/functions.ts, finished with what the generator cannot write. The build and the
// golden test both use this, so the reviewed file is exactly what ships.
const { DEV_BASE_URL } = require('./manifest.cjs');

/**
 * Help links follow the hosting base URL, and `allowErrorForDataTypeAny` tells Excel to pass error
 * cells to the functions: without it Excel answers any formula whose input holds an error with that
 * error, and the function never runs.
 */
function finishFunctionsMetadata(generated, baseUrl = DEV_BASE_URL) {
  const base = baseUrl.replace(/\/$/, '');
  const functions = generated.functions.map((fn) =>
    fn.helpUrl?.startsWith(DEV_BASE_URL)
      ? { ...fn, helpUrl: base + fn.helpUrl.slice(DEV_BASE_URL.length) }
      : fn,
  );
  return { allowErrorForDataTypeAny: true, ...generated, functions };
}

module.exports = { finishFunctionsMetadata };
