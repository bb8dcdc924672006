import { type Contract } from '../terms/contract';
import { minutesInPeriod, monthsFrom } from './servicePeriod';

/**
 * Measured performance as reported each month: one record per service level and period.
 *
 * Exclusions: `excludedMinutes` are minutes of planned maintenance (or customer-caused outage)
 * inside the reported downtime. The reported value is availability over every minute of the month,
 * v = (M − D) / M with D all downtime; with E of D excluded the contract measures
 * (M − D) / (M − E) = v × M / (M − E). Exclusions therefore apply to higher-is-better percentage
 * (or fraction) service levels only; the import refuses them elsewhere.
 */
export interface ActualRecord {
  readonly serviceLevelId: string;
  /** "YYYY-MM". */
  readonly period: string;
  /** The value as reported. */
  readonly value: number;
  /** Minutes excluded from the measurement window; null = none. */
  readonly excludedMinutes: number | null;
}

/** Availability after removing excluded minutes from both the downtime and the measured window. */
export function availabilityExcluding(
  value: number,
  excludedMinutes: number,
  minutesInMonth: number,
): number {
  if (excludedMinutes <= 0) return value;
  return (value * minutesInMonth) / (minutesInMonth - excludedMinutes);
}

/** The value the contract measures: the reported value with exclusions applied. */
export function measuredValue(record: ActualRecord): number {
  if (record.excludedMinutes === null) return record.value;
  return availabilityExcluding(
    record.value,
    record.excludedMinutes,
    minutesInPeriod(record.period),
  );
}

/**
 * Service-level-major performance for the term evaluator (perf[s × termMonths + m]) with contract
 * month 0 at `start`; periods without a record are NaN (not measured), records outside the term are ignored.
 */
export function performanceMatrix(
  contract: Contract,
  actuals: readonly ActualRecord[],
  start: string,
): Float64Array {
  const months = contract.termMonths;
  const perf = new Float64Array(contract.serviceLevels.length * months).fill(NaN);
  const row = new Map(contract.serviceLevels.map((sl, s) => [sl.id, s]));
  for (const record of actuals) {
    const s = row.get(record.serviceLevelId);
    const m = monthsFrom(start, record.period);
    if (s === undefined || m === null || m < 0 || m >= months) continue;
    perf[s * months + m] = measuredValue(record);
  }
  return perf;
}

/** The earliest period of the records: where the review assumes the contract starts unless told otherwise. */
export function firstPeriod(actuals: readonly ActualRecord[]): string | null {
  let first: string | null = null;
  for (const r of actuals) if (first === null || r.period < first) first = r.period;
  return first;
}
