import { type NumberConvention } from '../../engine/rules/numberText';
import {
  defaultBounds,
  type PerformanceAssumption,
  resolveBounds,
} from '../../engine/simulation/performanceAssumption';
import { type ServiceLevel } from '../../engine/terms/contract';
import { sentenceNumberText } from '../fields/sentenceNumberText';
import { displayName } from '../serviceLevels/displayName';

/**
 * What the pane says about the size of a bad-month drop: the unit it is typed in, and a warning
 * when it is wider than the service level's whole valid range.
 */

type Level = Pick<ServiceLevel, 'unit' | 'direction' | 'expected'>;

// The engine's test for a percentage unit (performanceAssumption.ts): such a level's drop is in points.
const inPercent = (unit: string) => /%|percent/i.test(unit);

/** The text after the box: "pp" for a percentage level, where "%" would read as a share of the level. */
export function dropUnit(sl: Level): string | undefined {
  if (inPercent(sl.unit)) return 'pp';
  return sl.unit.trim() || undefined;
}

/**
 * "Percentage points, not percent of the level: 1 takes 99,5 % to 98,5 %" for a percentage level
 * (1,2 % off 99,5 % could mean either); the unit otherwise.
 */
export function dropHint(sl: Level, convention: NumberConvention): string {
  if (!inPercent(sl.unit)) {
    const unit = sl.unit.trim();
    return unit === '' ? 'In the level’s own unit' : `In ${unit}`;
  }
  const points = 'Percentage points, not percent of the level';
  const after = sl.direction === 'higher' ? sl.expected - 1 : sl.expected + 1;
  if (after < 0 || after > 100) return points;
  const pct = (x: number) => `${sentenceNumberText(x, convention)} %`;
  return `${points}: 1 takes ${pct(sl.expected)} to ${pct(after)}`;
}

/**
 * A drop wider than the range the level can take (9 on a score from 1 to 5) is not an error, the
 * month is then held at the level's worst, but it is seldom what was meant: says so, or null.
 */
export function dropBeyondRange(
  sl: ServiceLevel,
  assumption: PerformanceAssumption | undefined,
  drop: number,
  convention: NumberConvention,
): string | null {
  const range = assumption ? resolveBounds(assumption, sl) : defaultBounds(sl);
  const width = range.upper - range.lower;
  if (!Number.isFinite(width) || drop <= width) return null;
  const text = (x: number) => sentenceNumberText(x, convention);
  return (
    `A drop of ${text(drop)} is more than the whole range ${displayName(sl)} can take ` +
    `(${text(range.lower)} to ${text(range.upper)}): in a bad month it is simply at its worst.`
  );
}
