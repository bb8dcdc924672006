import {
  currencyText,
  numberText,
  optional,
  percentText,
} from '../../../src/taskpane/fields/fieldText';

const value = <T>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : 'error');

describe('percentText', () => {
  it.each([
    ['12', 0.12],
    ['12%', 0.12],
    [' 12.5 % ', 0.125],
    ['-50', -0.5],
    ['−50%', -0.5],
    ['150', 1.5],
  ])('reads %p as %p', (text, expected) => {
    expect(value(percentText.parse(text))).toBeCloseTo(expected, 12);
  });

  it.each(['', 'abc', '12%%', '1.2.3', '-', '99,5'])('rejects %p with a message', (text) => {
    const parsed = percentText.parse(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.message).toBe('Enter a percentage such as 12 or 12%');
  });

  it('shows fractions as percentages without binary noise', () => {
    expect(percentText.format(0.07)).toBe('7');
    expect(percentText.format(0.125)).toBe('12.5');
    expect(percentText.format(-1)).toBe('-100');
  });
});

describe('numberText', () => {
  it('reads plain and grouped numbers', () => {
    expect(value(numberText.parse('100000'))).toBe(100000);
    expect(value(numberText.parse('100,000'))).toBe(100000);
    expect(value(numberText.parse('99.5'))).toBe(99.5);
    expect(value(numberText.parse('.5'))).toBe(0.5);
  });

  it('rejects text that is not a number', () => {
    expect(numberText.parse('9x').ok).toBe(false);
    expect(numberText.parse('').ok).toBe(false);
  });
});

describe('optional', () => {
  const optionalNumber = optional(numberText);
  it('reads an empty box as none and shows none as empty', () => {
    expect(value(optionalNumber.parse('  '))).toBeNull();
    expect(optionalNumber.format(null)).toBe('');
    expect(value(optionalNumber.parse('99'))).toBe(99);
    expect(optionalNumber.parse('x').ok).toBe(false);
  });
});

describe('currencyText', () => {
  it('accepts three-letter codes in upper case only', () => {
    expect(value(currencyText.parse(' usd '))).toBe('USD');
    expect(currencyText.parse('EU').ok).toBe(false);
    expect(currencyText.parse('EURO').ok).toBe(false);
  });
});
