import { cappedPeriodCredit, levelCredit } from '../engine/rules/credits';
import { earnback } from '../engine/rules/earnback';
import { meets, meetingBound, meetsBound } from '../engine/rules/status';
import { isNumberCell, readDirection, readNonNegative, readNumber } from './excelArgs';
import {
  CallFailure,
  excelError,
  type ExcelError,
  failCall,
  guardMatrix,
  guardScalar,
  isExcelError,
  numberOut,
} from './excelErrors';
import { allCells, type Grid, perItem, readSingle, toGrid } from './broadcast';
import { readEarnbackMode } from './methodArgs';
import { levelMixError } from './scaleChecks';
import { checkResultSize } from './sizeLimits';

/** OUTCOME.CREDIT and OUTCOME.EARNBACK: service credits for failed service levels, and earning them back. */

/** Allocations are shares of the at-risk amount; over 100% is almost surely a percentage typed as a number. */
function readAllocation(cell: unknown, label: string): number | null | ExcelError {
  const x = readNonNegative(cell, label);
  if (typeof x === 'number' && x > 1) {
    return excelError(
      'value',
      `${label} ${x} is over 100%; enter allocations as fractions (0.4) or percentages (40%)`,
    );
  }
  return x;
}

/**
 * One required value per service level: blanks and errors there make the whole call an error.
 * `accepts` is the reader's verdict on a finite number, so such a cell (nearly every one) is taken
 * without building its label, which only a message needs.
 */
function perServiceLevel(
  arg: unknown,
  label: string,
  n: number,
  read: (cell: unknown, label: string) => number | null | ExcelError,
  accepts: (x: number) => boolean,
): number[] {
  const cells = perItem(toGrid(arg, label), n, 'service levels');
  const out: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const cell = cells[i];
    if (isNumberCell(cell) && accepts(cell)) {
      out[i] = cell;
      continue;
    }
    const where = n === 1 ? label : `${label} (service level ${i + 1})`;
    const x = read(cell, where);
    if (isExcelError(x)) throw new CallFailure(x);
    if (x === null) return failCall('value', `${where} is blank`);
    out[i] = x;
  }
  return out;
}

const anyNumber = (): boolean => true;
const isShare = (x: number): boolean => x >= 0 && x <= 1; // what readAllocation accepts

/** Directions per service level as "higher is better"; omitted means higher for every level. */
function higherPerLevel(direction: unknown, n: number): boolean[] {
  if (direction === null || direction === undefined) return new Array<boolean>(n).fill(true);
  return perItem(toGrid(direction, 'direction'), n, 'service levels').map((cell) => {
    const d = readDirection(cell);
    if (isExcelError(d)) throw new CallFailure(d);
    return d === 'higher';
  });
}

export function creditCells(
  performance: unknown,
  expected: unknown,
  allocation: unknown,
  atRisk: unknown,
  direction: unknown,
): unknown[][] {
  return guardMatrix(() => {
    const perf = toGrid(performance, 'performance');
    checkResultSize(1, perf.cols); // one credit per period
    const n = perf.rows;
    const levels = perServiceLevel(expected, 'expected', n, readNumber, anyNumber);
    const allocations = perServiceLevel(allocation, 'allocation', n, readAllocation, isShare);
    const higher = higherPerLevel(direction, n);
    const cap = readSingle(atRisk, 'atRisk', readNonNegative);
    if (cap === null) return [new Array<string>(perf.cols).fill('')];
    return [monthCredits(perf, levels, allocations, higher, cap)];
  });
}

/**
 * Credit of each month: blank when no service level was measured, the error of the first bad cell
 * (in service-level order), else the sum of the failed levels' credits capped at the at-risk
 * amount. Service level by service level, so each level's expected value, direction and credit are
 * read once for all its months and its row is read in order; the sums add the same terms in the
 * same order as periodCredit.
 */
function monthCredits(
  perf: Grid,
  levels: readonly number[],
  allocations: readonly number[],
  higher: readonly boolean[],
  atRisk: number,
): unknown[] {
  const months = perf.cols;
  // Every month's sum, read or not: a month with a bad cell shows that cell's error instead, and
  // one whose cells are all blank shows blank. Errors and blanks are counted only when they occur,
  // so the loop over a range of numbers does nothing else.
  const totals: number[] = new Array<number>(months);
  for (let m = 0; m < months; m++) totals[m] = 0;
  let errors: (ExcelError | undefined)[] | null = null; // the first bad cell's, in level order
  let blanks: number[] | null = null;
  for (let i = 0; i < levels.length; i++) {
    const row = perf.cells[i];
    const level = levels[i];
    const higherIsBetter = higher[i];
    const bound = meetingBound(level, higherIsBetter);
    const credit = levelCredit(allocations[i], atRisk);
    for (let m = 0; m < months; m++) {
      const cell = row[m];
      let p: number;
      if (isNumberCell(cell)) p = cell;
      else {
        const read = readNumber(cell, 'performance');
        if (read === null) {
          blanks ??= new Array<number>(months).fill(0);
          blanks[m]++; // not measured: no credit
          continue;
        }
        if (isExcelError(read)) {
          errors ??= new Array<ExcelError | undefined>(months);
          errors[m] ??= read;
          continue;
        }
        p = read;
      }
      const mix = levelMixError(p, level, 'performance and expected');
      if (mix) {
        errors ??= new Array<ExcelError | undefined>(months);
        errors[m] ??= mix;
      } else if (!meetsBound(p, bound, higherIsBetter)) totals[m] += credit;
    }
  }
  const out: unknown[] = new Array(months);
  for (let m = 0; m < months; m++) {
    const error = errors?.[m];
    if (error !== undefined) out[m] = error;
    else if (blanks !== null && blanks[m] === levels.length)
      out[m] = ''; // nothing measured
    else out[m] = numberOut(cappedPeriodCredit(totals[m], atRisk));
  }
  return out;
}

export function earnbackValue(
  credit: unknown,
  performanceAfter: unknown,
  expected: unknown,
  mode: unknown,
  direction: unknown,
): number | string | ExcelError {
  return guardScalar<number | string | ExcelError>(() => {
    const amount = readSingle(credit, 'credit', readNonNegative);
    const level = readSingle(expected, 'expected', readNumber);
    const method = readEarnbackMode(mode);
    const d = readSingle(direction, 'direction', (cell) => readDirection(cell));
    const window = allCells(toGrid(performanceAfter, 'performanceAfter'));
    const values: number[] = new Array(window.length);
    let blank = false;
    for (let k = 0; k < window.length; k++) {
      const p = readNumber(window[k], 'performanceAfter');
      if (isExcelError(p)) throw new CallFailure(p);
      if (p === null) blank = true;
      else values[k] = p;
    }
    if (amount === null || level === null) return '';
    if (blank) return failCall('na', 'performanceAfter: window not complete (a period is blank)');
    const periodsMet = values.map((p) => {
      const mix = levelMixError(p, level, 'performanceAfter and expected');
      if (mix) throw new CallFailure(mix);
      return meets(p, level, d === 'higher');
    });
    return numberOut(earnback(amount, periodsMet, method));
  });
}
