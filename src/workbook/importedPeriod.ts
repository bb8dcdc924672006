import { parsePeriod } from '../engine/review/servicePeriod';
import { quotedText } from '../engine/rules/quotedText';

/**
 * The period column of an actuals import. Accepted: a month "2026-03" (also "2026/3"), or a date
 * "2026-03-31" (also "2026/3/31"), which counts as its month. Nothing else: "03/31/2026" means
 * different days in different locales, so local date forms are refused with a message, not guessed.
 * A date must exist in the calendar: "2026-02-31" would otherwise quietly become February.
 */
export type ImportedPeriod = { readonly period: string } | { readonly problem: string };

const FORM = /^(\d{4})([-/])(\d{1,2})(?:\2(\d{1,2}))?$/;

const monthName = (year: number, month: number) =>
  new Date(Date.UTC(year, month - 1, 1)).toLocaleDateString('en-US', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function readImportedPeriod(text: string): ImportedPeriod {
  const quoted = quotedText(text);
  const form = FORM.exec(text);
  if (!form) return { problem: `period ${quoted} is not a month written YYYY-MM (2026-03).` };
  const year = Number(form[1]);
  const month = Number(form[3]);
  if (month < 1 || month > 12)
    return { problem: `period ${quoted} has no month ${form[3]}: months run from 01 to 12.` };
  const period = `${form[1]}-${String(month).padStart(2, '0')}`;
  if (parsePeriod(period) === null)
    return { problem: `period ${quoted} is before 1900, earlier than any service period.` };
  if (form[4] !== undefined) {
    const day = Number(form[4]);
    const days = daysIn(year, month);
    if (day < 1 || day > days)
      return {
        problem: `period ${quoted} is not a date: ${monthName(year, month)} has days 1 to ${days}.`,
      };
  }
  return { period };
}
