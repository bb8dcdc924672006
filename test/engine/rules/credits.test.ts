import { capProRata, periodCredit } from '../../../src/engine/rules/credits';

describe('periodCredit', () => {
  test('sums allocation × at-risk amount below the cap', () => {
    // 0.2 × 10,000 + 0.3 × 10,000 = 2,000 + 3,000 = 5,000
    expect(periodCredit([0.2, 0.3], 10_000)).toBeCloseTo(5_000, 9);
  });

  test('caps at the at-risk amount when the pool over 100% lets failures pile up', () => {
    // 3 SLs fail: 0.4×10,000 + 0.5×10,000 + 0.3×10,000 = 12,000 > 10,000 → capped 10,000
    expect(periodCredit([0.4, 0.5, 0.3], 10_000)).toBe(10_000);
  });

  test('exactly at the cap stays at the cap', () => {
    // 0.4×10,000 + 0.6×10,000 = 10,000
    expect(periodCredit([0.4, 0.6], 10_000)).toBe(10_000);
  });

  test('public example: 50% category pool × 40% allocation × $10,000 = $2,000', () => {
    expect(periodCredit([0.5 * 0.4], 10_000)).toBeCloseTo(2_000, 9);
  });

  test('no failures, no credit', () => {
    expect(periodCredit([], 10_000)).toBe(0);
  });
});

describe('capProRata', () => {
  test('scales every amount by cap/total when over the cap', () => {
    // 4,000 + 5,000 + 3,000 = 12,000 > 10,000 → scale 10/12
    const a = new Float64Array([4_000, 5_000, 3_000]);
    expect(capProRata(a, 0, 3, 10_000)).toBe(10_000);
    expect(a[0]).toBeCloseTo(4_000 * (10 / 12), 9); // 3,333.33
    expect(a[1]).toBeCloseTo(5_000 * (10 / 12), 9); // 4,166.67
    expect(a[2]).toBeCloseTo(2_500, 9); // 3,000 × 10/12
    expect(a[0] + a[1] + a[2]).toBeCloseTo(10_000, 9);
  });

  test('leaves amounts under or at the cap alone and returns their sum', () => {
    const a = new Float64Array([1_000, 2_000]);
    expect(capProRata(a, 0, 2, 10_000)).toBe(3_000);
    expect(Array.from(a)).toEqual([1_000, 2_000]);
    const b = new Float64Array([4_000, 6_000]);
    expect(capProRata(b, 0, 2, 10_000)).toBe(10_000);
    expect(Array.from(b)).toEqual([4_000, 6_000]);
  });

  test('touches only [start, start+count)', () => {
    // slice [6,000, 6,000] = 12,000 > 9,000 → each × 0.75 = 4,500
    const a = new Float64Array([999, 6_000, 6_000, 999]);
    expect(capProRata(a, 1, 2, 9_000)).toBe(9_000);
    expect(Array.from(a)).toEqual([999, 4_500, 4_500, 999]);
  });

  test('a zero cap zeroes everything', () => {
    const a = new Float64Array([5, 7]);
    expect(capProRata(a, 0, 2, 0)).toBe(0);
    expect(Array.from(a)).toEqual([0, 0]);
  });
});
