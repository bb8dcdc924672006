/**
 * The nine OUTCOME.* functions; the metadata generator reads their JSDoc, so adapters do the work.
 * `unknown[][]` is a range (a single cell arrives as [[x]]), `unknown` one value; omitted optionals arrive as null.
 */
import { netFeeCells, payoutCells } from './bandFunctions';
import { gainShareCells, volumePriceCells } from './costFunctions';
import { creditCells, earnbackValue } from './creditFunctions';
import { ratchetValue } from './ratchetFunction';
import { attainmentCells, statusCells } from './serviceLevelFunctions';

/**
 * Attainment ratio of performance against a target: actual/target when higher is better, target/actual when lower is better. 1 or more means met.
 * @customfunction ATTAINMENT
 * @param actual Measured performance: a value or a range.
 * @param target Target (expected) level: a value or a range of the same size.
 * @param [direction] "higher" (default) or "lower" is better: one value or a range of the same size.
 * @returns Attainment ratios, one per cell; blank where actual or target is blank.
 * @helpurl https://localhost:3000/docs/functions.html#attainment
 */
export function attainment(
  actual: unknown[][],
  target: unknown[][],
  direction?: unknown[][],
): unknown[][] {
  return attainmentCells(actual, target, direction);
}

/**
 * Status of performance against the expected level: "Met", "Missed" or "Below minimum". Performance equal to a level meets it.
 * @customfunction STATUS
 * @param actual Measured performance: a value or a range.
 * @param expected Expected (committed) level: a value or a range of the same size.
 * @param [minimum] Minimum (floor) level, worse than expected; blank for none.
 * @param [direction] "higher" (default) or "lower" is better: one value or a range of the same size.
 * @returns "Met", "Missed" or "Below minimum" per cell; blank where actual or expected is blank.
 * @helpurl https://localhost:3000/docs/functions.html#status
 */
export function status(
  actual: unknown[][],
  expected: unknown[][],
  minimum?: unknown[][],
  direction?: unknown[][],
): unknown[][] {
  return statusCells(actual, expected, minimum, direction);
}

/**
 * Payout rate from outcome bands for a value (performance or attainment); with a base, the rate times the base.
 * @customfunction PAYOUT
 * @param value Performance or attainment: a value or a range.
 * @param bands Two-column range: lower bound, rate (-0.05 = 5% credit). Rows in any order; a text header row is ignored.
 * @param [method] "step" (default): rate of the band the value falls in; "linear": interpolated between band points.
 * @param [base] Amount the rate applies to, such as the monthly fee: a value or a range the size of value.
 * @returns Payout rates, or rate × base amounts; blank where value is blank.
 * @helpurl https://localhost:3000/docs/functions.html#payout
 */
export function payout(
  value: unknown[][],
  bands: unknown[][],
  method?: unknown,
  base?: unknown[][],
): unknown[][] {
  return payoutCells(value, bands, method, base);
}

/**
 * Service credits owed per period: the sum of allocation × at-risk amount over the failed service levels, capped at the at-risk amount.
 * @customfunction CREDIT
 * @param performance One row per service level, one column per period; blank = not measured.
 * @param expected Expected level: one value or one per service level.
 * @param allocation Share of the at-risk amount each service level carries (0.4 = 40%): one value or one per service level.
 * @param atRisk At-risk amount: the most the credits of one period can total.
 * @param [direction] "higher" (default) or "lower" is better: one value or one per service level.
 * @returns One row with the credit of each period; blank for a period with nothing measured.
 * @helpurl https://localhost:3000/docs/functions.html#credit
 */
export function credit(
  performance: unknown[][],
  expected: unknown[][],
  allocation: unknown[][],
  atRisk: unknown,
  direction?: unknown[][],
): unknown[][] {
  return creditCells(performance, expected, allocation, atRisk, direction);
}

/**
 * Amount of a credit earned back when performance meets the expected level in the following periods.
 * @customfunction EARNBACK
 * @param credit The credit that may be earned back.
 * @param performanceAfter Performance in the following periods (the earnback window); a blank gives #N/A until the window is complete.
 * @param expected Expected level the following periods must meet.
 * @param [mode] "all" (default): the whole credit only if every period met; "prorata": credit × periods met / periods.
 * @param [direction] "higher" (default) or "lower" is better.
 * @returns The amount earned back.
 * @helpurl https://localhost:3000/docs/functions.html#earnback
 */
