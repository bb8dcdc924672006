import { type Direction } from './direction';
import { meetsLevel } from './tolerance';

export type ServiceLevelStatus = 'Met' | 'Missed' | 'Below minimum';

/** Met at or better than `expected`; below minimum when worse than `minimum` (if one is set). */
export function serviceLevelStatus(
  actual: number,
  expected: number,
  minimum: number | null,
  direction: Direction,
): ServiceLevelStatus {
  if (meetsLevel(actual, expected, direction)) return 'Met';
  if (minimum !== null && !meetsLevel(actual, minimum, direction)) return 'Below minimum';
  return 'Missed';
}
