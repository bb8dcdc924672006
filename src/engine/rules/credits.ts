import { capScale } from './moneyRules';

/**
 * Service credits: a failed service level costs its allocation × the at-risk amount, and all
 * credits of one period together never exceed the at-risk amount.
 */

/** What a service level failed in a period adds to the period's credit: its allocation × the at-risk amount. */
export function levelCredit(allocation: number, atRisk: number): number {
  return allocation * atRisk;
}

/** A period's credit from the sum of its failed service levels' credits: at most the at-risk amount. */
export function cappedPeriodCredit(total: number, atRisk: number): number {
  return Math.min(total, atRisk);
}

/** Total credit for a period from the allocations of the failed service levels, capped at the at-risk amount. */
export function periodCredit(failedAllocations: readonly number[], atRisk: number): number {
  let total = 0;
  for (const allocation of failedAllocations) total += levelCredit(allocation, atRisk);
  return cappedPeriodCredit(total, atRisk);
}

/**
 * Scales amounts[start, start+count) down pro rata so they sum to at most `cap`; returns the sum
 * after capping. Used for credits over the at-risk amount and incentives over their caps.
 */
export function capProRata(
  amounts: Float64Array,
  start: number,
  count: number,
  cap: number,
): number {
  let total = 0;
  for (let i = start; i < start + count; i++) total += amounts[i];
  if (total <= cap) return total;
  const scale = capScale(total, cap);
  for (let i = start; i < start + count; i++) amounts[i] *= scale;
  return cap;
}
