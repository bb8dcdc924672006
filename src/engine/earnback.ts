/**
 * Earnback: the provider earns a credit back when performance meets the expected level in the
 * periods that follow it — all of it only if every period met ("all"), or pro rata to the
 * periods met ("prorata").
 */
export type EarnbackMethod = 'all' | 'prorata';

export function earnback(
  credit: number,
  periodsMet: readonly boolean[],
  method: EarnbackMethod,
): number {
  if (periodsMet.length === 0 || credit <= 0) return 0;
  let met = 0;
  for (const m of periodsMet) if (m) met++;
  if (method === 'all') return met === periodsMet.length ? credit : 0;
  // credit × (met / periods), not (credit × met) / periods: the latter can exceed the credit by a rounding step.
  return met === periodsMet.length ? credit : credit * (met / periodsMet.length);
}
