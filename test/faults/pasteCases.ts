/**
 * Adversarial inputs for the actuals import (CSV or cells pasted from Excel), each with what the
 * import must make of it. The tests in test/workbook/actualsImportFaults.test.ts run every entry;
 * the docs' "What we tried" table lists these arrays. Levels are the sample contract's.
 */

/** One Value cell, read in a locale's convention: the number it is, or the row's whole message. */
export interface PastedValueCase {
  readonly input: string;
  readonly locale: string;
  readonly serviceLevel: string;
  readonly expected: { readonly value: number } | { readonly refused: string };
}

const notDecimal = (input: string, level: string, example = '99.5 or 99.5%') => ({
  refused: `Row 2: value "${input}" for ${level} is not a number written in decimals, such as ${example}.`,
});
const P1 = 'P1 resolved within 4h';
const BACKLOG = 'Backlog over 30 days';

export const pastedValueCases: readonly PastedValueCase[] = [
  // Decimals as people type them, in both decimal conventions, grouped or not, with or without "%".
  { input: '99.5', locale: 'en-US', serviceLevel: 'Availability', expected: { value: 99.5 } },
  { input: '99,5', locale: 'de-DE', serviceLevel: 'Availability', expected: { value: 99.5 } },
  { input: '99.5%', locale: 'en-US', serviceLevel: 'Availability', expected: { value: 99.5 } },
  { input: '99,5 %', locale: 'fr-FR', serviceLevel: 'Availability', expected: { value: 99.5 } },
  { input: '1,234', locale: 'en-US', serviceLevel: BACKLOG, expected: { value: 1234 } },
  { input: '1.234', locale: 'de-DE', serviceLevel: BACKLOG, expected: { value: 1234 } },
  { input: '1 234', locale: 'fr-FR', serviceLevel: BACKLOG, expected: { value: 1234 } },
  { input: '1\u202f234', locale: 'fr-FR', serviceLevel: BACKLOG, expected: { value: 1234 } },
  { input: "1'234", locale: 'de-CH', serviceLevel: BACKLOG, expected: { value: 1234 } },
  { input: '1,234.5', locale: 'en-US', serviceLevel: BACKLOG, expected: { value: 1234.5 } },
  { input: '1.234,5', locale: 'de-DE', serviceLevel: BACKLOG, expected: { value: 1234.5 } },
  {
    input: '+7.25',
    locale: 'en-US',
    serviceLevel: 'Mean resolution hours',
    expected: { value: 7.25 },
  },
  { input: '.5', locale: 'en-US', serviceLevel: 'Mean resolution hours', expected: { value: 0.5 } },
  { input: '2.5E1', locale: 'en-US', serviceLevel: BACKLOG, expected: { value: 25 } },
  { input: '-0', locale: 'en-US', serviceLevel: BACKLOG, expected: { value: 0 } },
  // What JavaScript's Number() would read but a person never types: refused, never 99.
  { input: '0x63', locale: 'en-US', serviceLevel: P1, expected: notDecimal('0x63', P1) },
  { input: '0X63', locale: 'en-US', serviceLevel: P1, expected: notDecimal('0X63', P1) },
  { input: '0b1100011', locale: 'en-US', serviceLevel: P1, expected: notDecimal('0b1100011', P1) },
  { input: '0o143', locale: 'en-US', serviceLevel: P1, expected: notDecimal('0o143', P1) },
  { input: 'Infinity', locale: 'en-US', serviceLevel: P1, expected: notDecimal('Infinity', P1) },
  { input: '-Infinity', locale: 'en-US', serviceLevel: P1, expected: notDecimal('-Infinity', P1) },
  { input: 'NaN', locale: 'en-US', serviceLevel: P1, expected: notDecimal('NaN', P1) },
  {
    input: '1_000',
    locale: 'en-US',
    serviceLevel: BACKLOG,
    expected: notDecimal('1_000', BACKLOG),
  },
  {
    input: '1e999',
    locale: 'en-US',
    serviceLevel: BACKLOG,
    expected: { refused: `Row 2: value "1e999" for ${BACKLOG} is too large to be a measurement.` },
  },
  {
    input: '1e999',
    locale: 'en-US',
    serviceLevel: P1,
    expected: { refused: `Row 2: value "1e999" for ${P1} is too large to be a measurement.` },
  },
  // Marks in the wrong convention, or in the wrong places: refused, never misread as 995 or 99.
  { input: '99,5', locale: 'en-US', serviceLevel: P1, expected: notDecimal('99,5', P1) },
  {
    input: '99.5',
    locale: 'de-DE',
    serviceLevel: P1,
    expected: notDecimal('99.5', P1, '99,5 or 99,5%'),
  },
  { input: '1,23', locale: 'en-US', serviceLevel: BACKLOG, expected: notDecimal('1,23', BACKLOG) },
  { input: '99.5.1', locale: 'en-US', serviceLevel: P1, expected: notDecimal('99.5.1', P1) },
  {
    input: '1,234e2',
    locale: 'en-US',
    serviceLevel: BACKLOG,
    expected: notDecimal('1,234e2', BACKLOG),
  },
  { input: '--5', locale: 'en-US', serviceLevel: BACKLOG, expected: notDecimal('--5', BACKLOG) },
  { input: '5-', locale: 'en-US', serviceLevel: BACKLOG, expected: notDecimal('5-', BACKLOG) },
  { input: '99.5%%', locale: 'en-US', serviceLevel: P1, expected: notDecimal('99.5%%', P1) },
  { input: '%', locale: 'en-US', serviceLevel: P1, expected: notDecimal('%', P1) },
  { input: '$99', locale: 'en-US', serviceLevel: P1, expected: notDecimal('$99', P1) },
  // Digits of other scripts (full-width, Arabic-Indic) look like numbers but are not decimals here.
  { input: '９９', locale: 'en-US', serviceLevel: P1, expected: notDecimal('９９', P1) },
  { input: '٩٩', locale: 'en-US', serviceLevel: P1, expected: notDecimal('٩٩', P1) },
];

