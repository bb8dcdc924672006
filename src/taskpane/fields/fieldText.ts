import {
  ENGLISH_NUMBERS,
  type NumberConvention,
  readNumberText,
  writeNumberText,
} from '../../engine/rules/numberText';
import { fail, ok, type Result } from '../../engine/rules/result';

/**
 * How a model value is shown in a text box and read back, in the user's number convention (the
 * decimal and grouping marks of their locale). Inputs stay text while the user types; only text
 * that parses reaches the model, so a half-typed "9" or "-" never becomes a number.
 */
export interface TextFormat<T> {
  format(value: T, convention?: NumberConvention): string;
  parse(text: string, convention?: NumberConvention): Result<T>;
}

// In English "100,000" is grouping and "99,5" stays an error rather than a guess at a decimal comma.
function readNumber(text: string, convention: NumberConvention): number | null {
  const read = readNumberText(text, convention);
  return read === null || read.percent || !Number.isFinite(read.value) ? null : read.value;
}

export const numberText: TextFormat<number> = {
  format: (value, convention = ENGLISH_NUMBERS) => writeNumberText(value, convention),
  parse(text, convention = ENGLISH_NUMBERS) {
    const value = readNumber(text, convention);
    return value === null ? fail('value', 'Enter a number') : ok(value);
  },
};

/** Percentages are fractions in the model: "12" and "12%" both mean 0.12. */
export const percentText: TextFormat<number> = {
  format: (fraction, convention = ENGLISH_NUMBERS) => writeNumberText(fraction * 100, convention),
  parse(text, convention = ENGLISH_NUMBERS) {
    const value = readNumber(text.trim().replace(/%$/, ''), convention);
    return value === null ? fail('value', 'Enter a percentage such as 12 or 12%') : ok(value / 100);
  },
};

/**
 * A number format that refuses values outside `min`…`max` with `message`, so the model never
 * holds them and the message sits at the field. The bounds in the messages below are whole
 * numbers, written the same in every convention.
 */
export function within(
  inner: TextFormat<number>,
  range: { readonly min?: number; readonly max?: number },
  message: string,
): TextFormat<number> {
  const { min = -Infinity, max = Infinity } = range;
  return {
    format: inner.format,
    parse(text, convention) {
      const read = inner.parse(text, convention);
      return !read.ok || (read.value >= min && read.value <= max) ? read : fail('value', message);
    },
  };
}

/** A rank correlation between two service levels. */
export const correlationText = within(
  numberText,
  { min: -1, max: 1 },
  'Enter a correlation from −1 to 1',
);

/** A chance per month, typed in percent and held as a fraction. */
export const chanceText = within(
  percentText,
  { min: 0, max: 1 },
  'Enter a chance from 0 % to 100 %',
);

/** How far a service level moves in a bad month: a size, its direction is the level's bad one. */
export const dropText = within(numberText, { min: 0 }, 'Enter a drop of 0 or more');

/** An empty box means "none" (no minimum, no cap). */
export function optional<T>(inner: TextFormat<T>): TextFormat<T | null> {
  return {
    format: (value, convention) => (value === null ? '' : inner.format(value, convention)),
    parse: (text, convention) => (text.trim() === '' ? ok(null) : inner.parse(text, convention)),
  };
}

/** A calendar month, typed as "2026-01" (or "2026-1"); an empty box means not agreed yet. */
export const periodTextFormat: TextFormat<string | undefined> = {
  format: (period) => period ?? '',
  parse(text) {
    const trimmed = text.trim();
    if (trimmed === '') return ok(undefined);
    const match = /^(\d{4})-(\d{1,2})$/.exec(trimmed);
    const month = match ? Number(match[2]) : 0;
    return match && month >= 1 && month <= 12
      ? ok(`${match[1]}-${String(month).padStart(2, '0')}`)
      : fail('value', 'Enter the month as YYYY-MM, e.g. 2026-01');
  },
};

export const currencyText: TextFormat<string> = {
  format: (code) => code,
  parse(text) {
    const code = text.trim().toUpperCase();
    return /^[A-Z]{3}$/.test(code)
      ? ok(code)
      : fail('value', 'Enter a three-letter currency code such as EUR or USD');
  },
};
