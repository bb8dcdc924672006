import { attempt } from '../../../src/engine/rules/result';
import { assertSameScale, isScaleMix } from '../../../src/engine/rules/scale';

describe('isScaleMix', () => {
  test('a percentage against the same level as a fraction is flagged, either order', () => {
    // 99.5 / 0.995 = 100: the two conventions mixed
    expect(isScaleMix(99.5, 0.995)).toBe(true);
    expect(isScaleMix(0.995, 99.5)).toBe(true);
    // 98 vs 0.99: ratio ≈ 99
    expect(isScaleMix(98, 0.99)).toBe(true);
    // 100% vs 1.0
    expect(isScaleMix(100, 1)).toBe(true);
    // sign does not hide it
    expect(isScaleMix(-99.5, 0.995)).toBe(true);
  });

  test('same-convention pairs are not flagged', () => {
    expect(isScaleMix(0.995, 0.99)).toBe(false); // both fractions
    expect(isScaleMix(99.5, 99)).toBe(false); // both percentages
    expect(isScaleMix(4, 3.5)).toBe(false); // hours
    expect(isScaleMix(0.5, 4)).toBe(false); // hours: ratio 8, far from 100
    expect(isScaleMix(99.5, 99.5)).toBe(false);
  });

  test('zero and non-finite values are never flagged', () => {
    expect(isScaleMix(0, 99.5)).toBe(false);
    expect(isScaleMix(0.995, 0)).toBe(false);
    expect(isScaleMix(NaN, 0.995)).toBe(false);
    expect(isScaleMix(Infinity, 0.995)).toBe(false);
  });

  test('values beyond 100 are not percentages and are not flagged', () => {
    // 150 / 1.5 = 100 but 1.5 > 1 and 150 > 100
    expect(isScaleMix(150, 1.5)).toBe(false);
    expect(isScaleMix(120, 1)).toBe(false);
  });
});

describe('assertSameScale', () => {
  test('throws a value failure naming both numbers', () => {
    const r = attempt(() => assertSameScale(99.5, 0.995, 'Availability'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('value');
      expect(r.error.message).toBe(
        'Availability: 99.5 and 0.995 mix a percentage with a fraction; enter both as percentages (99.5) or both as fractions (0.995)',
      );
    }
  });

  test('passes same-scale pairs', () => {
    expect(attempt(() => assertSameScale(0.995, 0.99, 'x'))).toEqual({
      ok: true,
      value: undefined,
    });
    expect(attempt(() => assertSameScale(99.5, 99, 'x'))).toEqual({ ok: true, value: undefined });
  });
});
