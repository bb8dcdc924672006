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

/**
 * The series one measured period at a time, in order; it carries the bonus room left under the
 * cap. Unmeasured periods are simply not given: they neither pay nor use the room. Lets a caller
 * that reads periods one by one compute their net fees without building a list of them.
 */
export class NetFeeRun {
  private bonusLeft: number;
  private readonly creditCap: number | null;

  constructor(caps: NetFeeCaps) {
    this.bonusLeft = caps.bonusCap ?? Infinity;
    this.creditCap = caps.creditCap;
  }

  /** The net fee of the next measured period. */
  next(fee: number, rate: number): number {
    let payout = rate * fee;
    if (payout > 0) {
      payout = Math.min(payout, this.bonusLeft);
      this.bonusLeft -= payout;
    } else if (this.creditCap !== null) {
      payout = Math.max(payout, -this.creditCap);
    }
    return fee + payout;
  }
}

/** The whole series at once: null for an unmeasured period. */
export function netFeeSeries(periods: readonly FeePeriod[], caps: NetFeeCaps): (number | null)[] {
  const run = new NetFeeRun(caps);
  return periods.map(({ fee, rate }) => (rate === null ? null : run.next(fee, rate)));
}
