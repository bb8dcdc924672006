import { type BandRow } from '../rules/bands';
import { type Contract, type ServiceLevel } from '../terms/contract';
import { type NormalAssumption } from './performanceAssumption';
import { type Proposal } from '../terms/proposal';
import { type Scenario } from './scenario';

/**
 * The benchmark's reference contract and scenario (docs: docs/benchmark-model.md), expressed with the
 * general engine's pieces — 20 service levels, AR(1) normal performance, attainment bands, pool
 * allocations, caps and annual-average earnback — so `npm run bench` runs the same code as the pane.
 */

export const REFERENCE_SERVICE_LEVELS = 20;
export const REFERENCE_TERM_MONTHS = 36;
export const REFERENCE_RHO = 0.3;

/** docs/benchmark-model.md's figures for 100,000 trials (another implementation's, for comparison). */
export const REFERENCE_FIGURES = { mean: -397_000, p5: -719_000, p95: -110_000 } as const;

const isHigher = (s: number) => s % 3 !== 0;

/** Attainment bands by lower bound; the lowest band extends down without limit, so its bound is any value below 0.97. */
const REFERENCE_BANDS: readonly BandRow[] = [
  { bound: 0, rate: -1.0 },
  { bound: 0.97, rate: -0.5 },
  { bound: 0.985, rate: -0.25 },
  { bound: 1.0, rate: 0 },
  { bound: 1.01, rate: 0.1 },
];

function referenceServiceLevel(s: number): ServiceLevel {
  const higher = isHigher(s);
  return {
    id: `sl${s}`,
    name: `Service level ${s}`,
    unit: higher ? 'fraction' : 'hours',
    direction: higher ? 'higher' : 'lower',
    expected: higher ? 0.99 : 4.0,
    minimum: null,
    allocation: (2.0 / REFERENCE_SERVICE_LEVELS) * (1 + (0.5 * ((s % 4) - 1.5)) / 1.5),
    critical: true,
    bands: { basis: 'attainment', method: 'step', rows: REFERENCE_BANDS },
  };
}

export function referenceContract(): Contract {
  return {
    name: 'Reference contract',
    currency: 'USD',
    monthlyCharges: 1_000_000,
    atRiskShare: 0.12,
    poolShare: 2.0,
    incentiveCapMonthlyShare: 0.05,
    incentiveCapAnnualShare: null,
    earnback: { mode: 'annualAverage', window: 0 },
    ratchet: { method: 'none', maxGapShare: null },
    termMonths: REFERENCE_TERM_MONTHS,
    serviceLevels: Array.from({ length: REFERENCE_SERVICE_LEVELS }, (_, s) =>
      referenceServiceLevel(s),
    ),
  };
}

function referenceAssumption(s: number): NormalAssumption {
  const higher = isHigher(s);
  return {
    kind: 'normal',
    mean: higher ? 0.992 - 0.0005 * (s % 5) : 3.8 + 0.05 * (s % 4),
    sd: higher ? 0.006 : 0.35,
    rho: REFERENCE_RHO,
    // docs/benchmark-model.md's process is an untruncated AR(1).
    bounds: { lower: null, upper: null },
  };
}

export function referenceScenario(): Scenario {
  const assumptions: Record<string, NormalAssumption> = {};
  for (let s = 0; s < REFERENCE_SERVICE_LEVELS; s++) assumptions[`sl${s}`] = referenceAssumption(s);
  return { id: 'reference', name: 'Reference performance', assumptions };
}

/**
 * The reference scenario with every pair of service levels at rank correlation 0.3, the dense
 * worst case for the copula: the benchmark's measure of what correlation costs.
 */
export function referenceCorrelatedScenario(): Scenario {
  const ids = Array.from({ length: REFERENCE_SERVICE_LEVELS }, (_, s) => `sl${s}`);
  return {
    ...referenceScenario(),
    name: 'Reference performance, correlated',
    correlations: ids.flatMap((first, i) =>
      ids.slice(i + 1).map((second) => ({ first, second, rho: 0.3 })),
    ),
  };
}

export function referenceProposal(): Proposal {
  return { id: 'reference', name: 'Reference contract', contract: referenceContract() };
}
