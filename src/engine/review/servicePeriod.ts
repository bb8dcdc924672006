/**
 * Service periods are calendar months written "YYYY-MM" (2026-03). Inside the engine a period is a
 * month number (year × 12 + month − 1), so the distance between two periods is a subtraction.
 */

const PERIOD = /^(\d{4})-(\d{2})$/;

/** The month number of "YYYY-MM", or null when the text is not such a period. */
export function parsePeriod(text: string): number | null {
  const match = PERIOD.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12 || year < 1900) return null;
  return year * 12 + month - 1;
}

/** The "YYYY-MM" text of a month number. */
export function periodText(monthNumber: number): string {
  const year = Math.floor(monthNumber / 12);
  const month = monthNumber - year * 12 + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Months from `start` to `period` (0 when equal; negative when the period is earlier). */
export function monthsFrom(start: string, period: string): number | null {
  const a = parsePeriod(start);
  const b = parsePeriod(period);
  return a === null || b === null ? null : b - a;
}

/** The period `offset` months after `start`. */
export function periodAfter(start: string, offset: number): string {
  const a = parsePeriod(start);
  if (a === null) throw new Error(`"${start}" is not a period (YYYY-MM)`);
  return periodText(a + offset);
}

/** Minutes in a calendar month: days × 24 × 60. */
export function minutesInPeriod(period: string): number {
  const n = parsePeriod(period);
  if (n === null) throw new Error(`"${period}" is not a period (YYYY-MM)`);
  const year = Math.floor(n / 12);
  const month = n - year * 12;
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return days * 24 * 60;
}
