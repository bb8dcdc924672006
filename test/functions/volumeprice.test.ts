import { volumeprice } from '../../src/functions/functions';
import { cell, column, expectCallError, expectError, VALUE, OMITTED } from './excelValues';

// Price per resolved ticket: 5.00 for the first 1,000, 4.00 above 1,000, 3.00 above 5,000.
const TIERS = [
  ['From units', 'Unit price'],
  [5000, 3],
  [0, 5],
  [1000, 4],
];

describe('OUTCOME.VOLUMEPRICE', () => {
  describe('graduated (default)', () => {
    it('prices each unit by the tier it falls in', () => {
      // 800 × 5 = 4,000
      expect(volumeprice(cell(800), TIERS, OMITTED)).toEqual([[4000]]);
      // 1,000 × 5 = 5,000: the 1,000th unit is still in the first tier
      expect(volumeprice(cell(1000), TIERS, 'graduated')).toEqual([[5000]]);
      // 1,000 × 5 + 2,000 × 4 = 5,000 + 8,000 = 13,000
      expect(volumeprice(cell(3000), TIERS, OMITTED)).toEqual([[13000]]);
      // 1,000 × 5 + 4,000 × 4 + 2,000 × 3 = 5,000 + 16,000 + 6,000 = 27,000
      expect(volumeprice(cell(7000), TIERS, 'GRADUATED')).toEqual([[27000]]);
    });
  });

  describe('allunits', () => {
    it('prices every unit at the highest tier whose bound the total reaches', () => {
      expect(volumeprice(cell(800), TIERS, 'allunits')).toEqual([[4000]]); // 800 × 5
      expect(volumeprice(cell(999), TIERS, 'allunits')).toEqual([[4995]]); // 999 × 5
      expect(volumeprice(cell(1000), TIERS, 'allunits')).toEqual([[4000]]); // 1,000 reaches the 4.00 tier: 1,000 × 4
      expect(volumeprice(cell(3000), TIERS, 'All Units')).toEqual([[12000]]); // 3,000 × 4
      expect(volumeprice(cell(7000), TIERS, 'all-units')).toEqual([[21000]]); // 7,000 × 3
    });
  });

  it('returns a dynamic array for a range, blank for blank', () => {
    expect(volumeprice(column(800, '', 7000), TIERS, OMITTED)).toEqual([[4000], [''], [27000]]);
  });

  it('handles zero units and fractional prices', () => {
    expect(volumeprice(cell(0), TIERS, OMITTED)).toEqual([[0]]);
    // 10,000 transactions at 0.35 = 3,500
    expect(volumeprice(cell(10000), [[0, 0.35]], OMITTED)[0][0]).toBeCloseTo(3500, 9);
  });

  describe('errors', () => {
    it('negative units', () => {
      expectCallError(
        volumeprice(cell(-1), TIERS, OMITTED),
        VALUE,
        'units must not be negative, not -1',
      );
      const result = volumeprice(column(800, -5), TIERS, OMITTED);
      expect(result[0][0]).toBe(4000);
      expectError(result[1][0], VALUE, 'units must not be negative, not -5');
    });

    it('negative tier bounds or prices', () => {
      expectCallError(
        volumeprice(
          cell(1),
          [
            [0, 5],
            [1000, -4],
          ],
          OMITTED,
        ),
        VALUE,
        'tiers row 2: unit price -4 is negative',
      );
      expectCallError(
        volumeprice(cell(1), [[-10, 5]], OMITTED),
        VALUE,
        'tiers row 1: lower bound -10 is negative',
      );
    });

    it('unknown method, duplicate bounds, wrong shape', () => {
      expectCallError(
        volumeprice(cell(1), TIERS, 'tiered'),
        VALUE,
        'method must be graduated or allunits, not "tiered"',
      );
      expectCallError(
        volumeprice(
          cell(1),
          [
            [0, 5],
            [0, 4],
          ],
          OMITTED,
        ),
        VALUE,
        'tiers: duplicate lower bound 0',
      );
      expectCallError(
        volumeprice(cell(1), column(0, 1000), OMITTED),
        VALUE,
        'tiers must be a two-column range (lower bound, unit price), not 2×1',
      );
    });
  });
});
