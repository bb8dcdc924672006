import { type Direction } from './direction';
import { fail, ok, type Result } from './result';
import { meets } from './status';
import { isBetter } from './tolerance';

/**
 * Continuous improvement: each year the expected level moves toward what was achieved.
 * "midpoint": when every period met the level, move to the midpoint of the level and the average.
 * "average": move to the average when it improves on the level.
 */
export type RatchetMethod = 'midpoint' | 'average';

export interface RatchetRule {
  readonly method: RatchetMethod;
  /** Largest move as a share of the distance from the current level to perfect (0.1 = 10%); null = no cap. */
  readonly maxGapShare: number | null;
}

/** Perfect performance when not given: 0 for lower-is-better, 1 for fractions, 100 for percentages. */
export function defaultPerfect(current: number, direction: Direction): number {
  if (direction === 'lower') return 0;
  return current <= 1 ? 1 : 100;
}

/**
 * Next level from history[from, to); unmeasured periods (NaN) are skipped, and with none measured
 * the level stays. Allocation-free so the term evaluator can call it per simulated year.
 */
export function ratchetLevel(
  current: number,
  history: ArrayLike<number>,
  from: number,
  to: number,
  rule: RatchetRule,
  direction: Direction,
  perfect: number,
): number {
  let sum = 0;
  let count = 0;
  let allMet = true;
  for (let i = from; i < to; i++) {
    const v = history[i];
    if (Number.isNaN(v)) continue;
    sum += v;
    count++;
    if (!meets(v, current, direction === 'higher')) allMet = false;
  }
  if (count === 0) return current;
  const average = sum / count;
  const candidate =
    rule.method === 'midpoint' ? (allMet ? (current + average) / 2 : current) : average;
  // The level never moves backwards.
  if (!isBetter(candidate, current, direction)) return current;
  if (rule.maxGapShare === null) return candidate;
  const move = Math.min(
    Math.abs(candidate - current),
    rule.maxGapShare * Math.abs(perfect - current),
  );
  return direction === 'higher' ? current + move : current - move;
}

export function ratchet(
  current: number,
  history: readonly number[],
  rule: RatchetRule,
  direction: Direction,
  perfect: number = defaultPerfect(current, direction),
): Result<number> {
  if (history.length === 0) return fail('value', 'history: no measured periods');
  if (rule.maxGapShare !== null && !(rule.maxGapShare >= 0 && rule.maxGapShare <= 1)) {
    return fail('value', `maxGapShare must be between 0 and 1, not ${rule.maxGapShare}`);
  }
  return ok(ratchetLevel(current, history, 0, history.length, rule, direction, perfect));
}
