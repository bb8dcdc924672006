import { type BandMethod } from '../../engine/rules/bands';
import { type NumberConvention } from '../../engine/rules/numberText';
import { formatMoney } from '../money/paneMoneyText';
import { tickLabel } from './chartScale';
import { type PayoutCurve } from './payoutCurve';

/** The curve in words, for screen readers: each band's money, or the money at each band point. */
export function describeCurve(
  curve: PayoutCurve,
  method: BandMethod,
  unit: string,
  currency: string,
  convention?: NumberConvention,
): string {
  const money = (m: number) => formatMoney(m, currency);
  const at = (p: number) => `${tickLabel(p, convention)}${unit ? ` ${unit}` : ''}`;
  if (method === 'linear') {
    const points = curve.points.filter((p) => curve.knots.includes(p.performance));
    const parts = points.map((p) => `${money(p.money)} at ${at(p.performance)}`);
    return `Money per month, linear between band points: ${parts.join('; ')}; flat beyond the first and last point.`;
  }
  const parts: string[] = [];
  const last = curve.points.length / 2 - 1;
  for (let i = 0; i <= last; i++) {
    const a = curve.points[2 * i];
    const b = curve.points[2 * i + 1];
    const where =
      last === 0
        ? 'at any performance'
        : i === 0
          ? `below ${at(b.performance)}`
          : i === last
            ? `from ${at(a.performance)}`
            : `from ${at(a.performance)} to ${at(b.performance)}`;
    parts.push(`${where}: ${money(a.money)}`);
  }
  return `Money per month, step bands: ${parts.join('; ')}.`;
}
