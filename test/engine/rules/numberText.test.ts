import {
  conventionFor,
  ENGLISH_NUMBERS,
  listSeparator,
  writeNumberText,
  type NumberConvention,
  PLAIN_NUMBERS,
  readNumberText,
} from '../../../src/engine/rules/numberText';

const GERMAN: NumberConvention = { decimal: ',', grouping: ['.'] };
const FRENCH: NumberConvention = { decimal: ',', grouping: [' ', '\u202f'] };
const value = (text: string, c?: NumberConvention) => readNumberText(text, c)?.value ?? null;

describe('plain numbers (Excel text, sheets, files)', () => {
  it.each([
    ['99.5', 99.5],
    [' 99.5 ', 99.5],
    ['-0.05', -0.05],
    ['+3', 3],
    ['\u22120.05', -0.05],
    ['.5', 0.5],
    ['7.', 7],
    ['1e3', 1000],
    ['2.5E-2', 0.025],
  ])('reads %j as %p', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it.each([
    '',
    ' ',
    '-',
    '0x63',
    '0b1100011',
    '0o7',
    'Infinity',
    'NaN',
    '1,000',
    '99,5',

    'abc',
    '1.2.3',
    '--1',
  ])('refuses %j', (text) => {
    expect(readNumberText(text)).toBeNull();
  });

  it('reads a number too large for a double as Infinity, for the caller to refuse', () => {
    expect(value('1e400')).toBe(Infinity);
    expect(value('-1e400')).toBe(-Infinity);
  });

  it('reports a trailing percent sign without applying it', () => {
    expect(readNumberText('99.5%')).toEqual({ value: 99.5, percent: true });
    expect(readNumberText('12 %')).toEqual({ value: 12, percent: true });
    expect(readNumberText('12')).toEqual({ value: 12, percent: false });
  });
});

describe('as people type them', () => {
  it('English: grouping by commas in threes, a decimal point', () => {
    expect(value('250,000', ENGLISH_NUMBERS)).toBe(250_000);
    expect(value('1,234,567.89', ENGLISH_NUMBERS)).toBe(1_234_567.89);
    expect(value('99,5', ENGLISH_NUMBERS)).toBeNull(); // not a guess at a decimal comma
    expect(value('1,00', ENGLISH_NUMBERS)).toBeNull();
    expect(value('1,000e3', ENGLISH_NUMBERS)).toBeNull();
  });

  it('German: "99,5" is ninety-nine and a half, "250.000" a quarter million', () => {
    expect(value('99,5', GERMAN)).toBe(99.5);
    expect(value('250.000', GERMAN)).toBe(250_000);
    expect(value('1.234.567,89', GERMAN)).toBe(1_234_567.89);
    expect(value('−0,05', GERMAN)).toBe(-0.05);
    expect(value('99.5', GERMAN)).toBeNull();
  });

  it('French: spaces (also the narrow no-break space) group, the comma is decimal', () => {
    expect(value('250 000,50', FRENCH)).toBe(250_000.5);
    expect(value('250\u202f000', FRENCH)).toBe(250_000);
    expect(readNumberText('12,5 %', FRENCH)).toEqual({ value: 12.5, percent: true });
  });

  it('plain text is never grouped', () => {
    expect(value('250,000', PLAIN_NUMBERS)).toBeNull();
  });
});

describe('the convention of a locale', () => {
  it('reads the marks from the platform: German, French, Swiss, English', () => {
    expect(conventionFor('de-DE')).toEqual({ decimal: ',', grouping: ['.'] });
    expect(conventionFor('fr-FR')).toEqual({ decimal: ',', grouping: [' ', '\u00a0', '\u202f'] });
    expect(conventionFor('de-CH')).toEqual({ decimal: '.', grouping: ["'", '’'] });
    expect(value('250’000.50', conventionFor('de-CH'))).toBe(250_000.5);
    expect(conventionFor('en-US')).toEqual(ENGLISH_NUMBERS);
    expect(conventionFor('not a locale!')).toEqual(ENGLISH_NUMBERS);
  });

  it('reads what a German user types, and shows numbers back as they would write them', () => {
    const german = conventionFor('de-DE');
    expect(value('99,8', german)).toBe(99.8);
    expect(value('250.000', german)).toBe(250_000);
    expect(writeNumberText(99.8, german)).toBe('99,8');
    expect(writeNumberText(0.1 + 0.2, german)).toBe('0,3');
    expect(writeNumberText(250_000, german)).toBe('250000');
    expect(listSeparator(german)).toBe(';');
    expect(listSeparator(ENGLISH_NUMBERS)).toBe(',');
  });
});
