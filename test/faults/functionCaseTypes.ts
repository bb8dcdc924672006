/** Shapes of the OUTCOME function fault cases (see functionCases.ts). */

export type FunctionName =
  | 'ATTAINMENT'
  | 'STATUS'
  | 'PAYOUT'
  | 'CREDIT'
  | 'EARNBACK'
  | 'RATCHET'
  | 'GAINSHARE'
  | 'NETFEES'
  | 'VOLUMEPRICE';

/** An Excel error with this code and exactly this message. */
export interface ExpectedError {
  readonly error: string;
  readonly message: string;
}

export interface FunctionCase {
  readonly name: string;
  readonly fn: FunctionName;
  readonly args: readonly unknown[];
  /** The result: numbers, text, '' (blank) and ExpectedErrors, in the result's shape. */
  readonly expected: unknown;
  /** Relative tolerance of numbers; exact when omitted. */
  readonly relative?: number;
}

export const VALUE = '#VALUE!';
export const NUM = '#NUM!';
export const err = (error: string, message: string): ExpectedError => ({ error, message });
/** A formula that fails as a whole: a one-cell array holding the error. */
export const whole = (message: string): ExpectedError[][] => [[err(VALUE, message)]];

/** A range argument too large to write out: `rows` × `cols` cells of `fill`, except `cells`. */
export interface RangeSpec {
  readonly rows: number;
  readonly cols: number;
  readonly fill: unknown;
  /** [row, column, value] of the cells that differ from `fill`. */
  readonly cells?: readonly (readonly [number, number, unknown])[];
}

/** Marks an argument of a case that the test builds from a RangeSpec. */
export interface RangeArg {
  readonly range: RangeSpec;
}

export const range = (
  rows: number,
  cols: number,
  fill: unknown,
  cells?: RangeSpec['cells'],
): RangeArg => ({ range: { rows, cols, fill, cells } });

export interface SizeLimitCase extends FunctionCase {
  /** The call must answer before reading a single cell (built from lazy, counting ranges). */
  readonly readsNoCell: boolean;
}

/** A band table evaluated by the engine directly (rates beyond what a function accepts). */
export interface RateCase {
  readonly name: string;
  readonly bounds: readonly number[];
  readonly rates: readonly number[];
  readonly value: number;
  readonly expected: number;
  readonly relative?: number;
}

/**
 * A model whose service levels have ids from user data that name Object.prototype members. The
 * four service levels are availability, P1 resolution, customer satisfaction (a key measurement)
 * and backup success; the same model with ids a, b, c, d must give the same figures.
 */
export interface IdKeyCase {
  readonly name: string;
  readonly ids: readonly [string, string, string, string];
  /** How the scenario's assumptions record is made. */
  readonly record: 'json' | 'fromEntries' | 'nullPrototype';
  /** Which service levels have an assumption (by position). */
  readonly assumed: readonly [boolean, boolean, boolean, boolean];
  /** Which service levels have a sensitivity step given (by position). */
  readonly deltas: readonly [boolean, boolean, boolean, boolean];
  /** Expected: the simulation runs, or fails with this message (as it does with ids a, b, c, d). */
  readonly outcome: { readonly ok: true } | { readonly ok: false; readonly message: string };
}
