import { attainmentRatio } from './attainment';
import { slack } from './tolerance';

/**
 * The money rules of one month, each stated once (docs/domain.md). The term evaluator applies them
 * to every service level and month; the payout curve, the money view, the earnback events and the
 * service review use them by name. Small enough for V8 to inline in the simulation's loop;
 * test/engine/moneyRules.test.ts holds each to worked examples.
 */

/** What a service level's bands read: attainment when they are on attainment, else the measured value. */
export function bandInput(
  performance: number,
  level: number,
  higher: boolean,
  onAttainment: boolean,
): number {
  return onAttainment ? attainmentRatio(performance, level, higher) : performance;
}

/** A payout before any cap: band rate × the service level's allocated amount (allocation × at-risk). */
export function payoutBeforeCaps(rate: number, allocatedAmount: number): number {
  return rate * allocatedAmount;
}

/** The credit in a payout (≥ 0): a negative payout is a credit. Exact: |a| − a is 2|a| or 0. */
export function creditPart(payout: number): number {
  return (Math.abs(payout) - payout) / 2;
}

/** The incentive in a payout (≥ 0): a positive payout is an incentive. */
export function incentivePart(payout: number): number {
  return (Math.abs(payout) + payout) / 2;
}

/** A month's credits reach the at-risk cap when they total at least the at-risk amount (forgiving noise). */
export function capReached(monthCredits: number, atRisk: number): boolean {
  return monthCredits > 0 && monthCredits >= atRisk - slack(atRisk);
}

/**
 * The factor that brings amounts totalling `total` within `cap`, applied to each of them alike
 * (pro rata): 1 when they fit, cap ÷ total when they do not, 0 when nothing is allowed.
 */
export function capScale(total: number, cap: number): number {
  if (total <= cap) return 1;
  return cap > 0 ? cap / total : 0;
}

/** What incentives may still total this month: the monthly cap, or what the annual cap leaves if less. */
export function incentiveRoom(monthlyCap: number, annualCap: number, paidThisYear: number): number {
  return Math.max(0, Math.min(monthlyCap, annualCap - paidThisYear));
}

/**
 * One service level's payout in a month where it pays alone: a credit capped at the at-risk
 * amount, an incentive at the month's incentive room. (With others paying too, the caps are shared
 * pro rata: see `capProRata`.)
 */
export function payoutAlone(payout: number, atRisk: number, room: number): number {
  return Math.min(incentivePart(payout), room) - Math.min(creditPart(payout), atRisk);
}

/** Annual earnback: a service level earns back its year's credits when its average attainment reaches 1. */
export function yearEarnsBack(attainmentSum: number, monthsMeasured: number): boolean {
  return monthsMeasured > 0 && attainmentSum / monthsMeasured >= 1 - slack(1);
}

/**
 * The invoice line rounded to cents, as Excel's ROUND(x, 2) does it: on the decimal value shown to
 * 15 significant digits, halves away from zero (1.005 → 1.01, though its binary value is below it).
 * The one place money is rounded; everything before it keeps full precision.
 */
export function invoiceCents(amount: number): number {
  if (!Number.isFinite(amount)) return amount;
  const cents = Number((Math.abs(amount) * 100).toPrecision(15));
  // + 0: a credit of less than half a cent rounds to 0, not to −0.
  return (Math.sign(amount) * Math.round(cents)) / 100 + 0;
}
