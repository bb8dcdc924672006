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

// Marks people use interchangeably: the kinds of space (French), the straight and typographic apostrophe (Swiss).
const SPACES = [' ', '\u00a0', '\u202f'];
const APOSTROPHES = ["'", '\u2019'];

/**
 * How people in `locale` write numbers, from the platform's own locale data: "de-DE" gives a
 * decimal comma and "." grouping, "fr-FR" a decimal comma and space grouping, "en-US" the English
 * convention. Unknown or unusual locales fall back to English.
 */
export function conventionFor(locale: string | undefined): NumberConvention {
  try {
    const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
    const decimal = parts.find((p) => p.type === 'decimal')?.value;
    const group = parts.find((p) => p.type === 'group')?.value;
    if (decimal !== '.' && decimal !== ',') return ENGLISH_NUMBERS;
    if (group === undefined || group === decimal) return { decimal, grouping: [] };
    const alike = [SPACES, APOSTROPHES].find((marks) => marks.includes(group));
    return { decimal, grouping: alike ?? [group] };
  } catch {
    return ENGLISH_NUMBERS;
  }
}

/**
 * A number as a text box shows it for editing: up to 12 significant digits (no binary noise such
 * as 7.000000000000001), no grouping, the convention's decimal mark.
 */
export function writeNumberText(x: number, convention: NumberConvention = ENGLISH_NUMBERS): string {
  const text = String(Number(x.toPrecision(12)));
  return convention.decimal === ',' ? text.replace('.', ',') : text;
}

/**
 * A figure to read rather than edit: grouped with the convention's first mark ("250.000,5" in
 * German), at most `fractionDigits` decimals; a space groups as a narrow no-break space, so a
 * figure never wraps.
 */
export function groupedNumberText(
  x: number,
  convention: NumberConvention,
  fractionDigits = 0,
): string {
  // What rounds to zero is written as zero, never "-0".
  const shown = Math.abs(x) < 0.5 * 10 ** -fractionDigits ? 0 : x;
  const english = new Intl.NumberFormat('en-US', { maximumFractionDigits: fractionDigits }).format(
    shown,
  );
  const mark = convention.grouping[0] ?? '';
  const group = mark.trim() === '' && mark !== '' ? '\u202f' : mark;
  return english.replace(/[,.]/g, (m) => (m === ',' ? group : convention.decimal));
}

/** What separates the numbers of a list typed into one box: ";" where the comma is the decimal mark. */
export function listSeparator(convention: NumberConvention): string {
  return convention.decimal === ',' ? ';' : ',';
}
