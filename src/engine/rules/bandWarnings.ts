import { type ServiceLevel } from '../terms/contract';
import { bandRate, parseBands } from './bands';
import { isBetter } from './tolerance';

/**
 * Band tables that are valid but pay against the deal's own sense: an incentive for performance
 * worse than the expected level, or a credit for meeting it. Warnings, not errors: a negotiator
 * may mean it, but should not do it by a slip of the keyboard.
 */
export function bandWarnings(sl: ServiceLevel): string[] {
  const table = parseBands(sl.bands.rows);
  if (!table.ok || !Number.isFinite(sl.expected)) return [];
  const onAttainment = sl.bands.basis === 'attainment';
  // Where "met" sits on the bands' own scale, and which side of it is worse.
  const met = onAttainment ? 1 : sl.expected;
  const worse = (x: number) =>
    onAttainment ? x < met && !isBetter(met, x, 'lower') : isBetter(met, x, sl.direction);
  const rate = (x: number) => bandRate(table.value, x, sl.bands.method);
  const shown = (x: number) => String(Number(x.toPrecision(6)));
  const warnings: string[] = [];
  if (rate(met) < 0)
    warnings.push(
      `The bands charge a credit (${shown(rate(met) * 100)}%) at the expected level ${shown(met)}: meeting the level should not cost the provider.`,
    );
  const bounds = [...table.value.bounds];
  const points = [
    ...bounds,
    ...bounds.slice(1).map((b, i) => (b + bounds[i]) / 2),
    bounds[bounds.length - 1] + Math.max(1, Math.abs(bounds[bounds.length - 1])),
    bounds[0] - Math.max(1, Math.abs(bounds[0])),
  ];
  const paidWorse = points.filter((x) => worse(x) && rate(x) > 0).sort((a, b) => a - b);
  if (paidWorse.length > 0) {
    const x =
      sl.direction === 'lower' && !onAttainment ? paidWorse[0] : paidWorse[paidWorse.length - 1];
    warnings.push(
      `The bands pay an incentive (${shown(rate(x) * 100)}%) at ${shown(x)}, which is worse than the expected level ${shown(met)}.`,
    );
  }
  return warnings;
}
