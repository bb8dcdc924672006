import { type ServiceLevel } from '../terms/contract';
import { fail, ok, type Result } from '../rules/result';
import { isScaleMix } from '../rules/scale';

/**
 * What a scenario assumes about one service level's monthly performance over the term.
 *
 * - constant: the same level every month.
 * - series: fixed monthly values (e.g. a workbook range); a series shorter than the term repeats
 *   cyclically (month m uses values[m mod length]), a longer one is cut at the term. A null entry
 *   is a month that is not measured.
 * - normal: mean and standard deviation, with optional month-to-month correlation ρ as an AR(1)
 *   process started from the mean: p[m] = mean + ρ·(p[m−1] − mean) + sd·√(1−ρ²)·z (so the first
 *   month's spread is sd·√(1−ρ²) and the process settles at sd within a few months).
 * - triangular: minimum, most likely and maximum.
 * - resample: a bootstrap of a historical series, each month an independent draw (with
 *   replacement) from the history.
 *
 * Every kind is truncated to the metric's valid range, `bounds`: normals redraw the month's
 * innovation until the value lies within the bounds (up to 32 times, then clamp — with the mean
 * inside the bounds clamping is practically never reached); the other kinds already lie in their
 * data's range and are clamped only after a sensitivity or break-even shift. Fixed values outside
 * the bounds (constant, series, history) are rejected as input errors: they usually betray a
 * percentage mixed with a fraction.
 */

/** Valid range of a metric; null = unbounded on that side. */
export interface PerformanceBounds {
  readonly lower: number | null;
  readonly upper: number | null;
}

interface Bounded {
  /** Omitted: derived from the service level (see defaultBounds). */
  readonly bounds?: PerformanceBounds;
}

export interface ConstantAssumption extends Bounded {
  readonly kind: 'constant';
  readonly level: number;
}

export interface SeriesAssumption extends Bounded {
  readonly kind: 'series';
  readonly values: readonly (number | null)[];
}

export interface NormalAssumption extends Bounded {
  readonly kind: 'normal';
  readonly mean: number;
  readonly sd: number;
  /** Month-to-month correlation, −1 < ρ < 1; omitted = 0 (independent months). */
  readonly rho?: number;
}

export interface TriangularAssumption extends Bounded {
  readonly kind: 'triangular';
  readonly min: number;
  readonly mode: number;
  readonly max: number;
}

export interface ResampleAssumption extends Bounded {
  readonly kind: 'resample';
  readonly history: readonly number[];
}

export type PerformanceAssumption =
  | ConstantAssumption
  | SeriesAssumption
  | NormalAssumption
  | TriangularAssumption
  | ResampleAssumption;

/** Resolved bounds: −Infinity / +Infinity where unbounded. */
export interface Range {
  readonly lower: number;
  readonly upper: number;
}

const isPercentUnit = (unit: string) => /%|percent/i.test(unit);

/**
 * Default valid range from the service level: percentages [0, 100] when the unit is a percentage
 * and the expected level is above 1; fractions [0, 1] for higher-is-better levels expected at or
 * below 1 (availability 0.995); otherwise [0, ∞) (hours, counts, scores).
 */
export function defaultBounds(sl: Pick<ServiceLevel, 'unit' | 'direction' | 'expected'>): Range {
  if (isPercentUnit(sl.unit) && sl.expected > 1) return { lower: 0, upper: 100 };
  if (sl.direction === 'higher' && sl.expected <= 1) return { lower: 0, upper: 1 };
  return { lower: 0, upper: Infinity };
}

export function resolveBounds(
  a: PerformanceAssumption,
  sl: Pick<ServiceLevel, 'unit' | 'direction' | 'expected'>,
): Range {
  if (a.bounds === undefined) return defaultBounds(sl);
  return { lower: a.bounds.lower ?? -Infinity, upper: a.bounds.upper ?? Infinity };
}

/** The value the assumption is centred on: level, mean of the series or history, normal mean, triangle mean. */
export function centralValue(a: PerformanceAssumption): number {
  switch (a.kind) {
    case 'constant':
      return a.level;
    case 'normal':
      return a.mean;
    case 'triangular':
      return (a.min + a.mode + a.max) / 3;
    case 'series':
      return meanOf(a.values.filter((v): v is number => v !== null));
    case 'resample':
      return meanOf(a.history);
  }
}

const meanOf = (xs: readonly number[]) =>
  xs.length === 0 ? NaN : xs.reduce((s, x) => s + x, 0) / xs.length;

const clampTo = (x: number, r: Range) => Math.min(r.upper, Math.max(r.lower, x));

