import { gainshare } from '../../src/functions/functions';
import { cell, column, expectCallError, expectError, NA, row, VALUE, OMITTED } from './excelValues';

// The provider bears 50% of an overrun up to 105% of target and 80% beyond; it keeps 50% of
// savings down to 95% of target and 30% below. Keyed by the lower bound of actual/target:
//   below 0.95 → 30%;  0.95 … 1.05 → 50%;  1.05 and above → 80%
const SHARES = [
  ['Actual / target from', 'Provider share'],
  [1.05, 0.8],
  [0, 0.3],
  [0.95, 0.5],
];
const TARGET = 1000000;

describe('OUTCOME.GAINSHARE', () => {
  it('gives the provider its share of an underrun, band by band', () => {
    // actual 900,000: ratio 0.90; (0.95 − 0.90) × 30% + (1 − 0.95) × 50% = 0.015 + 0.025 = 0.04 → +40,000
    expect(gainshare(cell(900000), cell(TARGET), SHARES, OMITTED, OMITTED)[0][0]).toBeCloseTo(
      40000,
      6,
    );
    // actual 970,000: ratio 0.97 lies in the 50% band only: 0.03 × 50% = 0.015 → +15,000
    expect(gainshare(cell(970000), cell(TARGET), SHARES, OMITTED, OMITTED)[0][0]).toBeCloseTo(
      15000,
      6,
    );
  });

  it('charges the provider its share of an overrun, band by band', () => {
    // actual 1,100,000: ratio 1.10; (1.05 − 1) × 50% + (1.10 − 1.05) × 80% = 0.025 + 0.04 = 0.065 → −65,000
    expect(gainshare(cell(1100000), cell(TARGET), SHARES, OMITTED, OMITTED)[0][0]).toBeCloseTo(
      -65000,
      6,
    );
    // actual 1,030,000: 0.03 × 50% → −15,000
    expect(gainshare(cell(1030000), cell(TARGET), SHARES, OMITTED, OMITTED)[0][0]).toBeCloseTo(
      -15000,
      6,
    );
  });

  it('is zero on target', () => {
    expect(gainshare(cell(TARGET), cell(TARGET), SHARES, OMITTED, OMITTED)).toEqual([[0]]);
  });

  it('caps pain and gain at positive amounts', () => {
    // overrun share 65,000 capped at 50,000 → −50,000; underrun share 40,000 capped at 30,000 → +30,000
    expect(gainshare(cell(1100000), cell(TARGET), SHARES, 50000, OMITTED)).toEqual([[-50000]]);
    expect(gainshare(cell(900000), cell(TARGET), SHARES, OMITTED, 30000)).toEqual([[30000]]);
    // caps larger than the share change nothing; the pain cap does not limit a gain
    expect(gainshare(cell(900000), cell(TARGET), SHARES, 10000, 100000)[0][0]).toBeCloseTo(
      40000,
      6,
    );
  });

  it('broadcasts one target over a row of actual costs, blank for blank', () => {
    const result = gainshare(row(900000, 1100000, ''), cell(TARGET), SHARES, OMITTED, OMITTED);
    expect(result[0][0]).toBeCloseTo(40000, 6);
    expect(result[0][1]).toBeCloseTo(-65000, 6);
    expect(result[0][2]).toBe('');
  });

  it('pairs columns of actual and target costs', () => {
    // year 1: 1,050,000 vs 1,000,000 → 0.05 × 50% × 1,000,000 = −25,000
    // year 2: 1,045,000 vs 1,100,000 → ratio 0.95: 0.05 × 50% × 1,100,000 = +27,500
    const result = gainshare(
      column(1050000, 1045000),
      column(1000000, 1100000),
      SHARES,
      OMITTED,
      OMITTED,
    );
    expect(result[0][0]).toBeCloseTo(-25000, 6);
    expect(result[1][0]).toBeCloseTo(27500, 6);
  });

  it('reads share bands written as percentages', () => {
    const percentShares = [
      ['0%', '30%'],
      ['95%', '50%'],
      ['105%', '80%'],
    ];
    expect(
      gainshare(cell(900000), cell(TARGET), percentShares, OMITTED, OMITTED)[0][0],
    ).toBeCloseTo(40000, 6);
  });

  describe('errors', () => {
    it('a target that is not positive and a negative actual cost', () => {
      expectError(
        gainshare(cell(900000), cell(0), SHARES, OMITTED, OMITTED)[0][0],
        VALUE,
        'targetCost must be positive, not 0',
      );
      expectError(
        gainshare(cell(-1), cell(TARGET), SHARES, OMITTED, OMITTED)[0][0],
        VALUE,
        'actualCost must not be negative, not -1',
      );
    });

    it('a negative cap', () => {
      expectCallError(
        gainshare(cell(1100000), cell(TARGET), SHARES, -50000, OMITTED),
        VALUE,
        'painCap must not be negative, not -50000',
      );
    });

    it('bounds or shares typed as percentage numbers', () => {
      expectCallError(
        gainshare(cell(1), cell(1), [[95, 0.5]], OMITTED, OMITTED),
        VALUE,
        'shareBands row 1: lower bound 95 looks like a percentage',
      );
      expectCallError(
        gainshare(cell(1), cell(1), [[0.95, 50]], OMITTED, OMITTED),
        VALUE,
        'shareBands row 1: share 50 is outside 0…100%',
      );
    });

    it('duplicate bounds', () => {
      expectCallError(
        gainshare(
          cell(1),
          cell(1),
          [
            [0.95, 0.5],
            [0.95, 0.3],
          ],
          OMITTED,
          OMITTED,
        ),
        VALUE,
        'shareBands: duplicate lower bound 0.95',
      );
    });

    it('cost ranges of different sizes', () => {
      expectCallError(gainshare(row(1, 2), row(1, 2, 3), SHARES, OMITTED, OMITTED), NA);
    });
  });
});
