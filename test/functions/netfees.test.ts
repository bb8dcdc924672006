import { netfees } from '../../src/functions/functions';
import { column, expectCallError, expectError, NA, row, VALUE, OMITTED } from './excelValues';

// Bands: below 99 → −10%; 99 → −5%; 99.5 → 0; 99.9 → +2%.
const BANDS = [
  [0, -0.1],
  [99, -0.05],
  [99.5, 0],
  [99.9, 0.02],
];
const FEE = 100000;
// Six months; step rates +2%, −5%, +2%, +2%, not measured, −10%.
const PERFORMANCE = row(99.95, 99.2, 99.95, 99.95, '', 98);

describe('OUTCOME.NETFEES', () => {
  it('adds payout rate × fee to each fee', () => {
    // 100,000 × (1 + rate): 102,000; 95,000; 102,000; 102,000; blank; 90,000
    expect(netfees(row(FEE), PERFORMANCE, BANDS, OMITTED, OMITTED, OMITTED)).toEqual([
      [102000, 95000, 102000, 102000, '', 90000],
    ]);
  });

  it('caps incentives cumulatively: later periods get what is left, then 0', () => {
    // bonus cap 5,000: month 1 +2,000 (3,000 left), month 3 +2,000 (1,000 left), month 4 +1,000 (0 left)
    expect(netfees(row(FEE), PERFORMANCE, BANDS, OMITTED, 5000, OMITTED)).toEqual([
      [102000, 95000, 102000, 101000, '', 90000],
    ]);
    // bonus cap 3,000: month 1 +2,000, month 3 +1,000, month 4 +0
    expect(netfees(row(FEE), PERFORMANCE, BANDS, OMITTED, 3000, OMITTED)).toEqual([
      [102000, 95000, 101000, 100000, '', 90000],
    ]);
  });

  it("caps each period's credit", () => {
    // credit cap 8,000: month 6 −10,000 → −8,000 = 92,000; month 2 −5,000 is under the cap
    expect(netfees(row(FEE), PERFORMANCE, BANDS, OMITTED, OMITTED, 8000)).toEqual([
      [102000, 95000, 102000, 102000, '', 92000],
    ]);
    expect(netfees(row(FEE), PERFORMANCE, BANDS, OMITTED, 5000, 8000)).toEqual([
      [102000, 95000, 102000, 101000, '', 92000],
    ]);
  });

  it('takes one fee per period', () => {
    // fees 100,000; 100,000; 120,000; 80,000; 100,000; 100,000 with bonus cap 5,000:
    // month 1 +2,000 (3,000 left); month 3 +2,400 (600 left); month 4 +1,600 → 600 → 80,600
    const fees = row(100000, 100000, 120000, 80000, 100000, 100000);
    expect(netfees(fees, PERFORMANCE, BANDS, OMITTED, 5000, OMITTED)).toEqual([
      [102000, 95000, 122400, 80600, '', 90000],
    ]);
  });

  it('returns a column for a column of periods', () => {
    expect(netfees(column(FEE), column(99.95, 99.2), BANDS, OMITTED, OMITTED, OMITTED)).toEqual([
      [102000],
      [95000],
    ]);
    expect(
      netfees(column(100000, 50000), column(99.95, 99.2), BANDS, OMITTED, OMITTED, OMITTED),
    ).toEqual([[102000], [47500]]);
  });

  it('interpolates with the linear method', () => {
    // 99.7: halfway from (99.5, 0) to (99.9, 2%) → 1% of 100,000 = 1,000 → 101,000
    expect(netfees(row(FEE), row(99.7), BANDS, 'linear', OMITTED, OMITTED)[0][0]).toBeCloseTo(
      101000,
      6,
    );
  });

  it('a blank fee gives a blank period', () => {
    expect(netfees(row(100000, ''), row(99.95, 99.95), BANDS, OMITTED, OMITTED, OMITTED)).toEqual([
      [102000, ''],
    ]);
  });

  describe('errors', () => {
    it('a performance block of several rows and columns', () => {
      expectCallError(
        netfees(
          row(FEE),
          [
            [99, 99],
            [99, 99],
          ],
          BANDS,
          OMITTED,
          OMITTED,
          OMITTED,
        ),
        VALUE,
        'performance must be one row or one column of periods, not a 2×2 range',
      );
    });

    it('fees of another shape', () => {
      expectCallError(
        netfees(row(1, 2), row(99, 99, 99), BANDS, OMITTED, OMITTED, OMITTED),
        NA,
        'fees is 1×2 but performance is 1×3',
      );
    });

    it('negative fees and caps', () => {
      expectCallError(
        netfees(row(-1), PERFORMANCE, BANDS, OMITTED, OMITTED, OMITTED),
        VALUE,
        'fees must not be negative, not -1',
      );
      const result = netfees(row(100000, -5), row(99.95, 99.95), BANDS, OMITTED, OMITTED, OMITTED);
      expect(result[0][0]).toBe(102000);
      expectError(result[0][1], VALUE, 'fees must not be negative, not -5');
      expectCallError(
        netfees(row(FEE), PERFORMANCE, BANDS, OMITTED, -1, OMITTED),
        VALUE,
        'bonusCap must not be negative, not -1',
      );
      expectCallError(
        netfees(row(FEE), PERFORMANCE, BANDS, OMITTED, OMITTED, -1),
        VALUE,
        'creditCap must not be negative, not -1',
      );
    });

    it('a bad period with a bonus cap makes later bonuses unknown, but not later credits', () => {
      // month 2 is an error; months 3 (+2%) would need the bonus left → same error; month 4 (−5%) is known
      const result = netfees(
        row(FEE),
        row(99.95, 'oops', 99.95, 99.2),
        BANDS,
        OMITTED,
        5000,
        OMITTED,
      );
      expect(result[0][0]).toBe(102000);
      expectError(result[0][1], VALUE, 'performance: "oops" is not a number');
      expectError(result[0][2], VALUE, 'performance: "oops" is not a number');
      expect(result[0][3]).toBe(95000);
      // without a bonus cap every other period is independent
      expect(
        netfees(row(FEE), row(99.95, 'oops', 99.95), BANDS, OMITTED, OMITTED, OMITTED)[0][2],
      ).toBe(102000);
    });

    it('a percentage against fraction bands', () => {
      const fractionBands = [
        [0.99, -0.05],
        [0.995, 0],
      ];
      expectError(
        netfees(row(FEE), row(99.7), fractionBands, OMITTED, OMITTED, OMITTED)[0][0],
        VALUE,
        'performance and bands: 99.7 and 0.995 mix',
      );
    });

    it('bad bands or method', () => {
      expectCallError(
        netfees(
          row(FEE),
          PERFORMANCE,
          [
            [99, 0],
            [99, 0.01],
          ],
          OMITTED,
          OMITTED,
          OMITTED,
        ),
        VALUE,
        'bands: duplicate lower bound 99',
      );
      expectCallError(
        netfees(row(FEE), PERFORMANCE, BANDS, 'smooth', OMITTED, OMITTED),
        VALUE,
        'method must be step or linear, not "smooth"',
      );
    });
  });
});