/**
 * The assumption moved by `delta` in performance units (+ = larger values), fixed values clamped
 * to the range. Sensitivity and break-even move assumptions this way; the spread is unchanged.
 */
export function shiftAssumption(
  a: PerformanceAssumption,
  delta: number,
  range: Range,
): PerformanceAssumption {
  switch (a.kind) {
    case 'constant':
      return { ...a, level: clampTo(a.level + delta, range) };
    case 'normal':
      return { ...a, mean: a.mean + delta };
    case 'triangular': {
      const [min, mode, max] = [a.min, a.mode, a.max].map((x) => clampTo(x + delta, range));
      return { ...a, min, mode, max };
    }
    case 'series':
      return { ...a, values: a.values.map((v) => (v === null ? null : clampTo(v + delta, range))) };
    case 'resample':
      return { ...a, history: a.history.map((v) => clampTo(v + delta, range)) };
  }
}

/** The assumption re-centred so its central value is `level`. */
export function recentreAssumption(
  a: PerformanceAssumption,
  level: number,
  range: Range,
): PerformanceAssumption {
  if (a.kind === 'constant') return { ...a, level: clampTo(level, range) };
  if (a.kind === 'normal') return { ...a, mean: level };
  return shiftAssumption(a, level - centralValue(a), range);
}

/** The assumption's natural step for sensitivity: one standard deviation for a normal, else none. */
export const naturalStep = (a: PerformanceAssumption): number | null =>
  a.kind === 'normal' ? a.sd : null;

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** Checks an assumption against its service level; the message names what to fix. */
export function validateAssumption(
  a: PerformanceAssumption,
  sl: Pick<ServiceLevel, 'unit' | 'direction' | 'expected' | 'name'>,
): Result<Range> {
  const bad = (message: string) => fail('value', `${sl.name}: ${message}`);
  if (a.bounds !== undefined) {
    const { lower, upper } = a.bounds;
    if ((lower !== null && !finite(lower)) || (upper !== null && !finite(upper)))
      return bad('bounds must be numbers or empty');
    if (lower !== null && upper !== null && lower > upper)
      return bad(`lower bound ${lower} is above upper bound ${upper}`);
  }
  const range = resolveBounds(a, sl);
  const inRange = (x: number) => x >= range.lower && x <= range.upper;
  const rangeText = `[${range.lower}, ${range.upper === Infinity ? '∞' : range.upper}]`;
  switch (a.kind) {
    case 'constant':
      if (!finite(a.level)) return bad('constant level must be a number');
      if (!inRange(a.level))
        return bad(`constant level ${a.level} is outside the valid range ${rangeText}`);
      break;
    case 'series':
      if (a.values.length === 0) return bad('performance series is empty');
      if (!a.values.some((v) => v !== null)) return bad('performance series has no measured month');
      for (const v of a.values) {
        if (v !== null && !finite(v)) return bad(`series value ${v} is not a number`);
        if (v !== null && !inRange(v))
          return bad(`series value ${v} is outside the valid range ${rangeText}`);
      }
      break;
    case 'normal':
      if (!finite(a.mean)) return bad('normal mean must be a number');
      if (!finite(a.sd) || a.sd < 0) return bad('standard deviation must be a number ≥ 0');
      if (a.rho !== undefined && !(finite(a.rho) && a.rho > -1 && a.rho < 1))
        return bad('correlation ρ must be strictly between −1 and 1');
      break;
    case 'triangular':
      if (![a.min, a.mode, a.max].every(finite))
        return bad('triangular minimum, mode and maximum must be numbers');
      if (!(a.min <= a.mode && a.mode <= a.max))
        return bad('triangular values must satisfy minimum ≤ mode ≤ maximum');
      if (!inRange(a.min) || !inRange(a.max))
        return bad(`triangular range [${a.min}, ${a.max}] is outside the valid range ${rangeText}`);
      break;
    case 'resample':
      if (a.history.length === 0) return bad('history to resample is empty');
      for (const v of a.history) {
        if (!finite(v)) return bad(`history value ${v} is not a number`);
        if (!inRange(v)) return bad(`history value ${v} is outside the valid range ${rangeText}`);
      }
      break;
    default:
      return bad(`unknown assumption kind "${(a as { kind: string }).kind}"`);
  }
  const centre = centralValue(a);
  if (isScaleMix(centre, sl.expected)) {
    return bad(
      `assumed performance ${centre} and expected level ${sl.expected} mix a percentage with a fraction`,
    );
  }
  return ok(range);
}
