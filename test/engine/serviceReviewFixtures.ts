/**
 * Test helpers for the service-review tests: actuals records from one row of monthly values per
 * service level, starting at a period. Not a test file itself.
 */
import { type ActualRecord } from '../../src/engine/review/actuals';
import { periodAfter } from '../../src/engine/review/servicePeriod';

/** rows: service level id → monthly values from `start` (NaN = no record for that month). */
export function actualsFrom(
  start: string,
  rows: Readonly<Record<string, readonly number[]>>,
): ActualRecord[] {
  const out: ActualRecord[] = [];
  for (const [serviceLevelId, values] of Object.entries(rows)) {
    values.forEach((value, m) => {
      if (!Number.isNaN(value))
        out.push({ serviceLevelId, period: periodAfter(start, m), value, excludedMinutes: null });
    });
  }
  return out;
}
