import { type ServiceLevel } from '../../engine/terms/contract';
import {
  centralValue,
  defaultBounds,
  type PerformanceAssumption,
} from '../../engine/simulation/performanceAssumption';

export type AssumptionKind = PerformanceAssumption['kind'];

export const MONTHS_IN_A_DEFAULT_SERIES = 12;

/** Numbers as a person would type them: no 99.60000000000001. */
const tidy = (x: number) => Number(x.toPrecision(10));

/**
 * The assumption a service level gets when the user picks a kind: centred where the current
 * assumption is (its level, mean or most likely value; else the expected level), spread by the gap to the minimum level (else 1% of
 * the expected level), kept inside the metric's valid range so the engine accepts it as it is.
 */
export function defaultAssumption(
  kind: AssumptionKind,
  sl: ServiceLevel,
  current: PerformanceAssumption | undefined,
): PerformanceAssumption {
  const range = defaultBounds(sl);
  const clamp = (x: number) => tidy(Math.min(range.upper, Math.max(range.lower, x)));
  // A triangle's most likely value, not its mean: what the user typed, not 4.666666667.
  const centreNow =
    current === undefined
      ? NaN
      : current.kind === 'triangular'
        ? current.mode
        : centralValue(current);
  const centre = clamp(Number.isFinite(centreNow) ? centreNow : sl.expected);
  const gap = sl.minimum === null ? 0 : Math.abs(sl.expected - sl.minimum);
  const spread = gap > 0 ? gap : Math.abs(sl.expected) * 0.01 || 1;
  // "Worse" is below for higher-is-better levels and above for lower-is-better ones.
  const worse = sl.direction === 'higher' ? -1 : 1;
  switch (kind) {
    case 'constant':
      return { kind, level: centre };
    case 'series':
      return { kind, values: Array.from({ length: MONTHS_IN_A_DEFAULT_SERIES }, () => centre) };
    case 'normal':
      return { kind, mean: centre, sd: tidy(spread / 2), rho: 0 };
    case 'triangular': {
      const [a, b] = [clamp(centre + worse * 2 * spread), clamp(centre - worse * spread)];
      return { kind, min: Math.min(a, b), mode: centre, max: Math.max(a, b) };
    }
    case 'resample':
      return {
        kind,
        history: [clamp(centre + worse * spread), centre, clamp(centre - (worse * spread) / 2)],
      };
  }
}
