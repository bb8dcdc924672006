import {
  checkPrecision,
  FIRST_CHECKPOINT,
  nextCheckpoint,
  type PrecisionFigure,
  relativeHalfWidth,
} from '../../../src/engine/simulation/precisionTarget';

const figure = (estimate: number, half: number, floor = 0): PrecisionFigure => ({
  scenario: 'Expected',
  proposal: 'Our offer',
  figure: 'expected net',
  estimate,
  interval: { low: estimate - half, high: estimate + half },
  floor,
});

describe('the stopping rule', () => {
  test('relative half-width: ±3,969 on −396,886 is ±1 %', () => {
    expect(relativeHalfWidth(figure(-396_886, 3_968.86))).toBeCloseTo(0.01, 12);
  });

  test('a figure near zero is held to the floor instead: ±150 on 2,000 with a floor of 10,000 is ±1.5 %', () => {
    expect(relativeHalfWidth(figure(2_000, 150, 10_000))).toBeCloseTo(0.015, 12);
    // Above the floor the figure itself counts.
    expect(relativeHalfWidth(figure(20_000, 150, 10_000))).toBeCloseTo(0.0075, 12);
  });

  test('no spread is precise, even at zero; no interval (too few trials) is not', () => {
    expect(relativeHalfWidth(figure(0, 0))).toBe(0);
    expect(relativeHalfWidth({ ...figure(5, 0), interval: { low: NaN, high: NaN } })).toBe(
      Infinity,
    );
  });

  test('an asymmetric interval counts its wider side', () => {
    const f = { ...figure(-100_000, 0), interval: { low: -101_800, high: -99_500 } };
    expect(relativeHalfWidth(f)).toBeCloseTo(0.018, 12);
  });

  test('precise when every figure is within the target; the worst figure is named', () => {
    const good = figure(-396_886, 2_000);
    const bad = { ...figure(-512_000, 9_216), figure: 'P5 net' as const };
    expect(checkPrecision([good], 0.01)).toEqual({
      precise: true,
      worst: { figure: good, relative: 2_000 / 396_886 },
    });
    const check = checkPrecision([good, bad], 0.01);
    expect(check.precise).toBe(false);
    expect(check.worst?.figure).toBe(bad);
    expect(check.worst?.relative).toBeCloseTo(0.018, 12);
  });
});

describe('checkpoints', () => {
  test('the first check comes after 2,000 trials, or at a smaller cap', () => {
    expect(nextCheckpoint(0, Infinity, 0.01, 200_000)).toBe(FIRST_CHECKPOINT);
    expect(nextCheckpoint(0, Infinity, 0.01, 500)).toBe(500);
  });

  test('aims at done·(worst/target)²·1.1, rounded up to two significant digits', () => {
    // 2,000 · (0.03/0.01)² · 1.1 = 19,800 is past 4 × 2,000: the check comes at 8,000.
    expect(nextCheckpoint(2_000, 0.03, 0.01, 200_000)).toBe(8_000);
    // 10,000 · (0.015/0.01)² · 1.1 = 24,750 → 25,000.
    expect(nextCheckpoint(10_000, 0.015, 0.01, 200_000)).toBe(25_000);
  });

  test('grows by at least a quarter, and never past the cap', () => {
    expect(nextCheckpoint(40_000, 0.0101, 0.01, 200_000)).toBe(50_000);
    expect(nextCheckpoint(100_000, 0.05, 0.01, 200_000)).toBe(200_000);
    expect(nextCheckpoint(2_000, Infinity, 0.01, 200_000)).toBe(8_000);
  });
});
