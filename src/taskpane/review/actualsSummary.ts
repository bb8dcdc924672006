import { type ActualRecord } from '../../engine/review/actuals';
import { type Contract } from '../../engine/terms/contract';

/** The distinct periods of some actuals, oldest first. */
export function actualsPeriods(records: readonly ActualRecord[]): string[] {
  return [...new Set(records.map((r) => r.period))].sort();
}

/** "60 rows: 12 periods (2026-01 to 2026-12); service levels Availability, …". */
export function describeActuals(records: readonly ActualRecord[], contract: Contract): string {
  const periods = actualsPeriods(records);
  const ids = new Set(records.map((r) => r.serviceLevelId));
  const names = contract.serviceLevels.filter((sl) => ids.has(sl.id)).map((sl) => sl.name);
  const rows = `${records.length} row${records.length === 1 ? '' : 's'}`;
  const span =
    periods.length === 1
      ? `1 period (${periods[0]})`
      : `${periods.length} periods (${periods[0]} to ${periods[periods.length - 1]})`;
  return `${rows}: ${span}; service levels ${names.join(', ')}.`;
}
