import { type Direction } from '../engine/rules/direction';
import { periodCredit } from '../engine/rules/credits';
import { earnback } from '../engine/rules/earnback';
import { meets } from '../engine/rules/status';
import { readDirection, readNonNegative, readNumber } from './excelArgs';
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
import { allCells, perItem, readSingle, toGrid } from './broadcast';
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

/** One required value per service level: blanks and errors there make the whole call an error. */
function perServiceLevel<T>(
  arg: unknown,
  label: string,
  n: number,
  read: (cell: unknown, label: string) => T | null | ExcelError,
): T[] {
  const cells = perItem(toGrid(arg, label), n, 'service levels');
  const out: T[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const where = n === 1 ? label : `${label} (service level ${i + 1})`;
    const x = read(cells[i], where);
    if (isExcelError(x)) throw new CallFailure(x);
    if (x === null) return failCall('value', `${where} is blank`);
    out[i] = x;
  }
  return out;
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
    const levels = perServiceLevel(expected, 'expected', n, readNumber);
    const allocations = perServiceLevel(allocation, 'allocation', n, readAllocation);
    const directions = perItem(toGrid(direction, 'direction'), n, 'service levels').map((cell) => {
      const d = readDirection(cell);
      if (isExcelError(d)) throw new CallFailure(d);
      return d;
    });
    const cap = readSingle(atRisk, 'atRisk', readNonNegative);
    const months: unknown[] = new Array(perf.cols);
    for (let m = 0; m < perf.cols; m++) {
      months[m] =
        cap === null ? '' : monthCredit(perf.cells, m, levels, allocations, directions, cap);
    }
    return [months];
  });
}

/** Credit of month m: blank when no service level was measured, an error when a cell is bad. */
function monthCredit(
  cells: readonly (readonly unknown[])[],
  m: number,
  levels: readonly number[],
  allocations: readonly number[],
  directions: readonly Direction[],
  atRisk: number,
): number | string | ExcelError {
  const failed: number[] = [];
  let measured = 0;
  for (let i = 0; i < levels.length; i++) {
    const p = readNumber(cells[i][m], 'performance');
    if (isExcelError(p)) return p;
    if (p === null) continue; // not measured: no credit
    const mix = levelMixError(p, levels[i], 'performance and expected');
    if (mix) return mix;
    measured++;
    if (!meets(p, levels[i], directions[i] === 'higher')) failed.push(allocations[i]);
  }
  return measured === 0 ? '' : numberOut(periodCredit(failed, atRisk));
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
