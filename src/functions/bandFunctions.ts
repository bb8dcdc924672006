import { type BandMethod, type BandTable, bandRate } from '../engine/rules/bands';
import { type NetFeeCaps, NetFeeRun } from '../engine/rules/netFees';
import { isNumberCell, readNonNegative, readNumber } from './excelArgs';
import {
  CallFailure,
  type ExcelError,
  failCall,
  guardMatrix,
  isExcelError,
  numberOut,
} from './excelErrors';
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
    const singleFee = oneFee(feeGrid, sameShape);
    const feeCells = singleFee === undefined ? vectorCells(feeGrid, 'periods') : null;
    const out = periodNetFees(perfCells, feeCells ?? singleFee ?? NaN, table, how, caps);
    if (perfGrid.rows === 1) return [out];
    const column: unknown[][] = new Array(out.length);
    for (let k = 0; k < out.length; k++) column[k] = [out[k]];
    return column;
  });
}

/**
 * Net fee of each period, `fees` one cell per period or one fee for all (NaN when blank). Numbers
 * stay numbers on the way through (NaN for a blank or bad cell, its error beside it), so a range of
 * numbers is read without a call or an allocation per period.
 */
function periodNetFees(
  perfCells: readonly unknown[],
  fees: readonly unknown[] | number,
  table: BandTable,
  how: BandMethod,
  caps: NetFeeCaps,
): unknown[] {
  const run = new NetFeeRun(caps);
  const n = perfCells.length;
  const out: unknown[] = new Array(n);
  let firstError: ExcelError | null = null;
  for (let k = 0; k < n; k++) {
    let error: ExcelError | null = null;
    let fee = NaN;
    if (typeof fees === 'number') fee = fees;
    else {
      const cell = fees[k];
      if (isNumberCell(cell) && cell >= 0) fee = cell;
      else {
        const read = readNonNegative(cell, 'fees');
        if (typeof read === 'number') fee = read;
        else if (read !== null) error = read;
      }
    }
    let p = NaN;
    const cell = perfCells[k];
    if (isNumberCell(cell)) p = cell;
    else {
      const read = readNumber(cell, 'performance');
      if (typeof read === 'number') p = read;
      else if (read !== null) error ??= read;
    }
    // Errors and blanks stay out of the series: they neither pay nor use the bonus cap.
    if (error === null && fee === fee && p === p) {
      error = bandScaleMixError(p, table, 'performance and bands');
      if (error === null) {
        const rate = bandRate(table, p, how);
        const net = run.next(fee, rate);
        // After an error the bonus left under the cap is unknown, so any later bonus is too.
        if (firstError && caps.bonusCap !== null && rate > 0 && fee > 0) error = firstError;
        else {
          // Finite (x − x is 0) stored as it is: through numberOut's union it would be boxed first.
          if (net - net === 0) out[k] = net;
          else out[k] = numberOut(net);
          continue;
        }
      }
    }
    if (error === null)
      out[k] = ''; // not measured: blank
    else {
      out[k] = error;
      firstError ??= error;
    }
  }
  return out;
}

/**
 * The one fee of every period when fees is a single cell (a bad one fails the call, as for any
 * single cell broadcast), or undefined when fees has one cell per period.
 */
function oneFee(feeGrid: Grid, sameShape: boolean): number | null | undefined {
  if (sameShape && feeGrid.rows * feeGrid.cols !== 1) return undefined;
  const fee = readNonNegative(feeGrid.cells[0][0], 'fees');
  if (isExcelError(fee)) throw new CallFailure(fee);
  return fee;
}
