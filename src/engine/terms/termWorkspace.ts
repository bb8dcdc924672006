import { type CompiledContract } from './compiledContract';
import { MONTHS_PER_YEAR } from './contract';

/**
 * What evaluateTerm returns and the buffers it works in: the totals of a term, the workspace a
 * simulation reuses so it allocates nothing per trial, and the month-by-month detail statements
 * and charts read.
 */

export interface TermTotals {
  credits: number;
  incentives: number;
  earnback: number;
  /** Provider's net payout: incentives − credits + earnback. */
  net: number;
  /** Months whose credits reached the at-risk amount. */
  capHitMonths: number;
}

/** Buffers reused across evaluations so a simulation allocates nothing per trial. */
export interface TermWorkspace {
  /**
   * Each month's credits and incentives, month-major (index m * slCount + s): a month's amounts lie
   * side by side, so its caps scale them in one contiguous range.
   */
  readonly monthCredit: Float64Array;
  readonly monthIncentive: Float64Array;
  /** 1 when the service level's average attainment earns its credits back in a contract year (s * years + y). */
  readonly yearEarnsBack: Uint8Array;
  /** Each contract year's annual earnback, summed over the service levels. */
  readonly yearEarned: Float64Array;
  /** Service-level-major (s * months + m), for earnback over following windows. */
  readonly creditHistory: Float64Array;
  readonly metHistory: Uint8Array;
  readonly slCredits: Float64Array;
  readonly slIncentives: Float64Array;
  readonly slEarnback: Float64Array;
  readonly totals: TermTotals;
}

/** Month-by-month breakdown per service level (index s * months + m), for statements and charts. */
export interface TermDetail {
  readonly expected: Float64Array;
  readonly attainment: Float64Array;
  readonly status: Uint8Array;
  readonly rate: Float64Array;
  readonly credit: Float64Array;
  readonly incentive: Float64Array;
  /** Earnback attributed to the month it becomes due. */
  readonly earnback: Float64Array;
  readonly capHit: Uint8Array; // per month
}

/** Contract years in a term; the last one may be short. */
export const contractYears = (months: number): number => Math.ceil(months / MONTHS_PER_YEAR);

export function createWorkspace(c: CompiledContract): TermWorkspace {
  const n = c.slCount;
  const cells = n * c.months;
  const years = contractYears(c.months);
  return {
    monthCredit: new Float64Array(cells),
    monthIncentive: new Float64Array(cells),
    yearEarnsBack: new Uint8Array(n * years),
    yearEarned: new Float64Array(years),
    creditHistory: new Float64Array(cells),
    metHistory: new Uint8Array(cells),
    slCredits: new Float64Array(n),
    slIncentives: new Float64Array(n),
    slEarnback: new Float64Array(n),
    totals: { credits: 0, incentives: 0, earnback: 0, net: 0, capHitMonths: 0 },
  };
}

export function createDetail(c: CompiledContract): TermDetail {
  const cells = c.slCount * c.months;
  return {
    expected: new Float64Array(cells),
    attainment: new Float64Array(cells),
    status: new Uint8Array(cells),
    rate: new Float64Array(cells),
    credit: new Float64Array(cells),
    incentive: new Float64Array(cells),
    earnback: new Float64Array(cells),
    capHit: new Uint8Array(c.months),
  };
}
