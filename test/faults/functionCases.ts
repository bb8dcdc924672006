/**
 * Adversarial inputs from the review "[4/8] Trustworthy under faults", as data: every entry holds
 * its inputs and the outcome expected, and a test runs every entry —
 * test/functions/faultCases.test.ts the OUTCOME function cases, test/engine/rules/infiniteBounds.test.ts
 * the engine's interpolation cases and test/engine/simulation/idKeys.test.ts the id cases.
 * docs/functions.md ("Limits", "Bad input") states the rules; its "What we tried" table counts these arrays.
 */
export { mixedScaleCases } from './mixedScaleCases';
export { infinityCases, infinityRateCases } from './infinityCases';
export { sizeLimitCases } from './sizeLimitCases';
export { longTextCases } from './longTextCases';
export { idKeyCases } from './idKeyCases';
export type {
  ExpectedError,
  FunctionCase,
  FunctionName,
  IdKeyCase,
  RangeArg,
  RangeSpec,
  RateCase,
  SizeLimitCase,
} from './functionCaseTypes';
