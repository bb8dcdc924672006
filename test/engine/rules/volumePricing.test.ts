import { parseBands } from '../../../src/engine/rules/bands';
import { unwrap } from '../../../src/engine/rules/result';
import { volumePrice } from '../../../src/engine/rules/volumePricing';

// Tiers by lower bound of units: 0+ at 10, 100+ at 8, 500+ at 6 (given unsorted).
const TIERS = unwrap(
  parseBands([
    { bound: 500, rate: 6 },
    { bound: 0, rate: 10 },
    { bound: 100, rate: 8 },
  ]),
);

describe('volumePrice graduated (each unit at its own tier, like tax brackets)', () => {
  test.each([
    [0, 0],
    [50, 500], // 50 × 10
    [100, 1_000], // 100 × 10
    [300, 2_600], // 100 × 10 + 200 × 8 = 1,000 + 1,600
    [500, 4_200], // 1,000 + 400 × 8 = 1,000 + 3,200
    [600, 4_800], // 1,000 + 3,200 + 100 × 6
  ])('%p units → %p', (units, price) => {
    expect(volumePrice(units, TIERS, 'graduated')).toBe(price);
  });

  test('the first tier also covers units below its bound', () => {
    // tiers 10+ at 5, 20+ at 4: 15 units → 15 × 5 = 75; 30 → 20 × 5 + 10 × 4 = 140
    const tiers = unwrap(
      parseBands([
        { bound: 10, rate: 5 },
        { bound: 20, rate: 4 },
      ]),
    );
    expect(volumePrice(15, tiers, 'graduated')).toBe(75);
    expect(volumePrice(30, tiers, 'graduated')).toBe(140);
  });
});

describe('volumePrice allunits (every unit at the tier the total reaches)', () => {
  test.each([
    [0, 0],
    [50, 500], // 50 × 10
    [99, 990], // 99 × 10
    [100, 800], // reaches 100 → 100 × 8
    [300, 2_400], // 300 × 8
    [499, 3_992], // 499 × 8
    [500, 3_000], // 500 × 6
    [600, 3_600], // 600 × 6
  ])('%p units → %p', (units, price) => {
    expect(volumePrice(units, TIERS, 'allunits')).toBe(price);
  });

  test('below the lowest bound: the lowest tier', () => {
    const tiers = unwrap(
      parseBands([
        { bound: 10, rate: 5 },
        { bound: 20, rate: 4 },
      ]),
    );
    expect(volumePrice(5, tiers, 'allunits')).toBe(25); // 5 × 5
  });
});

test('a single tier prices linearly either way', () => {
  const one = unwrap(parseBands([{ bound: 0, rate: 2.5 }]));
  expect(volumePrice(40, one, 'graduated')).toBe(100);
  expect(volumePrice(40, one, 'allunits')).toBe(100);
});
