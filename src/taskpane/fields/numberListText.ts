import { fail, ok, type Result } from '../../engine/rules/result';
import { numberText, type TextFormat } from './fieldText';

/**
 * Lists of monthly values typed into one box: "99.6, 99.7 99.4; 99.8". Commas, semicolons and
 * spaces separate values (so no digit grouping here); in a series "–" marks a month not measured.
 */

const GAP = /^[-–—]$|^n\/?a$/i;

function parseList(text: string, gaps: boolean): Result<(number | null)[]> {
  const tokens = text.split(/[\s,;]+/).filter((t) => t !== '');
  if (tokens.length === 0) return fail('value', 'Enter at least one value');
  const values: (number | null)[] = [];
  for (const token of tokens) {
    if (gaps && GAP.test(token)) {
      values.push(null);
      continue;
    }
    const parsed = numberText.parse(token);
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

export const seriesText: TextFormat<readonly (number | null)[]> = {
  format: (values) => values.map((v) => (v === null ? '–' : numberText.format(v))).join(', '),
  parse: (text) => parseList(text, true),
};

export const historyText: TextFormat<readonly number[]> = {
  format: (values) => values.map((v) => numberText.format(v)).join(', '),
  parse: (text) => parseList(text, false) as Result<number[]>,
};

/** Whole numbers for counts such as trials and seeds. */
export function wholeNumberText(min: number, max: number): TextFormat<number> {
  return {
    format: (n) => String(n),
    parse(text) {
      const parsed = numberText.parse(text);
      if (!parsed.ok || !Number.isInteger(parsed.value))
        return fail('value', 'Enter a whole number');
      if (parsed.value < min || parsed.value > max)
        return fail(
          'value',
          `Enter a whole number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}`,
        );
      return ok(parsed.value);
    },
  };
}
