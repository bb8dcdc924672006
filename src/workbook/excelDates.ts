import { parsePeriod, periodText } from '../engine/review/servicePeriod';

/**
 * Months in cells as Excel keeps dates: a serial number of days since 1899-12-30, shown through a
 * date format ("mmm yyyy"). A period written as text ("2026-01") would be turned into a date by
 * Excel anyway, or need an apostrophe that shows; a date sorts, filters and reads in any locale.
 */
const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

export const MONTH_FORMAT = 'mmm yyyy';

/** The serial of the first day of "YYYY-MM". */
export function periodSerial(period: string): number {
  const n = parsePeriod(period);
  if (n === null) throw new Error(`"${period}" is not a period (YYYY-MM)`);
  return (Date.UTC(Math.floor(n / 12), n % 12, 1) - EPOCH) / DAY;
}

/** The month a date serial falls in, or null when the number is no date Excel shows. */
export function serialPeriod(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const date = new Date(EPOCH + Math.floor(serial) * DAY);
  return periodText(date.getUTCFullYear() * 12 + date.getUTCMonth());
}
