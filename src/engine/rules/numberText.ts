/**
 * The one reader of numbers written as text, wherever they come from: a pane field, a cell passed
 * to an OUTCOME function, an imported CSV, a cell of the Contract sheet. What differs between
 * sources is only the convention (the decimal and grouping marks); the rules are the same:
 * - an optional sign, "+", "-" or the Unicode minus "−";
 * - digits with the decimal mark, grouped in threes only where the convention groups;
 * - an exponent ("1e3"), only in ungrouped numbers;
 * - an optional trailing "%", reported, not applied (a caller knows what a percentage means there);
 * - spaces and no-break spaces around the number and the "%".
 * Everything else is not a number: hexadecimal ("0x63") and binary ("0b1100011") as JavaScript
 * would read them, "Infinity", "NaN", an empty text, a lone sign. A number too large for a double
 * ("1e400") reads as ±Infinity, for the caller to refuse with its own words.
 */
export interface NumberConvention {
  readonly decimal: '.' | ',';
  /** Marks allowed between groups of three digits; none means grouping is not accepted. */
  readonly grouping: readonly string[];
}

/** Excel's stored text, sheets and files: a point for decimals, no grouping. */
export const PLAIN_NUMBERS: NumberConvention = { decimal: '.', grouping: [] };

/** English as typed by a person: "250,000.50". */
export const ENGLISH_NUMBERS: NumberConvention = { decimal: '.', grouping: [','] };

export interface NumberRead {
  readonly value: number;
  /** Written with a trailing "%": the value is as written (12 for "12%"). */
  readonly percent: boolean;
}

const escape = (mark: string) => mark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = new Map<string, { plain: RegExp; grouped: RegExp | null }>();

function patternsFor(c: NumberConvention) {
  const key = `${c.decimal}|${c.grouping.join('')}`;
  let found = patterns.get(key);
  if (!found) {
    const d = escape(c.decimal);
    const plain = new RegExp(`^(?:\\d+(?:${d}\\d*)?|${d}\\d+)(?:[eE][+-]?\\d+)?$`);
    const marks = c.grouping.filter((g) => g !== c.decimal).map(escape);
    const grouped =
      marks.length === 0
        ? null
        : new RegExp(`^\\d{1,3}(?:(?:${marks.join('|')})\\d{3})+(?:${d}\\d*)?$`);
    found = { plain, grouped };
    patterns.set(key, found);
  }
  return found;
}

/** The number `text` writes under `convention`, or null when it is not one. */
export function readNumberText(
  text: string,
  convention: NumberConvention = PLAIN_NUMBERS,
): NumberRead | null {
  let body = text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  const percent = body.endsWith('%');
  if (percent) body = body.slice(0, -1).trim();
  let sign = 1;
  if (/^[+\-\u2212]/.test(body)) {
    sign = body[0] === '+' ? 1 : -1;
    body = body.slice(1).trim();
  }
  const { plain, grouped } = patternsFor(convention);
  let digits: string;
  if (plain.test(body)) digits = body.replace(convention.decimal, '.');
  else if (grouped?.test(body)) {
    const at = body.indexOf(convention.decimal);
    const whole = (at < 0 ? body : body.slice(0, at)).replace(/\D/g, '');
    digits = at < 0 ? whole : `${whole}.${body.slice(at + 1)}`;
  } else return null;
  return { value: sign * Number(digits), percent };
}
