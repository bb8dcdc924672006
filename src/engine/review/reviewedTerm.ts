import { type ActualRecord, performanceMatrix } from './actuals';
import { type CompiledContract, compileContract } from '../terms/compiledContract';
import { type Contract } from '../terms/contract';
import { fail, ok, type Result } from '../rules/result';
import { parsePeriod } from './servicePeriod';
import {
  createDetail,
  createWorkspace,
  evaluateTerm,
  type TermDetail,
  type TermTotals,
} from '../terms/termEvaluator';

/**
 * The contract evaluated over measured actuals, month by month: what the monthly statements, the
 * repeated-failure watch and the annual review read. Months not yet measured are NaN, so they carry
 * no money and do not meet (an earnback window still open counts nothing yet).
 */
export interface ReviewedTerm {
  readonly compiled: CompiledContract;
  /** Contract month 0, "YYYY-MM". */
  readonly start: string;
  readonly perf: Float64Array;
  readonly detail: TermDetail;
  readonly totals: TermTotals;
}

export function reviewTerm(
  contract: Contract,
  actuals: readonly ActualRecord[],
  start: string,
): Result<ReviewedTerm> {
  if (parsePeriod(start) === null)
    return fail('value', `Contract start "${start}" is not a period (YYYY-MM)`);
  const compiled = compileContract(contract);
  if (!compiled.ok) return compiled;
  const perf = performanceMatrix(contract, actuals, start);
  const ws = createWorkspace(compiled.value);
  const detail = createDetail(compiled.value);
  const totals = { ...evaluateTerm(compiled.value, perf, ws, detail) };
  return ok({ compiled: compiled.value, start, perf, detail, totals });
}

/** Index of (service level s, contract month m) in the detail arrays. */
export const cell = (term: ReviewedTerm, s: number, m: number): number =>
  s * term.compiled.months + m;