/** One Period cell: the month it names, or the row's whole message. */
export interface PastedPeriodCase {
  readonly input: string;
  readonly expected: { readonly period: string } | { readonly refused: string };
}

const notAMonth = (input: string) => ({
  refused: `Row 2: period "${input}" is not a month written YYYY-MM (2026-03).`,
});
const noSuchDay = (input: string, month: string, days: number) => ({
  refused: `Row 2: period "${input}" is not a date: ${month} has days 1 to ${days}.`,
});

export const pastedPeriodCases: readonly PastedPeriodCase[] = [
  { input: '2026-03', expected: { period: '2026-03' } },
  { input: '2026/3', expected: { period: '2026-03' } },
  { input: '2026-03-31', expected: { period: '2026-03' } },
  { input: '2026/3/31', expected: { period: '2026-03' } },
  { input: '2028-02-29', expected: { period: '2028-02' } },
  { input: '2026-12-31', expected: { period: '2026-12' } },
  // Dates that do not exist: refused, never quietly their month.
  { input: '2026-02-31', expected: noSuchDay('2026-02-31', 'February 2026', 28) },
  { input: '2026-02-29', expected: noSuchDay('2026-02-29', 'February 2026', 28) },
  { input: '2100-02-29', expected: noSuchDay('2100-02-29', 'February 2100', 28) },
  { input: '2026-04-31', expected: noSuchDay('2026-04-31', 'April 2026', 30) },
  { input: '2026/6/31', expected: noSuchDay('2026/6/31', 'June 2026', 30) },
  { input: '2026-03-00', expected: noSuchDay('2026-03-00', 'March 2026', 31) },
  { input: '2026-03-32', expected: noSuchDay('2026-03-32', 'March 2026', 31) },
  {
    input: '2026-13',
    expected: { refused: 'Row 2: period "2026-13" has no month 13: months run from 01 to 12.' },
  },
  {
    input: '2026-00-10',
    expected: { refused: 'Row 2: period "2026-00-10" has no month 00: months run from 01 to 12.' },
  },
  {
    input: '1899-12-31',
    expected: {
      refused: 'Row 2: period "1899-12-31" is before 1900, earlier than any service period.',
    },
  },
  // Forms that differ between locales, or are not months at all: refused, never guessed.
  { input: '31.03.2026', expected: notAMonth('31.03.2026') },
  { input: '03/31/2026', expected: notAMonth('03/31/2026') },
  { input: '2026-03/31', expected: notAMonth('2026-03/31') },
  { input: '2026-03-31T00:00', expected: notAMonth('2026-03-31T00:00') },
  { input: 'March 2026', expected: notAMonth('March 2026') },
  { input: '202603', expected: notAMonth('202603') },
];

