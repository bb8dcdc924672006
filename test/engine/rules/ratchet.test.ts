import {
  defaultPerfect,
  ratchet,
  ratchetLevel,
  type RatchetRule,
} from '../../../src/engine/rules/ratchet';

const MIDPOINT: RatchetRule = { method: 'midpoint', maxGapShare: null };
const AVERAGE: RatchetRule = { method: 'average', maxGapShare: null };

const value = (r: ReturnType<typeof ratchet>): number => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('defaultPerfect', () => {
  test('0 for lower is better, 1 for fractions, 100 for percentages', () => {
    expect(defaultPerfect(4, 'lower')).toBe(0);
    expect(defaultPerfect(0.995, 'higher')).toBe(1);
    expect(defaultPerfect(1, 'higher')).toBe(1);
    expect(defaultPerfect(99.5, 'higher')).toBe(100);
  });
});

describe('ratchet, higher is better', () => {
  test('midpoint when every period met: (99.5 + average) / 2', () => {
    // average(99.6, 99.8) = 99.7; midpoint (99.5 + 99.7) / 2 = 99.6
    expect(value(ratchet(99.5, [99.6, 99.8], MIDPOINT, 'higher'))).toBeCloseTo(99.6, 12);
    // average(99.9 × 12) = 99.9; midpoint 99.7
    expect(value(ratchet(99.5, new Array(12).fill(99.9), MIDPOINT, 'higher'))).toBeCloseTo(
      99.7,
      12,
    );
  });

  test('midpoint does not move when any period missed, even with a high average', () => {
    // 99.4 misses 99.5; average (99.4 + 99.9 + 99.9)/3 = 99.733 but the level stays
    expect(value(ratchet(99.5, [99.4, 99.9, 99.9], MIDPOINT, 'higher'))).toBe(99.5);
  });

  test('average moves to the average when it is better, regardless of misses', () => {
    // (99.4 + 99.9 + 99.9) / 3 = 299.2 / 3 = 99.7333…
    expect(value(ratchet(99.5, [99.4, 99.9, 99.9], AVERAGE, 'higher'))).toBeCloseTo(299.2 / 3, 12);
  });

  test('never moves backwards', () => {
    // average (99.0 + 99.2)/2 = 99.1 < 99.5 → stays
    expect(value(ratchet(99.5, [99.0, 99.2], AVERAGE, 'higher'))).toBe(99.5);
    // average equal to the level → stays
    expect(value(ratchet(99.5, [99.5, 99.5], AVERAGE, 'higher'))).toBe(99.5);
    expect(value(ratchet(99.5, [99.5, 99.5], MIDPOINT, 'higher'))).toBe(99.5);
  });

  test('maxGapShare caps the move at a share of the gap to perfect (99.5 → 100, 10% → 0.05)', () => {
    const capped: RatchetRule = { method: 'average', maxGapShare: 0.1 };
    // average 99.9: move 0.4 > 0.1 × (100 − 99.5) = 0.05 → 99.55
    expect(value(ratchet(99.5, [99.9, 99.9], capped, 'higher'))).toBeCloseTo(99.55, 12);
    // average 99.52: move 0.02 < 0.05 → 99.52
    expect(value(ratchet(99.5, [99.52, 99.52], capped, 'higher'))).toBeCloseTo(99.52, 12);
    // midpoint (99.5 + 99.9)/2 = 99.7, move 0.2 > 0.05 → 99.55
    const midCapped: RatchetRule = { method: 'midpoint', maxGapShare: 0.1 };
    expect(value(ratchet(99.5, [99.9, 99.9], midCapped, 'higher'))).toBeCloseTo(99.55, 12);
  });

  test('fractions use perfect = 1 by default', () => {
    // 0.99 → gap 0.01, 10% → 0.001; average 0.999 → 0.991
    const capped: RatchetRule = { method: 'average', maxGapShare: 0.1 };
    expect(value(ratchet(0.99, [0.999, 0.999], capped, 'higher'))).toBeCloseTo(0.991, 12);
  });

  test('an explicit perfect overrides the default', () => {
    // CSAT out of 5: current 4, perfect 5, 20% of gap 1 → 0.2; average 4.8 → 4.2
    const capped: RatchetRule = { method: 'average', maxGapShare: 0.2 };
    expect(value(ratchet(4, [4.8, 4.8], capped, 'higher', 5))).toBeCloseTo(4.2, 12);
  });
});

