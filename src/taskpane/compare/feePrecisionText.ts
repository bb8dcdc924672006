import { type NumberConvention } from '../../engine/rules/numberText';
import { halfWidth, hasInterval, type Interval } from '../../engine/simulation/precision';
import { percentShown } from './goalSeekText';
import { plusMinusText } from './precisionText';

/**
 * The risk-priced fee's figures with their 95 % Monte Carlo intervals, compactly for a 320 px pane.
 * The fee is a monotone function of a simulated quantile; when the quantile's interval reaches so
 * low that no fee would keep the margin, the fee's interval has no upper end, and the cell says so
 * instead of a ± that would hide it.
 */

/** "12.345 € ± 210", "12.345 €, 95 %: 11.900 € or more", or the fee alone without an interval. */
export function feeCellText(
  fee: number,
  interval: Interval | undefined,
  money: (x: number) => string,
  convention: NumberConvention,
): string {
  if (interval !== undefined && interval.high === Infinity && Number.isFinite(interval.low))
    return `${money(fee)}, 95 %: ${money(interval.low)} or more`;
  return money(fee) + plusMinusText(fee, interval, convention);
}

/** " ± 0,4 %" after a margin (percentage points), or "" when there is nothing to add. */
export function marginPlusMinusText(
  margin: number,
  interval: Interval | undefined,
  convention: NumberConvention,
): string {
  if (!hasInterval(interval)) return '';
  const half = halfWidth(margin, interval);
  if (!(half > 0)) return '';
  // Below a hundredth of a point the ± would round to "0 %", which reads as exact.
  if (half < 0.00005) return ` ± < ${percentShown(0.0001, convention, 2)}`;
  return ` ± ${percentShown(half, convention, half >= 0.001 ? 1 : 2)}`;
}
