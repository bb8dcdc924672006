import { earnback } from '../../../src/engine/rules/earnback';

describe('earnback', () => {
  test('"all": the whole credit only when every following period met', () => {
    expect(earnback(900, [true, true, true], 'all')).toBe(900);
    expect(earnback(900, [true, false, true], 'all')).toBe(0);
    expect(earnback(900, [false, false, false], 'all')).toBe(0);
  });

  test('"prorata": credit × periods met / periods', () => {
    // 900 × 2/3 = 600
    expect(earnback(900, [true, false, true], 'prorata')).toBe(600);
    // 900 × 3/3
    expect(earnback(900, [true, true, true], 'prorata')).toBe(900);
    // 1,000 × 1/4 = 250
    expect(earnback(1_000, [false, true, false, false], 'prorata')).toBe(250);
    expect(earnback(900, [false, false], 'prorata')).toBe(0);
  });

  test('nothing to earn back without a window or without a credit', () => {
    expect(earnback(900, [], 'all')).toBe(0);
    expect(earnback(900, [], 'prorata')).toBe(0);
    expect(earnback(0, [true, true], 'all')).toBe(0);
    expect(earnback(-50, [true, true], 'prorata')).toBe(0);
  });
});
