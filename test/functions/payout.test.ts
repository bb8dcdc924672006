import { payout } from '../../src/functions/functions';
import { cell, column, expectCallError, expectError, NA, row, VALUE, OMITTED } from './excelValues';

// Performance bands on availability, with a header row and rows out of order.
// Sorted: below 99 → −10%; 99 → −5%; 99.5 → 0; 99.9 and up → +2%.
const BANDS = [
  ['Lower bound', 'Rate'],
  [99.9, 0.02],
  [0, -0.1],
  [99.5, 0],
  [99, -0.05],
];

describe('OUTCOME.PAYOUT', () => {
  describe('step (default)', () => {
    it('gives the rate of the band with the greatest lower bound at or below the value', () => {
      expect(payout(cell(99.95), BANDS, OMITTED, OMITTED)).toEqual([[0.02]]);
      expect(payout(cell(99.9), BANDS, OMITTED, OMITTED)).toEqual([[0.02]]); // on the bound: in the band
      expect(payout(cell(99.7), BANDS, 'step', OMITTED)).toEqual([[0]]);
      expect(payout(cell(99.2), BANDS, 'STEP', OMITTED)).toEqual([[-0.05]]);
      expect(payout(cell(98), BANDS, OMITTED, OMITTED)).toEqual([[-0.1]]);
    });

    it('extends the lowest and highest bands without limit', () => {
      expect(payout(cell(-5), BANDS, OMITTED, OMITTED)).toEqual([[-0.1]]);
      expect(payout(cell(1000), BANDS, OMITTED, OMITTED)).toEqual([[0.02]]);
    });

    it('treats a value a hair under a bound (binary noise) as on it', () => {
      expect(payout(cell(99.89999999999999), BANDS, OMITTED, OMITTED)).toEqual([[0.02]]);
    });
  });

  describe('linear', () => {
    it('interpolates on straight lines between the points (bound, rate)', () => {
      // 99.7: halfway from (99.5, 0) to (99.9, 0.02) → 0.01
      expect(payout(cell(99.7), BANDS, 'linear', OMITTED)[0][0]).toBeCloseTo(0.01, 12);
      // 99.25: halfway from (99, −0.05) to (99.5, 0) → −0.025
      expect(payout(cell(99.25), BANDS, 'linear', OMITTED)[0][0]).toBeCloseTo(-0.025, 12);
      // 49.5: halfway from (0, −0.1) to (99, −0.05) → −0.075
      expect(payout(cell(49.5), BANDS, 'Linear', OMITTED)[0][0]).toBeCloseTo(-0.075, 12);
    });

    it('is flat beyond the first and last points', () => {
      expect(payout(cell(100), BANDS, 'linear', OMITTED)).toEqual([[0.02]]);
      expect(payout(cell(-5), BANDS, 'linear', OMITTED)).toEqual([[-0.1]]);
    });
  });

  it('multiplies by the base when one is given', () => {
    // step: 99.2 → −5% × 120,000 = −6,000; linear: 99.25 → −2.5% × 120,000 = −3,000
    expect(payout(cell(99.2), BANDS, OMITTED, cell(120000))).toEqual([[-6000]]);
    expect(payout(cell(99.25), BANDS, 'linear', cell(120000))[0][0]).toBeCloseTo(-3000, 8);
  });

  it('pairs a range of values with a range of bases', () => {
    // 99.95 → +2% × 100,000 = 2,000; 99.2 → −5% × 80,000 = −4,000; blank base → blank
    expect(payout(row(99.95, 99.2, 99.7), BANDS, OMITTED, row(100000, 80000, ''))).toEqual([
      [2000, -4000, ''],
    ]);
  });

  it('returns a dynamic array for a range of values, blank for blank', () => {
    expect(payout(column(99.95, '', 99.2, null), BANDS, OMITTED, OMITTED)).toEqual([
      [0.02],
      [''],
      [-0.05],
      [''],
    ]);
  });

  it('works on attainment bands too', () => {
    // attainment bands: below 0.95 → −10%, 1 → 0, 1.05 → +5%; linear at 1.02: 0 + 0.4 × 0.05 = 0.02
    const attainmentBands = [
      [0.95, -0.1],
      [1, 0],
      [1.05, 0.05],
    ];
    expect(payout(cell(1.02), attainmentBands, 'linear', OMITTED)[0][0]).toBeCloseTo(0.02, 12);
    expect(payout(cell(1.02), attainmentBands, 'step', OMITTED)).toEqual([[0]]);
  });

  it('reads bands stored as text, with percentages', () => {
    const textBands = [
      ['99.5%', '0%'],
      ['99%', '-5%'],
    ];
    // value 0.992 (99.2%) is in the 99% band → −5%
    expect(payout(cell(0.992), textBands, OMITTED, OMITTED)).toEqual([[-0.05]]);
  });

  it('skips blank rows in the band range', () => {
    expect(
      payout(
        cell(99.2),
        [
          [99, -0.05],
          ['', ''],
          [99.5, 0],
          [null, null],
        ],
        OMITTED,
        OMITTED,
      ),
    ).toEqual([[-0.05]]);
  });

  describe('errors', () => {
    it('duplicate lower bounds', () => {
      expectCallError(
        payout(
          cell(99),
          [
            [99.5, 0],
            [99.5, 0.01],
          ],
          OMITTED,
          OMITTED,
        ),
        VALUE,
        'bands: duplicate lower bound 99.5',
      );
    });

    it('a band range that is not two columns', () => {
      expectCallError(
        payout(cell(99), [[99.5, 0, 1]], OMITTED, OMITTED),
        VALUE,
        'bands must be a two-column range (lower bound, rate), not 1×3',
      );
    });

    it('an unknown method', () => {
      expectCallError(
        payout(cell(99), BANDS, 'cubic', OMITTED),
        VALUE,
        'method must be step or linear, not "cubic"',
      );
    });

    it('a rate typed as a percentage number', () => {
      expectCallError(
        payout(cell(99), [[99, -5]], OMITTED, OMITTED),
        VALUE,
        'bands row 1: rate -5 is outside −100%…+100%',
      );
    });

    it('half-empty and non-numeric band rows', () => {
      expectCallError(
        payout(
          cell(99),
          [
            [99, -0.05],
            ['', 0.01],
          ],
          OMITTED,
          OMITTED,
        ),
        VALUE,
        'bands row 2: lower bound is blank',
      );
      expectCallError(
        payout(
          cell(99),
          [
            [99, -0.05],
            ['abc', 0.01],
          ],
          OMITTED,
          OMITTED,
        ),
        VALUE,
        'bands row 2: lower bound: "abc" is not a number',
      );
      expectCallError(
        payout(cell(99), [['Bound', 'Rate']], OMITTED, OMITTED),
        VALUE,
        'bands: no band rows',
      );
    });

    it('an Excel error inside the bands', () => {
      const ref = new CustomFunctions.Error(
        CustomFunctions.ErrorCode.notAvailable,
        'lookup failed',
      );
      expectCallError(payout(cell(99), [[99, ref]], OMITTED, OMITTED), NA, 'lookup failed');
    });

    it('a percentage value against fraction bands, and the reverse', () => {
      // 0.992 sits below percentage bounds 99 and 99.5 only because it is a fraction
      expectError(
        payout(cell(0.992), BANDS, OMITTED, OMITTED)[0][0],
        VALUE,
        'value and bands: 0.992 and 99 mix a percentage with a fraction',
      );
      const fractionBands = [
        [0.99, -0.05],
        [0.995, 0],
      ];
      expectError(
        payout(cell(99.7), fractionBands, OMITTED, OMITTED)[0][0],
        VALUE,
        'mix a percentage with a fraction',
      );
    });

    it('a negative base', () => {
      expectCallError(
        payout(cell(99), BANDS, OMITTED, cell(-100)),
        VALUE,
        'base must not be negative, not -100',
      );
    });

    it('values and bases of different sizes', () => {
      expectCallError(payout(column(99, 99.5), BANDS, OMITTED, column(1, 2, 3)), NA);
    });
  });
});
