import { credit } from '../../src/functions/functions';
import { cell, column, expectCallError, expectError, NA, row, VALUE, OMITTED } from './excelValues';

// Monthly charges 100,000 with 10% at risk: at-risk amount 10,000. Pool 150% over three SLs.
//   SL1 availability   higher  expected 99.5  allocation 40% → 4,000 per failure
//   SL2 P1 in 4 h (%)  higher  expected 95    allocation 50% → 5,000
//   SL3 mean hours     lower   expected 4     allocation 60% → 6,000
const EXPECTED = column(99.5, 95, 4);
const ALLOCATION = column(0.4, 0.5, 0.6);
const DIRECTION = column('higher', 'higher', 'lower');
const AT_RISK = 10000;

// Seven months, one column each.
//   M1 all met                                      → 0
//   M2 SL1 fails                                    → 4,000
//   M3 SL1 + SL2 fail: 4,000 + 5,000                → 9,000
//   M4 all fail: 4,000 + 5,000 + 6,000 = 15,000     → capped at 10,000
//   M5 nothing measured                             → blank
//   M6 every SL exactly on its level (equal meets)  → 0
//   M7 SL1 not measured, SL2 fails, SL3 on level    → 5,000
const PERFORMANCE = [
  [99.7, 99.2, 99.2, 99.2, '', 99.5, ''],
  [96, 96, 94, 94, '', 95, 94],
  [3.5, 3.5, 3.5, 5, '', 4, 4],
];

describe('OUTCOME.CREDIT', () => {
  it('sums allocation × at-risk over failed service levels per month, capped at the at-risk amount', () => {
    expect(credit(PERFORMANCE, EXPECTED, ALLOCATION, AT_RISK, DIRECTION)).toEqual([
      [0, 4000, 9000, 10000, '', 0, 5000],
    ]);
  });

  it('gives one value for a single month (a column of service levels)', () => {
    // SL1 99.2 fails (4,000) and SL3 4.5 h fails (6,000): 10,000, exactly the cap
    expect(credit(column(99.2, 96, 4.5), EXPECTED, ALLOCATION, AT_RISK, DIRECTION)).toEqual([
      [10000],
    ]);
  });

  it('works the public example: pool 50% × allocation 40% × at-risk 10,000 = 2,000', () => {
    // the effective allocation 20% entered as text "20%"
    expect(credit(row(99.1), cell(99.5), cell('20%'), 10000, OMITTED)).toEqual([[2000]]);
  });

  it('handles one service level over several months, one value broadcast for all', () => {
    // 25% of 8,000 = 2,000 in the month missed
    expect(credit(row(99.4, 99.6, 99.5), cell(99.5), cell(0.25), 8000, OMITTED)).toEqual([
      [2000, 0, 0],
    ]);
  });

  it('applies one direction to every service level when given once', () => {
    // all lower-is-better hours; expected 4 and 8; allocations 30% and 30% of 5,000
    // month 1: 5 > 4 fails (1,500), 7 ≤ 8 met → 1,500; month 2: both fail → 3,000
    expect(
      credit(
        [
          [5, 5],
          [7, 9],
        ],
        column(4, 8),
        cell(0.3),
        5000,
        cell('LOWER'),
      ),
    ).toEqual([[1500, 3000]]);
  });

  it('does not flip on floating-point noise', () => {
    // 12-month average 99.49999999999999 (exactly 99.5 on paper) meets 99.5: no credit
    const months = [
      99.47, 99.86, 99.32, 99.42, 99.52, 99.3, 99.68, 99.42, 99.79, 99.4, 99.36, 99.46,
    ];
    let sum = 0;
    for (const m of months) sum += m;
    expect(credit(cell(sum / 12), cell(99.5), cell(0.4), 10000, OMITTED)).toEqual([[0]]);
  });

  it('reads performance stored as text', () => {
    expect(credit(row('99.2', '99.7'), cell(99.5), cell(0.4), '10000', OMITTED)).toEqual([
      [4000, 0],
    ]);
  });

  it('returns blanks while the at-risk amount is blank', () => {
    expect(credit(PERFORMANCE, EXPECTED, ALLOCATION, '', DIRECTION)).toEqual([
      ['', '', '', '', '', '', ''],
    ]);
  });

  it('an at-risk amount of 0 owes nothing', () => {
    expect(credit(row(90), cell(99.5), cell(0.4), 0, OMITTED)).toEqual([[0]]);
  });

  describe('errors', () => {
    it('negative at-risk amount or allocation', () => {
      expectCallError(
        credit(PERFORMANCE, EXPECTED, ALLOCATION, -10000, DIRECTION),
        VALUE,
        'atRisk must not be negative, not -10000',
      );
      expectCallError(
        credit(PERFORMANCE, EXPECTED, column(0.4, -0.5, 0.6), AT_RISK, DIRECTION),
        VALUE,
        'allocation (service level 2) must not be negative, not -0.5',
      );
    });

    it('an allocation typed as a percentage number', () => {
      expectCallError(
        credit(PERFORMANCE, EXPECTED, column(40, 50, 60), AT_RISK, DIRECTION),
        VALUE,
        'allocation (service level 1) 40 is over 100%',
      );
    });

    it('a blank expected level or allocation', () => {
      expectCallError(
        credit(PERFORMANCE, column(99.5, '', 4), ALLOCATION, AT_RISK, DIRECTION),
        VALUE,
        'expected (service level 2) is blank',
      );
      expectCallError(
        credit(PERFORMANCE, EXPECTED, column(0.4, 0.5, null), AT_RISK, DIRECTION),
        VALUE,
        'allocation (service level 3) is blank',
      );
    });

    it('per-service-level arguments of the wrong length', () => {
      expectCallError(
        credit(PERFORMANCE, column(99.5, 95), ALLOCATION, AT_RISK, DIRECTION),
        NA,
        'expected has 2 cells but there are 3 service levels',
      );
      expectCallError(
        credit(PERFORMANCE, EXPECTED, ALLOCATION, AT_RISK, column('higher', 'lower')),
        NA,
        'direction has 2 cells',
      );
      expectCallError(
        credit(row(99, 99), EXPECTED, cell(0.4), AT_RISK, OMITTED),
        NA,
        'expected has 3 cells but there is 1 service level: give one value or one per service level',
      );
    });

    it('an at-risk amount given as a range', () => {
      expectCallError(
        credit(PERFORMANCE, EXPECTED, ALLOCATION, [[1], [2]], DIRECTION),
        VALUE,
        'atRisk must be a single value, not a 2×1 range',
      );
    });

    it('a bad direction', () => {
      expectCallError(
        credit(PERFORMANCE, EXPECTED, ALLOCATION, AT_RISK, cell('down')),
        VALUE,
        'direction must be higher or lower, not "down"',
      );
    });

    it('a bad cell spoils only its month', () => {
      const missing = new CustomFunctions.Error(
        CustomFunctions.ErrorCode.notAvailable,
        'feed down',
      );
      const result = credit([[99.2, missing, 0.992, 'x']], cell(99.5), cell(0.4), AT_RISK, OMITTED);
      expect(result[0][0]).toBe(4000);
      expect(result[0][1]).toBe(missing);
      expectError(
        result[0][2],
        VALUE,
        'performance and expected: 0.992 and 99.5 mix a percentage with a fraction',
      );
      expectError(result[0][3], VALUE, 'performance: "x" is not a number');
    });
  });
});
