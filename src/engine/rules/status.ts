import { type Direction } from './direction';
import { atLeastBound, atMostBound } from './tolerance';

/**
 * A service level's status in a period: met, missed, below its minimum, or not measured. The term
 * evaluator stores the code per month (a Uint8Array); labels are what people and sheets read.
 */
export const STATUS_MET = 0;
export const STATUS_MISSED = 1;
export const STATUS_BELOW_MINIMUM = 2;
export const STATUS_NOT_MEASURED = 3;
export type StatusCode =
  | typeof STATUS_MET
  | typeof STATUS_MISSED
  | typeof STATUS_BELOW_MINIMUM
  | typeof STATUS_NOT_MEASURED;

export const STATUS_LABELS = ['Met', 'Missed', 'Below minimum', 'Not measured'] as const;
export type ServiceLevelStatus = (typeof STATUS_LABELS)[StatusCode];

/** Performance exactly at the level meets it, for either direction, forgiving binary noise. */
export function meets(performance: number, level: number, higher: boolean): boolean {
  return meetsBound(performance, meetingBound(level, higher), higher);
}

/**
 * What performance is compared with to meet `level`: the level moved by the tolerance towards
 * worse. For checking many values against one level, the bound computed once.
 */
export function meetingBound(level: number, higher: boolean): number {
  return higher ? atLeastBound(level) : atMostBound(level);
}

/** meets(performance, level, higher), given meetingBound(level, higher). */
export function meetsBound(performance: number, bound: number, higher: boolean): boolean {
  return higher ? performance >= bound : performance <= bound;
}

/** The status code of one measurement; NaN means not measured; a null (or NaN) minimum means none. */
export function statusCode(
  performance: number,
  expected: number,
  minimum: number | null,
  higher: boolean,
): StatusCode {
  if (performance !== performance) return STATUS_NOT_MEASURED;
  if (meets(performance, expected, higher)) return STATUS_MET;
  if (minimum !== null && minimum === minimum && !meets(performance, minimum, higher))
    return STATUS_BELOW_MINIMUM;
  return STATUS_MISSED;
}

/** Met at or better than `expected`; below minimum when worse than `minimum` (if one is set). */
export function serviceLevelStatus(
  actual: number,
  expected: number,
  minimum: number | null,
  direction: Direction,
): Exclude<ServiceLevelStatus, 'Not measured'> {
  const code = statusCode(actual, expected, minimum, direction === 'higher');
  return code === STATUS_MET ? 'Met' : code === STATUS_BELOW_MINIMUM ? 'Below minimum' : 'Missed';
}
