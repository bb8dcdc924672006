import { type PerformanceAssumption } from '../engine/simulation/performanceAssumption';
import { numberText } from './changeLogText';

/** A performance assumption in words and numbers, as the change log and the pane show it. */
export function assumptionText(a: PerformanceAssumption | undefined): string {
  if (a === undefined) return 'none';
  const list = (xs: readonly (number | null)[]) =>
    xs.map((x) => (x === null ? '–' : numberText(x))).join(', ');
  const bounds = a.bounds
    ? `; bounds ${a.bounds.lower === null ? '−∞' : numberText(a.bounds.lower)} to ${a.bounds.upper === null ? '∞' : numberText(a.bounds.upper)}`
    : '';
  switch (a.kind) {
    case 'constant':
      return `constant ${numberText(a.level)}${bounds}`;
    case 'series':
      return `monthly series ${list(a.values)}${bounds}`;
    case 'normal':
      return `normal mean ${numberText(a.mean)}, sd ${numberText(a.sd)}, ρ ${numberText(a.rho ?? 0)}${bounds}`;
    case 'triangular':
      return `triangular min ${numberText(a.min)}, mode ${numberText(a.mode)}, max ${numberText(a.max)}${bounds}`;
    case 'resample':
      return `resampled history ${list(a.history)}${bounds}`;
  }
}
