import { type ChartKind, type CellInput } from './workbookHost';
import { halfWidth, type Interval } from '../engine/simulation/precision';

/**
 * A table of the OM_Scenarios sheet as plain rows (the sheet writer places it), and the cell
 * helpers its builders share: money at full precision with a display format, shares as fractions
 * with a percent format, and a blank where the engine has no figure.
 */

export interface ResultTable {
  readonly name: string;
  readonly caption: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellInput[])[];
  readonly numberFormats: readonly (string | null)[];
  /** A native chart of the table's first `columns` columns (header row = series names). */
  readonly chart?: {
    readonly name: string;
    readonly kind: ChartKind;
    readonly title: string;
    readonly columns: number;
  };
}

export const MONEY_FORMAT = '#,##0.00';
export const PERCENT_FORMAT = '0.0%';

/** A finite number, else a blank cell (no NaN or Infinity reaches Excel). */
export const num = (x: number): CellInput => (Number.isFinite(x) ? x : null);

/** Half-width of a mean's 95 % interval ("±"), blank when the run has none. */
export const plusMinus = (mean: number, interval: Interval): CellInput =>
  num(halfWidth(mean, interval));

/** Header of a figure's 95 % Monte Carlo interval column. */
export const PM = '± (95 %)';

/** The same for an analysis figure, blank in runs kept before the analyses had intervals. */
export const optionalPlusMinus = (x: number, interval: Interval | undefined): CellInput =>
  interval === undefined ? null : plusMinus(x, interval);
