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
  let met = 0;
  for (const m of periodsMet) if (m) met++;
  return windowEarnback(credit, met, periodsMet.length, method);
}

/**
 * The earnback of one credit once its window of `window` following periods is over, `met` of them
 * having met the expected level: the whole credit when all met; otherwise nothing ("all") or
 * credit × met / window ("prorata"). The term evaluator applies exactly this.
 */
export function windowEarnback(
  credit: number,
  met: number,
  window: number,
  method: EarnbackMethod,
): number {
  if (window <= 0 || credit <= 0) return 0;
  if (met >= window) return credit;
  // credit × (met / window), not (credit × met) / window: the latter can exceed the credit by a rounding step.
  return method === 'all' ? 0 : credit * (met / window);
}