describe('ratchet, lower is better', () => {
  test('midpoint and average move down', () => {
    // all of [3, 3] meet 4 h; average 3; midpoint 3.5
    expect(value(ratchet(4, [3, 3], MIDPOINT, 'lower'))).toBe(3.5);
    expect(value(ratchet(4, [3, 3], AVERAGE, 'lower'))).toBe(3);
  });

  test('midpoint holds when a period missed (5 h > 4 h)', () => {
    expect(value(ratchet(4, [2, 5], MIDPOINT, 'lower'))).toBe(4);
    // average (2 + 5)/2 = 3.5 < 4 → better
    expect(value(ratchet(4, [2, 5], AVERAGE, 'lower'))).toBe(3.5);
  });

  test('never moves backwards (up)', () => {
    // average 4.5 is worse than 4
    expect(value(ratchet(4, [4.5, 4.5], AVERAGE, 'lower'))).toBe(4);
  });

  test('gap cap toward perfect 0: 4 h, 10% → at most 0.4 h', () => {
    // average 3 → move 1 > 0.4 → 3.6; midpoint 3.5 → move 0.5 > 0.4 → 3.6
    expect(value(ratchet(4, [3, 3], { method: 'average', maxGapShare: 0.1 }, 'lower'))).toBeCloseTo(
      3.6,
      12,
    );
    expect(
      value(ratchet(4, [3, 3], { method: 'midpoint', maxGapShare: 0.1 }, 'lower')),
    ).toBeCloseTo(3.6, 12);
    // explicit perfect 2: gap 2, 10% → 0.2 → 3.8
    expect(
      value(ratchet(4, [3, 3], { method: 'average', maxGapShare: 0.1 }, 'lower', 2)),
    ).toBeCloseTo(3.8, 12);
  });
});

describe('ratchet input checks', () => {
  test('empty history is an error', () => {
    expect(ratchet(99.5, [], MIDPOINT, 'higher')).toEqual({
      ok: false,
      error: { code: 'value', message: 'history: no measured periods' },
    });
  });

  test.each([1.5, -0.1, NaN])('maxGapShare %p is an error', (gap) => {
    const r = ratchet(99.5, [99.9], { method: 'average', maxGapShare: gap }, 'higher');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe(`maxGapShare must be between 0 and 1, not ${gap}`);
  });

  test('maxGapShare 0 freezes the level; 1 allows the whole gap', () => {
    expect(value(ratchet(99.5, [99.9], { method: 'average', maxGapShare: 0 }, 'higher'))).toBe(
      99.5,
    );
    expect(
      value(ratchet(99.5, [99.9], { method: 'average', maxGapShare: 1 }, 'higher')),
    ).toBeCloseTo(99.9, 12);
  });
});

describe('ratchetLevel', () => {
  test('reads only history[from, to) and skips unmeasured (NaN) periods', () => {
    // window [2, 6): 99.7, NaN, 99.9, NaN → measured average 99.8, all met → midpoint 99.65
    const history = [90, 90, 99.7, NaN, 99.9, NaN, 90];
    expect(ratchetLevel(99.5, history, 2, 6, MIDPOINT, 'higher', 100)).toBeCloseTo(99.65, 12);
  });

  test('with nothing measured the level stays', () => {
    expect(ratchetLevel(99.5, [NaN, NaN], 0, 2, AVERAGE, 'higher', 100)).toBe(99.5);
  });

  test('an average of noisy values equal to the level counts as met for the midpoint rule', () => {
    // all values meet 99.5 up to noise? [99.5, 99.49999999999999] → both meet, average ≈ 99.5 → no move
    expect(ratchetLevel(99.5, [99.5, 99.49999999999999], 0, 2, MIDPOINT, 'higher', 100)).toBe(99.5);
    // [99.49999999999999, 99.9]: both meet → midpoint (99.5 + 99.7)/2 = 99.6
    expect(
      ratchetLevel(99.5, [99.49999999999999, 99.9], 0, 2, MIDPOINT, 'higher', 100),
    ).toBeCloseTo(99.6, 12);
  });
});
