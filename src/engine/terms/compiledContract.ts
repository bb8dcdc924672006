import { parseBands } from '../rules/bands';
import {
  allocatedAmount,
  annualIncentiveCap,
  atRiskAmount,
  type Contract,
  monthlyIncentiveCap,
} from './contract';
import { contractIssues } from './contractValidation';
import { type Direction } from '../rules/direction';
import { fail, ok, type Result } from '../rules/result';
import { defaultPerfect, type RatchetRule } from '../rules/ratchet';

/**
 * A contract flattened into typed arrays (one slot per service level, band tables laid end to
 * end) so the term evaluator runs without allocating or branching on strings.
 */
export interface CompiledContract {
  readonly slCount: number;
  readonly months: number;
  readonly monthlyCharges: number;
  readonly atRisk: number;
  readonly incentiveCapMonthly: number;
  readonly incentiveCapAnnual: number;
  readonly directions: readonly Direction[];
  readonly higher: Uint8Array;
  readonly critical: Uint8Array;
  readonly expected: Float64Array;
  readonly minimum: Float64Array; // NaN = no minimum
  /** allocation × at-risk amount: the money a band rate of 1 is worth for this SL. */
  readonly allocatedAmount: Float64Array;
  readonly basisAttainment: Uint8Array;
  readonly linear: Uint8Array;
  readonly bandStart: Int32Array;
  readonly bandCount: Int32Array;
  readonly bandBounds: Float64Array;
  readonly bandThresholds: Float64Array;
  readonly bandRates: Float64Array;
  readonly earnbackMode: Contract['earnback']['mode'];
  readonly earnbackWindow: number;
  readonly ratchet: RatchetRule | null;
  readonly perfect: Float64Array;
}

export function compileContract(contract: Contract): Result<CompiledContract> {
  const issues = contractIssues(contract);
  if (issues.length > 0) {
    const first = issues[0];
    const sl = contract.serviceLevels.find((s) => s.id === first.serviceLevelId);
    return fail('value', sl ? `${sl.name || 'service level'}: ${first.message}` : first.message);
  }
  const sls = contract.serviceLevels;
  const n = sls.length;
  const tables = sls.map((sl) => parseBands(sl.bands.rows)).map((r) => (r.ok ? r.value : null));
  const totalRows = tables.reduce((sum, t) => sum + (t ? t.rates.length : 0), 0);
  const bandBounds = new Float64Array(totalRows);
  const bandThresholds = new Float64Array(totalRows);
  const bandRates = new Float64Array(totalRows);
  const bandStart = new Int32Array(n);
  const bandCount = new Int32Array(n);
  let offset = 0;
  tables.forEach((t, s) => {
    if (!t) return;
    bandStart[s] = offset;
    bandCount[s] = t.rates.length;
    bandBounds.set(t.bounds, offset);
    bandThresholds.set(t.thresholds, offset);
    bandRates.set(t.rates, offset);
    offset += t.rates.length;
  });
  const atRisk = atRiskAmount(contract);
  const ratchet =
    contract.ratchet.method === 'none'
      ? null
      : { method: contract.ratchet.method, maxGapShare: contract.ratchet.maxGapShare };
  return ok({
    slCount: n,
    months: contract.termMonths,
    monthlyCharges: contract.monthlyCharges,
    atRisk,
    incentiveCapMonthly: monthlyIncentiveCap(contract),
    incentiveCapAnnual: annualIncentiveCap(contract),
    directions: sls.map((sl) => sl.direction),
    higher: Uint8Array.from(sls, (sl) => (sl.direction === 'higher' ? 1 : 0)),
    critical: Uint8Array.from(sls, (sl) => (sl.critical ? 1 : 0)),
    expected: Float64Array.from(sls, (sl) => sl.expected),
    minimum: Float64Array.from(sls, (sl) => (sl.minimum === null ? NaN : sl.minimum)),
    allocatedAmount: Float64Array.from(sls, (sl) => allocatedAmount(contract, sl)),
    basisAttainment: Uint8Array.from(sls, (sl) => (sl.bands.basis === 'attainment' ? 1 : 0)),
    linear: Uint8Array.from(sls, (sl) => (sl.bands.method === 'linear' ? 1 : 0)),
    bandStart,
    bandCount,
    bandBounds,
    bandThresholds,
    bandRates,
    earnbackMode: contract.earnback.mode,
    earnbackWindow: contract.earnback.window,
    ratchet,
    perfect: Float64Array.from(sls, (sl) => defaultPerfect(sl.expected, sl.direction)),
  });
}
