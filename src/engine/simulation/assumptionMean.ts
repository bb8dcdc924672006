import { type PerformanceAssumption } from './performanceAssumption';

/**
 * The mean month a scenario assumes for a service level, before truncation to the metric's range:
 * the constant; the measured months of a series or history; the normal's mean; a triangular's
 * (min + mode + max) ÷ 3. Null when the assumption has no measured month. A "typical month" to
 * price deterministically, e.g. in a comparison shared with the other side.
 */
export function assumptionMean(a: PerformanceAssumption): number | null {
  switch (a.kind) {
    case 'constant':
      return a.level;
    case 'normal':
      return a.mean;
    case 'triangular':
      return (a.min + a.mode + a.max) / 3;
    case 'series':
      return mean(a.values.filter((v): v is number => v !== null));
    case 'resample':
      return mean(a.history);
  }
}

const mean = (xs: readonly number[]) =>
  xs.length === 0 ? null : xs.reduce((t, x) => t + x, 0) / xs.length;
