import { ENGLISH_NUMBERS, readNumberText } from '../../engine/rules/numberText';
import { fail, ok, type Result } from '../../engine/rules/result';

/**
 * How a model value is shown in a text box and read back. Inputs stay text while the user types;
 * only text that parses reaches the model, so a half-typed "9" or "-" never becomes a number.
 */
export interface TextFormat<T> {
  format(value: T): string;
  parse(text: string): Result<T>;
}

// "100,000" is grouping; "99,5" stays an error rather than a guess at a decimal comma.
function readNumber(text: string): number | null {
  const read = readNumberText(text, ENGLISH_NUMBERS);
  return read === null || read.percent || !Number.isFinite(read.value) ? null : read.value;
}

/** Drops binary noise such as 7.000000000000001 so the box shows what the user would type. */
const tidy = (x: number): string => String(Number(x.toPrecision(12)));

export const numberText: TextFormat<number> = {
  format: tidy,
  parse(text) {
    const value = readNumber(text);
    return value === null ? fail('value', 'Enter a number') : ok(value);
  },
};

/** Percentages are fractions in the model: "12" and "12%" both mean 0.12. */
export const percentText: TextFormat<number> = {
  format: (fraction) => tidy(fraction * 100),
  parse(text) {
    const value = readNumber(text.trim().replace(/%$/, ''));
    return value === null ? fail('value', 'Enter a percentage such as 12 or 12%') : ok(value / 100);
  },
};

/** An empty box means "none" (no minimum, no cap). */
export function optional<T>(inner: TextFormat<T>): TextFormat<T | null> {
  return {
    format: (value) => (value === null ? '' : inner.format(value)),
    parse: (text) => (text.trim() === '' ? ok(null) : inner.parse(text)),
  };
}

export const currencyText: TextFormat<string> = {
  format: (code) => code,
  parse(text) {
    const code = text.trim().toUpperCase();
    return /^[A-Z]{3}$/.test(code)
      ? ok(code)
      : fail('value', 'Enter a three-letter currency code such as EUR or USD');
  },
};