export function earnback(
  credit: unknown,
  performanceAfter: unknown[][],
  expected: unknown,
  mode?: unknown,
  direction?: unknown,
): number | string | CustomFunctions.Error {
  return earnbackValue(credit, performanceAfter, expected, mode, direction);
}

/**
 * Next period's expected level under continuous improvement; it never moves backwards.
 * @customfunction RATCHET
 * @param current Current expected level.
 * @param history Performance achieved in the review period (e.g. 12 months); blanks are skipped.
 * @param [method] "midpoint" (default): midpoint of current and the average if every period met current; "average": the average if better.
 * @param [maxGapShare] Largest move as a share of the distance from current to perfect (0.1 = 10%); blank for no cap.
 * @param [direction] "higher" (default) or "lower" is better.
 * @param [perfect] Perfect performance; default 100 (or 1 for a fraction level) when higher is better, 0 when lower.
 * @returns The next expected level.
 * @helpurl https://localhost:3000/docs/functions.html#ratchet
 */
export function ratchet(
  current: unknown,
  history: unknown[][],
  method?: unknown,
  maxGapShare?: unknown,
  direction?: unknown,
  perfect?: unknown,
): number | string | CustomFunctions.Error {
  return ratchetValue(current, history, method, maxGapShare, direction, perfect);
}

/**
 * Provider's gain share / pain share adjustment against a target cost: + its share of an underrun, − its share of an overrun.
 * @customfunction GAINSHARE
 * @param actualCost Actual cost: a value or a range.
 * @param targetCost Target cost: a value or a range of the same size.
 * @param shareBands Two-column range: lower bound of actual/target (0.95 or 95%), provider share (0.5 = 50%).
 * @param [painCap] Most the provider can lose, a positive amount; blank for no cap.
 * @param [gainCap] Most the provider can gain, a positive amount; blank for no cap.
 * @returns The provider's adjustment per cell; blank where a cost is blank.
 * @helpurl https://localhost:3000/docs/functions.html#gainshare
 */
export function gainshare(
  actualCost: unknown[][],
  targetCost: unknown[][],
  shareBands: unknown[][],
  painCap?: unknown,
  gainCap?: unknown,
): unknown[][] {
  return gainShareCells(actualCost, targetCost, shareBands, painCap, gainCap);
}

/**
 * Net fee per period: fee + payout rate × fee, with incentives capped cumulatively and each period's credit capped.
 * @customfunction NETFEES
 * @param fees Fee per period: one value or a range the shape of performance.
 * @param performance One row or one column of periods; blank = not measured (blank result).
 * @param bands Two-column range: lower bound, rate (-0.05 = 5% credit). Rows in any order; a text header row is ignored.
 * @param [method] "step" (default) or "linear".
 * @param [bonusCap] Total incentives payable over the range; later periods get what is left. Blank for no cap.
 * @param [creditCap] Largest credit in one period, a positive amount; blank for no cap.
 * @returns Net fees, the shape of performance.
 * @helpurl https://localhost:3000/docs/functions.html#netfees
 */
export function netfees(
  fees: unknown[][],
  performance: unknown[][],
  bands: unknown[][],
  method?: unknown,
  bonusCap?: unknown,
  creditCap?: unknown,
): unknown[][] {
  return netFeeCells(fees, performance, bands, method, bonusCap, creditCap);
}

/**
 * Payment for a number of outcomes (tickets, transactions) under volume tiers.
 * @customfunction VOLUMEPRICE
 * @param units Number of outcomes: a value or a range.
 * @param tiers Two-column range: lower bound of units, unit price.
 * @param [method] "graduated" (default): each unit at the price of its tier; "allunits": every unit at the price of the highest tier reached.
 * @returns The payment per cell; blank where units is blank.
 * @helpurl https://localhost:3000/docs/functions.html#volumeprice
 */
export function volumeprice(units: unknown[][], tiers: unknown[][], method?: unknown): unknown[][] {
  return volumePriceCells(units, tiers, method);
}