/** A whole import whose cells are huge or odd, and the exact messages that quote them back. */
export interface PastedEchoCase {
  readonly name: string;
  readonly input: string;
  readonly expected: readonly string[];
}

const MB = 1_000_000;
const x40 = 'x'.repeat(40);
// The one clipping rule of src/engine/rules/quotedText.ts: the first 37 characters and "...".
const x37 = 'x'.repeat(37);
const levels =
  'Availability, P1 resolved within 4h, Mean resolution hours, Customer satisfaction, Backlog over 30 days';

export const pastedEchoCases: readonly PastedEchoCase[] = [
  {
    name: 'a 1 MB value cell',
    input: `Service level,Period,Value\nAvailability,2026-03,${'x'.repeat(MB)}\n`,
    expected: [
      `Row 2: value "${x37}..." for Availability is not a number written in decimals, such as 99.5 or 99.5%.`,
    ],
  },
  {
    name: 'a 1 MB service level name',
    input: `Service level,Period,Value\n${'x'.repeat(MB)},2026-03,99.5\n`,
    expected: [`Row 2: unknown service level "${x37}..."; the contract has ${levels}.`],
  },
  {
    name: 'a 1 MB period',
    input: `Service level,Period,Value\nAvailability,${'2'.repeat(MB)},99.5\n`,
    expected: [`Row 2: period "${'2'.repeat(37)}..." is not a month written YYYY-MM (2026-03).`],
  },
  {
    name: 'a 1 MB excluded-minutes cell',
    input: `Service level,Period,Value,Excluded minutes\nAvailability,2026-03,99.5,${'9'.repeat(MB)}\n`,
    expected: [
      `Row 2: excluded minutes "${'9'.repeat(37)}..." must be a number of minutes within the month.`,
    ],
  },
  {
    name: 'a 1 MB header cell where a column name belongs',
    input: `${'x'.repeat(MB)},Period,Value\nAvailability,2026-03,99.5\n`,
    expected: [
      `Missing column Service level. The first row must name the columns Service level, Period, Value (and optionally Excluded minutes); it has "${x37}...", "Period", "Value".`,
    ],
  },
  {
    name: 'a header of 5,000 unknown columns',
    input: `${Array.from({ length: 5000 }, (_, i) => `c${i}`).join(',')}\n1,2,3\n`,
    expected: [
      'Missing columns Service level, Period, Value. The first row must name the columns Service level, Period, Value (and optionally Excluded minutes); it has "c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9" and 4,990 more.',
    ],
  },
  {
    name: '41 characters: clipped',
    input: `Service level,Period,Value\nAvailability,2026-03,${'y'.repeat(41)}\n`,
    expected: [
      `Row 2: value "${'y'.repeat(37)}..." for Availability is not a number written in decimals, such as 99.5 or 99.5%.`,
    ],
  },
  {
    name: '50 emoji: clipped at whole characters, never half of one',
    input: `Service level,Period,Value\nAvailability,2026-03,${'😀'.repeat(50)}\n`,
    expected: [
      `Row 2: value "${'😀'.repeat(37)}..." for Availability is not a number written in decimals, such as 99.5 or 99.5%.`,
    ],
  },
  {
    name: 'exactly 40 characters: quoted whole',
    input: `Service level,Period,Value\nAvailability,2026-03,${x40}\n`,
    expected: [
      `Row 2: value "${x40}" for Availability is not a number written in decimals, such as 99.5 or 99.5%.`,
    ],
  },
];
