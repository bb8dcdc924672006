import { attainment, attainmentRatio } from '../../../src/engine/rules/attainment';

describe('attainment', () => {
  test('higher is better: actual / target', () => {
    // 98 / 100 = 0.98
    expect(attainment(98, 100, 'higher')).toEqual({ ok: true, value: 0.98 });
    // 99.5 / 99.5 = 1 (met)
    expect(attainment(99.5, 99.5, 'higher')).toEqual({ ok: true, value: 1 });
    // 0.999 / 0.99 ≈ 1.00909
    const r = attainment(0.999, 0.99, 'higher');
    expect(r.ok && r.value).toBeCloseTo(1.0090909090909, 12);
  });

  test('lower is better: target / actual', () => {
    // 5 h against 4 h: 4 / 5 = 0.8 (missed)
    expect(attainment(5, 4, 'lower')).toEqual({ ok: true, value: 0.8 });
    // 2 h against 4 h: 4 / 2 = 2 (well met)
    expect(attainment(2, 4, 'lower')).toEqual({ ok: true, value: 2 });
    expect(attainment(4, 4, 'lower')).toEqual({ ok: true, value: 1 });
  });

  test('division by zero is a div0 error on the denominator side only', () => {
    expect(attainment(99, 0, 'higher')).toEqual({
      ok: false,
      error: { code: 'div0', message: 'target is 0' },
    });
    expect(attainment(0, 4, 'lower')).toEqual({
      ok: false,
      error: { code: 'div0', message: 'actual is 0 for a lower-is-better level' },
    });
    // zero numerators are fine: 0 / 5 = 0
    expect(attainment(0, 5, 'higher')).toEqual({ ok: true, value: 0 });
    expect(attainment(5, 0, 'lower')).toEqual({ ok: true, value: 0 });
  });
});

describe('attainmentRatio (hot path)', () => {
  test('agrees with attainment', () => {
    expect(attainmentRatio(98, 100, true)).toBe(0.98);
    expect(attainmentRatio(5, 4, false)).toBe(0.8);
  });

  test('zero denominators give Infinity / NaN instead of an error', () => {
    expect(attainmentRatio(99, 0, true)).toBe(Infinity);
    expect(attainmentRatio(0, 4, false)).toBe(Infinity);
    expect(attainmentRatio(0, 0, true)).toBeNaN();
  });
});
