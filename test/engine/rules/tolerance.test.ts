import { meets } from '../../../src/engine/rules/status';
import {
  atLeast,
  atMost,
  isBetter,
  RELATIVE_TOLERANCE,
  slack,
} from '../../../src/engine/rules/tolerance';

/** Plain left-to-right average, as a spreadsheet or a monthly report would compute it. */
const average = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('slack', () => {
  test('is relative above 1 and absolute (1e-9) at or below 1', () => {
    expect(RELATIVE_TOLERANCE).toBe(1e-9);
    // 1e-9 × 99.5 = 9.95e-8
    expect(slack(99.5)).toBeCloseTo(9.95e-8, 20);
    // max(1, 0.995) = 1 → 1e-9
    expect(slack(0.995)).toBe(1e-9);
    expect(slack(0)).toBe(1e-9);
    // |−200| × 1e-9 = 2e-7
    expect(slack(-200)).toBeCloseTo(2e-7, 20);
  });
});

describe('threshold comparisons forgive binary noise only', () => {
  test('99.5 as the average of [99.1, 99.3, 99.9, 99.7] lands below 99.5 in binary but still meets 99.5', () => {
    // By hand: 99.1 + 99.3 + 99.9 + 99.7 = 398; 398 / 4 = 99.5. In binary the sum comes out a hair low.
    const avg = average([99.1, 99.3, 99.9, 99.7]);
    expect(avg).toBeLessThan(99.5); // the noise is really there (99.49999999999999)
    expect(99.5 - avg).toBeLessThan(1e-12);
    expect(atLeast(avg, 99.5)).toBe(true);
    expect(meets(avg, 99.5, true)).toBe(true);
  });

  test('99.5 as the average of [99.4, 99.6, 99.5] meets 99.5', () => {
    // (99.4 + 99.6 + 99.5) / 3 = 298.5 / 3 = 99.5
    expect(meets(average([99.4, 99.6, 99.5]), 99.5, true)).toBe(true);
  });

  test('the literal 99.49999999999999 meets 99.5', () => {
    expect(meets(99.49999999999999, 99.5, true)).toBe(true);
  });

  test('a genuinely lower value does not meet', () => {
    // 99.4999 is 1e-4 below; the slack is only 9.95e-8.
    expect(meets(99.4999, 99.5, true)).toBe(false);
    // 99.4999999 is 1e-7 below: still more than the 9.95e-8 slack.
    expect(meets(99.4999999, 99.5, true)).toBe(false);
    expect(atLeast(99.4, 99.5)).toBe(false);
  });

  test('fractions: 0.995 as an average of monthly fractions meets 0.995; 0.9949 does not', () => {
    // (0.991 + 0.993 + 0.999 + 0.997) / 4 = 3.98 / 4 = 0.995
    expect(meets(average([0.991, 0.993, 0.999, 0.997]), 0.995, true)).toBe(true);
    expect(meets(0.9949, 0.995, true)).toBe(false);
  });

  test('lower is better: 0.1 + 0.2 (= 0.30000000000000004) meets a ceiling of 0.3; 0.3001 does not', () => {
    expect(0.1 + 0.2).toBeGreaterThan(0.3);
    expect(atMost(0.1 + 0.2, 0.3)).toBe(true);
    expect(meets(0.1 + 0.2, 0.3, false)).toBe(true);
    expect(meets(0.3001, 0.3, false)).toBe(false);
  });

  test('lower is better: 4 hours meets 4, better meets, worse misses', () => {
    expect(meets(4, 4, false)).toBe(true);
    expect(meets(3.5, 4, false)).toBe(true);
    expect(meets(4.01, 4, false)).toBe(false);
    // (3.9 + 4.1) / 2 = 4 → meets
    expect(meets(average([3.9, 4.1]), 4, false)).toBe(true);
  });

  test('higher is better: equality meets, better meets', () => {
    expect(meets(99.5, 99.5, true)).toBe(true);
    expect(meets(99.9, 99.5, true)).toBe(true);
  });
});

describe('isBetter', () => {
  test('strictly better beyond noise, per direction', () => {
    expect(isBetter(99.6, 99.5, 'higher')).toBe(true);
    expect(isBetter(99.4, 99.5, 'higher')).toBe(false);
    expect(isBetter(99.5, 99.5, 'higher')).toBe(false);
    // 99.50000000000001 is only noise above 99.5 → not better
    expect(isBetter(99.50000000000001, 99.5, 'higher')).toBe(false);
    expect(isBetter(3.5, 4, 'lower')).toBe(true);
    expect(isBetter(4.5, 4, 'lower')).toBe(false);
    expect(isBetter(4, 4, 'lower')).toBe(false);
    expect(isBetter(0.1 + 0.2, 0.3, 'lower')).toBe(false);
  });
});
