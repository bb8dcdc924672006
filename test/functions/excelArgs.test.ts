import {
  isBlank,
  quote,
  readDirection,
  readNonNegative,
  readNumber,
  readText,
} from '../../src/functions/excelArgs';
import { expectError, NUM, VALUE } from './excelValues';

describe('excelArgs: reading one cell', () => {
  it('reads numbers as they are', () => {
    expect(readNumber(99.5, 'x')).toBe(99.5);
    expect(readNumber(-0.05, 'x')).toBe(-0.05);
    expect(readNumber(0, 'x')).toBe(0);
  });

  it('reads blanks as null: omitted, empty and space-only cells', () => {
    for (const blank of [null, undefined, '', '   ']) {
      expect(isBlank(blank)).toBe(true);
      expect(readNumber(blank, 'x')).toBeNull();
    }
    expect(isBlank(0)).toBe(false);
  });

  it('reads numbers stored as text, with "x%" as x / 100', () => {
    expect(readNumber('99.5', 'x')).toBe(99.5);
    expect(readNumber(' -0.05 ', 'x')).toBe(-0.05);
    expect(readNumber('.5', 'x')).toBe(0.5);
    expect(readNumber('1e3', 'x')).toBe(1000);
    expect(readNumber('+7', 'x')).toBe(7);
    expect(readNumber('99.5%', 'x')).toBe(0.995);
    expect(readNumber('-5 %', 'x')).toBe(-0.05);
  });

  it('rejects text that is not a plain number', () => {
    for (const text of ['abc', '0x10', '1,000', '12 h', 'Infinity', '%', '5%%', 'NaN']) {
      expectError(readNumber(text, 'actual'), VALUE, `actual: "${text}" is not a number`);
    }
  });

  it('rejects booleans and objects with #VALUE!', () => {
    expectError(readNumber(true, 'target'), VALUE, 'target: TRUE is not a number');
    expectError(readNumber(false, 'target'), VALUE, 'target: FALSE is not a number');
    expectError(readNumber({ type: 'Entity' }, 'target'), VALUE, 'target: expected a number');
  });

  it('gives #NUM! for numbers that are not finite', () => {
    expectError(readNumber(NaN, 'x'), NUM, 'x: NaN is not a finite number');
    expectError(readNumber(-Infinity, 'x'), NUM);
    expectError(readNumber('1e400', 'x'), NUM, 'is not a finite number');
  });

  it('passes Excel errors on', () => {
    const error = new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
    expect(readNumber(error, 'x')).toBe(error);
    // an error-shaped object from another realm becomes a real CustomFunctions.Error
    const foreign = readNumber({ code: '#N/A', message: 'feed' }, 'x');
    expect(foreign).toBeInstanceOf(CustomFunctions.Error);
    expectError(foreign, '#N/A', 'feed');
  });

  it('readNonNegative refuses negative numbers', () => {
    expect(readNonNegative(0, 'fee')).toBe(0);
    expect(readNonNegative('', 'fee')).toBeNull();
    expectError(readNonNegative(-0.01, 'fee'), VALUE, 'fee must not be negative, not -0.01');
  });

  it('readText trims text and spells numbers and booleans as Excel shows them', () => {
    expect(readText('  Linear ')).toBe('Linear');
    expect(readText('')).toBeNull();
    expect(readText(1)).toBe('1');
    expect(readText(true)).toBe('TRUE');
  });

  it('readDirection defaults blanks to higher', () => {
    expect(readDirection(null)).toBe('higher');
    expect(readDirection('')).toBe('higher');
    expect(readDirection('LOW')).toBe('lower');
    expectError(readDirection(1), VALUE, 'direction must be higher or lower, not "1"');
  });

  it('quote shortens long text for messages', () => {
    expect(quote('abc')).toBe('"abc"');
    expect(quote('x'.repeat(100))).toBe(`"${'x'.repeat(37)}..."`);
  });
});
