import { parseBands, type BandTable } from '../../../src/engine/rules/bands';
import { gainShare, type GainShareCaps } from '../../../src/engine/rules/gainShare';
import { unwrap } from '../../../src/engine/rules/result';

/**
 * docs/domain.md: the provider bears 50% of an overrun up to 105% of target and 80% beyond; keeps 50%
 * of savings down to 95% and 30% below. As share bands on actual/target by lower bound:
 * [0, 0.95) → 30%, [0.95, 1.05) → 50%, ≥ 1.05 → 80%.
 */
const SHARES: BandTable = unwrap(
  parseBands([
    { bound: 1.05, rate: 0.8 },
    { bound: 0, rate: 0.3 },
    { bound: 0.95, rate: 0.5 },
  ]),
);
const NO_CAPS: GainShareCaps = { painCap: null, gainCap: null };
const TARGET = 1_000_000;

const share = (actual: number, caps: GainShareCaps = NO_CAPS): number =>
  unwrap(gainShare(actual, TARGET, SHARES, caps));

describe('gainShare with the docs/domain.md bands, target 1,000,000', () => {
  test.each([
    // overruns (provider pays: negative)
    [1_030_000, -15_000], // 30,000 × 50%
    [1_050_000, -25_000], // 50,000 × 50%
    [1_100_000, -65_000], // 50,000 × 50% + 50,000 × 80% = 25,000 + 40,000
    [1_200_000, -145_000], // 25,000 + 150,000 × 80% = 25,000 + 120,000
    // savings (provider keeps: positive)
    [970_000, 15_000], // 30,000 × 50%
    [950_000, 25_000], // 50,000 × 50%
    [900_000, 40_000], // 50,000 × 50% + 50,000 × 30% = 25,000 + 15,000
    [500_000, 160_000], // 25,000 + 450,000 × 30% = 25,000 + 135,000
    [0, 310_000], // 25,000 + 950,000 × 30% = 25,000 + 285,000
  ])('actual %p → %p', (actual, expected) => {
    expect(share(actual)).toBeCloseTo(expected, 6);
  });

  test('on target nothing is shared', () => {
    expect(share(TARGET)).toBe(0);
  });

  test('pain cap limits the provider’s loss', () => {
    // uncapped −65,000; cap 50,000 → −50,000
    expect(share(1_100_000, { painCap: 50_000, gainCap: null })).toBe(-50_000);
    // cap above the loss does nothing
    expect(share(1_100_000, { painCap: 100_000, gainCap: null })).toBeCloseTo(-65_000, 6);
    // gain cap does not touch an overrun
    expect(share(1_100_000, { painCap: null, gainCap: 1 })).toBeCloseTo(-65_000, 6);
  });

  test('gain cap limits the provider’s gain', () => {
    // uncapped 40,000; cap 30,000 → 30,000
    expect(share(900_000, { painCap: null, gainCap: 30_000 })).toBe(30_000);
    expect(share(900_000, { painCap: null, gainCap: 0 })).toBe(0);
    expect(share(900_000, { painCap: 1, gainCap: null })).toBeCloseTo(40_000, 6);
  });

  test('a band bound at exactly 100% is used on the correct side', () => {
    // bands: <0.95 → 30%, [0.95,1) → 40%, [1,1.05) → 60%, ≥1.05 → 80%
    const split = unwrap(
      parseBands([
        { bound: 0, rate: 0.3 },
        { bound: 0.95, rate: 0.4 },
        { bound: 1, rate: 0.6 },
        { bound: 1.05, rate: 0.8 },
      ]),
    );
    // 1,020,000: 20,000 × 60% = 12,000
    expect(unwrap(gainShare(1_020_000, TARGET, split, NO_CAPS))).toBeCloseTo(-12_000, 6);
    // 980,000: 20,000 × 40% = 8,000
    expect(unwrap(gainShare(980_000, TARGET, split, NO_CAPS))).toBeCloseTo(8_000, 6);
  });
});

describe('gainShare input checks', () => {
  test.each([0, -5, NaN])('targetCost %p is an error', (target) => {
    expect(gainShare(100, target, SHARES, NO_CAPS)).toEqual({
      ok: false,
      error: { code: 'value', message: `targetCost must be positive, not ${target}` },
    });
  });

  test('negative actualCost is an error', () => {
    expect(gainShare(-1, TARGET, SHARES, NO_CAPS)).toEqual({
      ok: false,
      error: { code: 'value', message: 'actualCost must not be negative, not -1' },
    });
  });

  // Before the fix these returned ok(NaN), ok(Infinity) and ok(-Infinity).
  test.each([
    [NaN, TARGET],
    [Infinity, TARGET],
    [100, Infinity],
  ])('non-finite costs (%p, %p) are errors, not NaN/Infinity results', (actual, target) => {
    expect(gainShare(actual, target, SHARES, NO_CAPS)).toEqual({
      ok: false,
      error: {
        code: 'value',
        message: `costs must be finite numbers, not ${actual} and ${target}`,
      },
    });
  });

  test('NaN caps are errors, not NaN results', () => {
    expect(gainShare(1_100_000, TARGET, SHARES, { painCap: NaN, gainCap: null }).ok).toBe(false);
    expect(gainShare(900_000, TARGET, SHARES, { painCap: null, gainCap: NaN }).ok).toBe(false);
  });

  test('negative caps are errors', () => {
    expect(gainShare(100, TARGET, SHARES, { painCap: -1, gainCap: null })).toEqual({
      ok: false,
      error: { code: 'value', message: 'painCap must not be negative' },
    });
    expect(gainShare(100, TARGET, SHARES, { painCap: null, gainCap: -1 })).toEqual({
      ok: false,
      error: { code: 'value', message: 'gainCap must not be negative' },
    });
  });
});
