import { type Direction } from './direction';

/**
 * Relative tolerance for threshold comparisons: 99.5 computed as an average of monthly values can
 * land at 99.49999999999999 and must still meet 99.5. One part in 10^9 is far below any
 * measurement precision a contract uses and far above binary rounding noise (~10^-16).
 */
export const RELATIVE_TOLERANCE = 1e-9;

/** The slack allowed around a threshold `level`. */
export function slack(level: number): number {
  return RELATIVE_TOLERANCE * Math.max(1, Math.abs(level));
}

/** a ≥ b, forgiving binary noise. */
export function atLeast(a: number, b: number): boolean {
  return a >= atLeastBound(b);
}

/** a ≤ b, forgiving binary noise. */
export function atMost(a: number, b: number): boolean {
  return a <= atMostBound(b);
}

/** The least a that is atLeast b: for comparing many values with one b, computed once. */
export function atLeastBound(b: number): number {
  return b - slack(b);
}

/** The greatest a that is atMost b. */
export function atMostBound(b: number): number {
  return b + slack(b);
}

/** `a` is strictly better than `b` beyond noise. */
export function isBetter(a: number, b: number, direction: Direction): boolean {
  return direction === 'higher' ? a > b + slack(b) : a < b - slack(b);
}
