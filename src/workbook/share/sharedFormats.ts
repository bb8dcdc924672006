/** Number formats of the counterparty file, in Excel's codes (shown in the reader's own locale). */
export const MONEY = '#,##0.00';
export const PERCENT = '0.00%';
export const SHARE = '0%';
export const RATIO = '0.0000';
/** A plain number with up to ten decimals, no trailing zeros forced. */
export const NUMBER = 'General';
