/**
 * Net fees per period: fee + payout rate × fee, where incentives are capped cumulatively over the
 * series (later periods get what is left) and each period's credit is capped.
 */
export interface NetFeeCaps {
  /** Total incentives payable over the series; null = uncapped. */
  readonly bonusCap: number | null;
  /** Largest credit in one period (positive amount); null = uncapped. */
  readonly creditCap: number | null;
}

export interface FeePeriod {
  readonly fee: number;
  /** Payout rate from the bands; null when the period was not measured (no adjustment, blank out). */
  readonly rate: number | null;
}

export function netFeeSeries(periods: readonly FeePeriod[], caps: NetFeeCaps): (number | null)[] {
  let bonusLeft = caps.bonusCap ?? Infinity;
  return periods.map(({ fee, rate }) => {
    if (rate === null) return null;
    let payout = rate * fee;
    if (payout > 0) {
      payout = Math.min(payout, bonusLeft);
      bonusLeft -= payout;
    } else if (caps.creditCap !== null) {
      payout = Math.max(payout, -caps.creditCap);
    }
    return fee + payout;
  });
}
