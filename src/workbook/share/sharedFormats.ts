/** Number formats of the counterparty file, in Excel's codes (shown in the reader's own locale). */
export const MONEY = '#,##0.00';
export const PERCENT = '0.00%';
export const SHARE = '0%';
export const RATIO = '0.0000';
/** Attainment: a lower-is-better level measured at 0 is infinitely good (Excel's largest number), shown as ∞. */
export const ATTAINMENT = '[>=1000000]"∞";0.0000';
