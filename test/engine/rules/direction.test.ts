import { parseDirection } from '../../../src/engine/rules/direction';

describe('parseDirection', () => {
  test.each([null, undefined, '', '   '])('blank (%p) defaults to higher', (text) => {
    expect(parseDirection(text)).toEqual({ ok: true, value: 'higher' });
  });

  test.each(['higher', 'Higher', ' HIGH ', 'high', 'Higher is better'])(
    '"%s" is higher',
    (text) => {
      expect(parseDirection(text)).toEqual({ ok: true, value: 'higher' });
    },
  );

  test.each(['lower', 'LOW', ' Lower is better ', 'low'])('"%s" is lower', (text) => {
    expect(parseDirection(text)).toEqual({ ok: true, value: 'lower' });
  });

  test('anything else is a value error naming the label and the text', () => {
    expect(parseDirection('up')).toEqual({
      ok: false,
      error: { code: 'value', message: 'direction must be higher or lower, not "up"' },
    });
    expect(parseDirection('better', 'Direction of SL 3')).toEqual({
      ok: false,
      error: { code: 'value', message: 'Direction of SL 3 must be higher or lower, not "better"' },
    });
  });
});
