import { groupedNumberText, type NumberConvention } from '../../engine/rules/numberText';
import { halfWidth, hasInterval, type Interval } from '../../engine/simulation/precision';
import { type PrecisionReport } from '../../runs/scenarioResults';

/**
 * How the pane writes a simulated figure's 95 % Monte Carlo interval, compactly for a 320 px pane:
 * "−€396,886 ± 1,234" — the wider side for a percentile — and a share's range in percent. Nothing
 * when the figure is exact (every trial gave the same) or the run was kept before intervals existed.
 */

export const PRECISION_NOTE =
  '± is the 95 % Monte Carlo interval of a simulated figure (for a percentile, its wider side): more trials narrow it.';

/** " ± 1,234" (whole units; two decimals below one), or "" when there is nothing to add. */
export function plusMinusText(
  estimate: number,
  interval: Interval | undefined,
  convention: NumberConvention,
): string {
  if (!hasInterval(interval)) return '';
  const half = halfWidth(estimate, interval);
  if (!(half > 0)) return '';
  return ` ± ${groupedNumberText(half, convention, half >= 1 ? 0 : 2)}`;
}

const percentText = (share: number, convention: NumberConvention) =>
  `${groupedNumberText(100 * share, convention, 1)} %`;

/** ", 95 %: 11,9–13,2 %" after a share of trials, or "" without an interval. */
export function shareRangeText(interval: Interval | undefined, convention: NumberConvention) {
  if (!hasInterval(interval)) return '';
  return `, 95 %: ${groupedNumberText(100 * interval.low, convention, 1)}–${percentText(interval.high, convention)}`;
}

/** "Precise to ±1 % after 40.000 trials" or "Stopped at 200.000 trials, the most …: …". */
export function precisionReportText(
  report: PrecisionReport,
  trials: number,
  convention: NumberConvention,
): string {
  const target = `±${groupedNumberText(100 * report.target, convention, 2)} %`;
  const count = (n: number) => groupedNumberText(n, convention);
  if (report.reached)
    return `Precise to ${target} after ${count(trials)} trials per scenario: every proposal’s expected net and P5 net.`;
  const worst = report.worst;
  const still = worst
    ? `: ${worst.figure} of ${worst.proposal} under ${worst.scenario} still ±${groupedNumberText(100 * worst.relative, convention, 1)} %`
    : '';
  return `Stopped at ${count(report.cap)} trials, the most the Trials setting allows${still} (target ${target}). Raise Trials for a more precise run, or accept a looser precision.`;
}
