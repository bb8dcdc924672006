import { type Direction } from './direction';
import { fail, ok, type Result } from './result';

/**
 * Attainment ratio: actual / target when higher is better, target / actual when lower is better.
 * Attainment ≥ 1 means the level was met.
 */
export function attainment(actual: number, target: number, direction: Direction): Result<number> {
  const denominator = direction === 'higher' ? target : actual;
  if (denominator === 0) {
    return fail(
      'div0',
      direction === 'higher' ? 'target is 0' : 'actual is 0 for a lower-is-better level',
    );
  }
  return ok(direction === 'higher' ? actual / target : target / actual);
}

/** Hot-path variant for compiled contracts: no Result allocation; a zero denominator gives ±Infinity/NaN. */
export function attainmentRatio(actual: number, target: number, higher: boolean): number {
  return higher ? actual / target : target / actual;
}
