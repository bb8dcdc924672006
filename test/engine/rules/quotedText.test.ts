import { clipText, MAX_QUOTED, quotedText } from '../../../src/engine/rules/quotedText';

describe('clipText', () => {
  it('keeps text of up to 40 characters as it is', () => {
    expect(MAX_QUOTED).toBe(40);
    expect(clipText('')).toBe('');
    expect(clipText('x'.repeat(40))).toBe('x'.repeat(40));
  });

  it('cuts longer text to 37 characters and "..."', () => {
    expect(clipText('x'.repeat(41))).toBe(`${'x'.repeat(37)}...`);
    expect(clipText('y'.repeat(1_000_000))).toBe(`${'y'.repeat(37)}...`);
  });

  it('counts characters, not UTF-16 units, and never cuts one in half', () => {
    const smile = '\u{1F600}'; // two UTF-16 units
    expect(clipText(smile.repeat(40))).toBe(smile.repeat(40)); // 80 units, 40 characters
    expect(clipText(smile.repeat(41))).toBe(`${smile.repeat(37)}...`);
    expect(clipText(`a${smile.repeat(50)}`)).toBe(`a${smile.repeat(36)}...`);
  });

  it('takes another length', () => {
    expect(clipText('abcdefgh', 6)).toBe('abc...');
  });

  it('quotedText quotes the clipped text', () => {
    expect(quotedText('up')).toBe('"up"');
    expect(quotedText('z'.repeat(5000))).toBe(`"${'z'.repeat(37)}..."`);
  });
});
