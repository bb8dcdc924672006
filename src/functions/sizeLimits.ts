import { countText } from '../engine/terms/limits';
import { failCall } from './excelErrors';

/**
 * Size limits of one call, checked before anything is read or allocated, so that a formula asking
 * for too much answers #VALUE! with a message within milliseconds instead of freezing Excel (a row
 * of 5,000 against a column of 5,000 broadcasts to 25 million cells: seconds and gigabytes).
 */

/**
 * Cells one result may have: a full worksheet column (1,048,576 rows), so a column of values of
 * any length, or a 1,000 × 1,000 block, still works. A larger result would not fit where a sheet
 * spills it in any useful way.
 */
export const MAX_RESULT_CELLS = 1_048_576;

/**
 * Cells one range argument may have: two full worksheet columns, so a band table given as whole
 * columns (G:H, blank rows ignored) still works.
 */
export const MAX_INPUT_CELLS = 2 * 1_048_576;

/** Fails the call when a result of `rows` × `cols` cells would be too large. */
export function checkResultSize(rows: number, cols: number): void {
  const cells = rows * cols;
  if (cells > MAX_RESULT_CELLS) {
    failCall(
      'value',
      `the result would be ${countText(cells)} cells (${countText(rows)}×${countText(cols)}); the limit is ${countText(MAX_RESULT_CELLS)}, a full worksheet column: give smaller ranges`,
    );
  }
}

/** Fails the call when the range argument `label` of `rows` × `cols` cells is too large. */
export function checkInputSize(label: string, rows: number, cols: number): void {
  const cells = rows * cols;
  if (cells > MAX_INPUT_CELLS) {
    failCall(
      'value',
      `${label} has ${countText(cells)} cells (${countText(rows)}×${countText(cols)}); the limit is ${countText(MAX_INPUT_CELLS)}, two full worksheet columns`,
    );
  }
}
