import { type BandTable, bandIndex } from '../engine/rules/bands';
import { boundScaleMix } from '../engine/rules/boundScales';
import { isScaleMix, scaleMixMessage } from '../engine/rules/scale';
import { excelError, type ExcelError } from './excelErrors';

/**
 * The engine's percentage-vs-fraction check (99.5 against 0.995) applied where a function compares a
 * value with a level, so a mixed sheet gets #VALUE! instead of a silently wrong answer.
 */

/** The engine's #VALUE! for a scale mix of `a` and `b`, or null when they are on the same scale. */
export function scaleMixError(a: number, b: number, what: string): ExcelError | null {
  if (!isScaleMix(a, b)) return null; // nearly every pair, decided before anything is built
  // A message, not the engine's thrown assertSameScale: a million mixed cells, no million exceptions.
  const message = scaleMixMessage(a, b, what);
  return message === null ? null : excelError('value', message);
}

/**
 * The same check for a pure threshold comparison (met or not met): a value and a level of opposite
 * signs are on the same side of each other at any scale, so mixing conventions cannot change the
 * outcome and is not flagged (−1 against 99.5 is simply missed). Where the two numbers enter
 * arithmetic (a ratio, an average, an interpolation) use scaleMixError, which ignores the sign.
 */
export function levelMixError(value: number, level: number, what: string): ExcelError | null {
  return value < 0 === level < 0 ? scaleMixError(value, level, what) : null;
}

/**
 * Checks a value against the band bounds around it: the bound of the band it falls in and the next
 * bound up. A value outside the table, or inside a band that starts at 0, is compared with the bound
 * it would have to reach, which is where a 0.995 against bounds at 99 and 99.5 shows.
 */
export function bandScaleMixError(
  value: number,
  table: BandTable,
  what: string,
): ExcelError | null {
  const n = table.bounds.length;
  const i = bandIndex(table.thresholds, 0, n, value);
  return (
    scaleMixError(value, table.bounds[i], what) ??
    (i + 1 < n ? scaleMixError(value, table.bounds[i + 1], what) : null)
  );
}

/** 0.57 × 100 → "57", not 56.99999999999999. */
const shown = (x: number): string => String(Number(x.toPrecision(12)));

/**
 * Why the bounds of a band table mix percentages and fractions (see boundScales.ts), naming the
 * sheet row of the misplaced bound (`rows[i]` is the row of `bounds[i]`), or null.
 */
export function boundsScaleMessage(
  bounds: readonly number[],
  rows: readonly number[],
  label: string,
  column: string,
): string | null {
  const mix = boundScaleMix(bounds);
  if (mix === null) return null;
  const range = mix.low === mix.high ? shown(mix.low) : `${shown(mix.low)} to ${shown(mix.high)}`;
  const what =
    mix.scale === 'fraction'
      ? `is a fraction (${shown(mix.bound * 100)}%) among percentages (${range})`
      : `is a percentage (${shown(mix.bound / 100)} as a fraction) among fractions (${range})`;
  return `${label} row ${rows[mix.index]}: ${column} ${mix.bound} ${what}: the bounds mix scales; enter every bound as a percentage (99.5) or every bound as a fraction (0.995)`;
}
