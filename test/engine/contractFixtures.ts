/**
 * Test helpers for contract-level tests: Contract object literals with sensible defaults, a
 * performance-matrix builder and a one-call evaluator. Not a test file itself.
 */
import { type BandRow } from '../../src/engine/rules/bands';
import { type CompiledContract, compileContract } from '../../src/engine/terms/compiledContract';
import {
  type Contract,
  type OutcomeBands,
  type ServiceLevel,
} from '../../src/engine/terms/contract';
import { unwrap } from '../../src/engine/rules/result';
import {
  createDetail,
  createWorkspace,
  evaluateTerm,
  type TermDetail,
  type TermTotals,
} from '../../src/engine/terms/termEvaluator';

/** Credit of the full allocation below `expected`, nothing at or above it: [(low, −1), (expected, 0)]. */
export const binaryBands = (expected: number, low = 0): OutcomeBands => ({
  basis: 'performance',
  method: 'step',
  rows: [
    { bound: low, rate: -1 },
    { bound: expected, rate: 0 },
  ],
});

/** Attainment bands of docs/benchmark-model.md: (−∞ → −1), (0.97 → −0.5), (0.985 → −0.25), (1 → 0), (1.01 → +0.1). */
export const BENCH_ROWS: readonly BandRow[] = [
  { bound: -1e9, rate: -1 },
  { bound: 0.97, rate: -0.5 },
  { bound: 0.985, rate: -0.25 },
  { bound: 1.0, rate: 0 },
  { bound: 1.01, rate: 0.1 },
];

export const attainmentBands = (
  rows: readonly BandRow[] = BENCH_ROWS,
  method: 'step' | 'linear' = 'step',
): OutcomeBands => ({ basis: 'attainment', method, rows });

export function serviceLevel(id: string, over: Partial<ServiceLevel> = {}): ServiceLevel {
  return {
    id,
    name: `SL ${id}`,
    unit: '%',
    direction: 'higher',
    expected: 99.5,
    minimum: null,
    allocation: 0.5,
    critical: true,
    bands: binaryBands(over.expected ?? 99.5),
    ...over,
  };
}

/** Charges 100,000, at risk 10% (10,000), pool 200%, no incentive caps, no earnback, no ratchet. */
export function contract(serviceLevels: ServiceLevel[], over: Partial<Contract> = {}): Contract {
  return {
    name: 'Test contract',
    currency: 'USD',
    monthlyCharges: 100_000,
    atRiskShare: 0.1,
    poolShare: 2,
    incentiveCapMonthlyShare: null,
    incentiveCapAnnualShare: null,
    earnback: { mode: 'none', window: 0 },
    ratchet: { method: 'none', maxGapShare: null },
    termMonths: 12,
    serviceLevels,
    ...over,
  };
}

/** Service-level-major performance: rows[s][m] → perf[s * months + m]. */
export function perfMatrix(rows: readonly (readonly number[])[], months: number): Float64Array {
  const perf = new Float64Array(rows.length * months);
  rows.forEach((row, s) => {
    if (row.length !== months)
      throw new Error(`row ${s} has ${row.length} months, expected ${months}`);
    perf.set(row, s * months);
  });
  return perf;
}

export const repeat = (value: number, times: number): number[] =>
  new Array<number>(times).fill(value);

export interface Evaluation {
  compiled: CompiledContract;
  totals: TermTotals;
  detail: TermDetail;
  /** Index of (service level s, month m) in the detail arrays. */
  at: (s: number, m: number) => number;
  /** Detail array for one service level as a plain array, e.g. row('credit', 0). */
  row: (
    field: 'expected' | 'attainment' | 'status' | 'rate' | 'credit' | 'incentive' | 'earnback',
    s: number,
  ) => number[];
}

export function evaluate(c: Contract, rows: readonly (readonly number[])[]): Evaluation {
  const compiled = unwrap(compileContract(c));
  const months = compiled.months;
  const ws = createWorkspace(compiled);
  const detail = createDetail(compiled);
  const totals = { ...evaluateTerm(compiled, perfMatrix(rows, months), ws, detail) };
  return {
    compiled,
    totals,
    detail,
    at: (s, m) => s * months + m,
    row: (field, s) => Array.from(detail[field].subarray(s * months, (s + 1) * months)),
  };
}
