import { bandRate } from '../engine/rules/bands';
import { type FeePeriod, netFeeSeries } from '../engine/rules/netFees';
import { readNonNegative, readNumber } from './excelArgs';
import { type ExcelError, failCall, guardMatrix, isExcelError, numberOut } from './excelErrors';
import {
  broadcastShape,
  cellReader,
  type Grid,
  mapGrid,
  readSingle,
  sizeText,
  toGrid,
  vectorCells,
} from './broadcast';
import { payoutRateCheck, readBandTable } from './bandArgs';
import { readBandMethod } from './methodArgs';
import { bandScaleMixError } from './scaleChecks';
import { checkResultSize } from './sizeLimits';

/** OUTCOME.PAYOUT and OUTCOME.NETFEES: outcome bands turn performance into a payout rate. */

const BAND_COLUMNS = {
  bound: 'lower bound',
  rate: 'rate',
  checkRow: payoutRateCheck,
  oneScale: true,
};

export function payoutCells(
  value: unknown,
  bands: unknown,
  method: unknown,
  base: unknown,
): unknown[][] {
  return guardMatrix(() => {
    const table = readBandTable(bands, 'bands', BAND_COLUMNS);
    const how = readBandMethod(method);
    const hasBase = base !== null && base !== undefined;
    const grids = [toGrid(value, 'value'), toGrid(hasBase ? base : 1, 'base')];
    const shape = broadcastShape(grids);
    const valueAt = cellReader(grids[0], (cell) => readNumber(cell, 'value'));
    const baseAt = cellReader(grids[1], (cell) => readNonNegative(cell, 'base'));
    return mapGrid(shape, (r, c) => {
      const v = valueAt(r, c);
      const b = baseAt(r, c);
      if (isExcelError(v)) return v;
      if (isExcelError(b)) return b;
      if (v === null || b === null) return '';
      const mix = bandScaleMixError(v, table, 'value and bands');
      if (mix) return mix;
      const rate = bandRate(table, v, how);
      return numberOut(hasBase ? rate * b : rate);
    });
  });
}

/** An optional cap: blank or omitted means uncapped. */
function readCap(arg: unknown, label: string): number | null {
  return readSingle(arg, label, readNonNegative);
}

export function netFeeCells(
  fees: unknown,
  performance: unknown,
  bands: unknown,
  method: unknown,
  bonusCap: unknown,
  creditCap: unknown,
): unknown[][] {
  return guardMatrix(() => {
    const perfGrid = toGrid(performance, 'performance');
    checkResultSize(perfGrid.rows, perfGrid.cols); // one net fee per period
    const perfCells = vectorCells(perfGrid, 'periods');
    const feeGrid = toGrid(fees, 'fees');
    const sameShape = feeGrid.rows === perfGrid.rows && feeGrid.cols === perfGrid.cols;
    if (!sameShape && feeGrid.rows * feeGrid.cols !== 1) {
      return failCall(
        'na',
        `fees is ${sizeText(feeGrid)} but performance is ${sizeText(perfGrid)}: give one fee or one per period`,
      );
    }
    const table = readBandTable(bands, 'bands', BAND_COLUMNS);
    const how = readBandMethod(method);
    const caps = {
      bonusCap: readCap(bonusCap, 'bonusCap'),
      creditCap: readCap(creditCap, 'creditCap'),
    };
    const feeAt = periodReader(feeGrid, perfGrid);

    const n = perfCells.length;
    const periods: FeePeriod[] = new Array(n);
    const errors: (ExcelError | null)[] = new Array(n).fill(null);
    let firstError: ExcelError | null = null;
    for (let k = 0; k < n; k++) {
      const fee = feeAt(k);
      const p = readNumber(perfCells[k], 'performance');
      let error = isExcelError(fee) ? fee : isExcelError(p) ? p : null;
      let rate: number | null = null;
      if (error === null && typeof fee === 'number' && typeof p === 'number') {
        error = bandScaleMixError(p, table, 'performance and bands');
        if (error === null) rate = bandRate(table, p, how);
      }
      // Errors and blanks stay out of the series (rate null): they neither pay nor use the bonus cap.
      periods[k] = { fee: typeof fee === 'number' ? fee : 0, rate };
      // After an error the bonus left under the cap is unknown, so any later bonus is unknown too.
      if (firstError && caps.bonusCap !== null && rate !== null && rate > 0 && periods[k].fee > 0)
        error = firstError;
      errors[k] = error;
      firstError ??= error;
    }
    const net = netFeeSeries(periods, caps);
    const out = net.map((x, k) => errors[k] ?? (x === null ? '' : numberOut(x)));
    return perfGrid.rows === 1 ? [out] : out.map((x) => [x]);
  });
}

/** Fee of period k: one fee for every period, or the fee in the same position as the performance cell. */
function periodReader(feeGrid: Grid, perfGrid: Grid): (k: number) => number | null | ExcelError {
  const at = cellReader(feeGrid, (cell) => readNonNegative(cell, 'fees'));
  return perfGrid.rows === 1 ? (k) => at(0, k) : (k) => at(k, 0);
}
