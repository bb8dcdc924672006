import { type BandRow } from '../../engine/rules/bands';
import { type Contract, type ServiceLevel } from '../../engine/terms/contract';
import { defaultBandRows } from '../../engine/rules/defaultBands';

/** What a negotiator starts from: typical terms they then change, never a blank form. */
export function newContract(): Contract {
  return {
    name: 'New contract',
    currency: 'EUR',
    monthlyCharges: 100_000,
    atRiskShare: 0.12,
    poolShare: 2,
    incentiveCapMonthlyShare: 0.05,
    incentiveCapAnnualShare: null,
    earnback: { mode: 'none', window: 3 },
    ratchet: { method: 'none', maxGapShare: null },
    termMonths: 36,
    serviceLevels: [],
  };
}

/** An availability-style level to start from: 99.5%, higher is better, with bands to match. */
export const DEFAULT_BAND_ROWS: readonly BandRow[] = defaultBandRows('%', 'higher', 99.5);

export function newServiceLevel(id: string, name: string): ServiceLevel {
  return {
    id,
    name,
    unit: '%',
    direction: 'higher',
    expected: 99.5,
    minimum: 99,
    allocation: 0.2,
    critical: true,
    bands: { basis: 'performance', method: 'step', rows: DEFAULT_BAND_ROWS },
  };
}

/** "Service level N" with the smallest N ≥ count + 1 that no existing level uses (case-insensitive). */
export function uniqueServiceLevelName(existing: readonly ServiceLevel[]): string {
  const taken = new Set(existing.map((sl) => sl.name.trim().toLowerCase()));
  let n = existing.length + 1;
  while (taken.has(`service level ${n}`)) n++;
  return `Service level ${n}`;
}
