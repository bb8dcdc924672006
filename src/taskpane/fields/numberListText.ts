import {
  ENGLISH_NUMBERS,
  groupedNumberText,
  listSeparator,
  type NumberConvention,
} from '../../engine/rules/numberText';
import { fail, ok, type Result } from '../../engine/rules/result';
import { numberText, type TextFormat } from './fieldText';

/**
 * Lists of monthly values typed into one box: "99.6, 99.7 99.4; 99.8" in English, "99,6; 99,7"
 * where the comma is the decimal mark. Spaces, semicolons and (in English) commas separate values,
 * so there is no digit grouping here; in a series "–" marks a month not measured.
 */

const GAP = /^[-–—]$|^n\/?a$/i;

function parseList(
  text: string,
  gaps: boolean,
  convention: NumberConvention,
): Result<(number | null)[]> {
  const separators = convention.decimal === ',' ? /[\s;]+/ : /[\s,;]+/;
  const tokens = text.split(separators).filter((t) => t !== '');
  if (tokens.length === 0) return fail('value', 'Enter at least one value');
  const values: (number | null)[] = [];
  for (const token of tokens) {
    if (gaps && GAP.test(token)) {
      values.push(null);
      continue;
    }
    const parsed = numberText.parse(token, { decimal: convention.decimal, grouping: [] });
    if (!parsed.ok)
      return fail(
        'value',
        `"${token}" is not a number${gaps ? ' (use – for a month not measured)' : ''}`,
      );
    values.push(parsed.value);
  }
  return ok(values);
}

export const sameList = (a: readonly (number | null)[], b: readonly (number | null)[]) =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

const joined = (texts: string[], convention: NumberConvention) =>
  texts.join(`${listSeparator(convention)} `);

export const seriesText: TextFormat<readonly (number | null)[]> = {
  format: (values, convention = ENGLISH_NUMBERS) =>
    joined(
      values.map((v) => (v === null ? '–' : numberText.format(v, convention))),
      convention,
    ),
  parse: (text, convention = ENGLISH_NUMBERS) => parseList(text, true, convention),
};

export const historyText: TextFormat<readonly number[]> = {
  format: (values, convention = ENGLISH_NUMBERS) =>
    joined(
      values.map((v) => numberText.format(v, convention)),
      convention,
    ),
  parse: (text, convention = ENGLISH_NUMBERS) =>
    parseList(text, false, convention) as Result<number[]>,
};

/**
 * Amounts of money typed into one box, "204,000; 210,000" in English or "204.000; 210.000" in
 * German: only ";" or a line break separates them, so each may be grouped the way the user writes
 * amounts everywhere else.
 */
export const amountListText: TextFormat<readonly number[]> = {
  format: (values, convention = ENGLISH_NUMBERS) =>
    values.map((v) => numberText.format(v, convention)).join('; '),
  parse(text, convention = ENGLISH_NUMBERS) {
    const tokens = text
      .split(/[;\n]+/)
      .map((t) => t.trim())
      .filter((t) => t !== '');
    if (tokens.length === 0) return fail('value', 'Enter at least one amount');
    const values: number[] = [];
    for (const token of tokens) {
      const parsed = numberText.parse(token, convention);
      if (!parsed.ok) return fail('value', `"${token}" is not an amount: separate years with ;`);
      values.push(parsed.value);
    }
    return ok(values);
  },
};

/** Whole numbers for counts such as trials and seeds. */
export function wholeNumberText(min: number, max: number): TextFormat<number> {
  return {
    format: (n) => String(n),
    parse(text, convention = ENGLISH_NUMBERS) {
      const parsed = numberText.parse(text, convention);
      if (!parsed.ok || !Number.isInteger(parsed.value))
        return fail('value', 'Enter a whole number');
      if (parsed.value < min || parsed.value > max)
        return fail(
          'value',
          `Enter a whole number from ${groupedNumberText(min, convention)} to ${groupedNumberText(max, convention)}`,
        );
      return ok(parsed.value);
    },
  };
}
