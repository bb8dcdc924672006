import { ratchet } from '../../src/functions/functions';
import { column, expectError, row, VALUE, OMITTED } from './excelValues';

// A year of availability that met 99.5 every month: six months at 99.7, six at 99.9, average 99.8.
const GOOD_YEAR = row(99.7, 99.7, 99.7, 99.7, 99.7, 99.7, 99.9, 99.9, 99.9, 99.9, 99.9, 99.9);

describe('OUTCOME.RATCHET', () => {
  describe('midpoint (default)', () => {
    it('moves to the midpoint of current and the average when every period met current', () => {
      // (99.5 + 99.8) / 2 = 99.65
      expect(ratchet(99.5, GOOD_YEAR, OMITTED, OMITTED, OMITTED, OMITTED)).toBeCloseTo(99.65, 10);
      expect(ratchet(99.5, GOOD_YEAR, 'midpoint', null, 'higher', null)).toBeCloseTo(99.65, 10);
    });

    it('stays when any period missed current', () => {
      expect(
        ratchet(99.5, row(99.4, 99.9, 99.9, 99.8), 'midpoint', OMITTED, OMITTED, OMITTED),
      ).toBe(99.5);
    });
  });

  describe('average', () => {
    it('moves to the average when it improves on current, even if a period missed', () => {
      // (99.4 + 99.9 + 99.9 + 99.8) / 4 = 399 / 4 = 99.75
      expect(
        ratchet(99.5, row(99.4, 99.9, 99.9, 99.8), 'Average', OMITTED, OMITTED, OMITTED),
      ).toBeCloseTo(99.75, 10);
    });

    it('never moves backwards', () => {
      // average 99.35 is worse than 99.5: the level stays
      expect(ratchet(99.5, row(99.3, 99.4), 'average', OMITTED, OMITTED, OMITTED)).toBe(99.5);
      // lower is better: average 4.75 h is worse than 4 h
      expect(ratchet(4, row(4.5, 5), 'average', OMITTED, 'lower', OMITTED)).toBe(4);
    });
  });

  describe('maxGapShare', () => {
    it('caps the move at a share of the distance to perfect (100 for percentages)', () => {
      // wanted 99.5 → 99.65 (+0.15); cap 10% × (100 − 99.5) = 0.05 → 99.55
      expect(ratchet(99.5, GOOD_YEAR, OMITTED, 0.1, OMITTED, OMITTED)).toBeCloseTo(99.55, 10);
      expect(ratchet(99.5, GOOD_YEAR, OMITTED, '10%', OMITTED, OMITTED)).toBeCloseTo(99.55, 10);
      // a cap larger than the move changes nothing: 50% × 0.5 = 0.25 ≥ 0.15
      expect(ratchet(99.5, GOOD_YEAR, OMITTED, 0.5, OMITTED, OMITTED)).toBeCloseTo(99.65, 10);
    });

    it('uses 1 as perfect for a level entered as a fraction', () => {
      // history average (0.997 + 0.999) / 2 = 0.998; midpoint (0.995 + 0.998) / 2 = 0.9965
      expect(ratchet(0.995, row(0.997, 0.999), OMITTED, OMITTED, OMITTED, OMITTED)).toBeCloseTo(
        0.9965,
        12,
      );
      // cap 10% × (1 − 0.995) = 0.0005 → 0.9955
      expect(ratchet(0.995, row(0.997, 0.999), OMITTED, 0.1, OMITTED, OMITTED)).toBeCloseTo(
        0.9955,
        12,
      );
    });

    it('uses 0 as perfect when lower is better', () => {
      // hours: current 4, history average (3 + 3.5 + 3 + 3.5) / 4 = 3.25, all met → midpoint 3.625
      expect(ratchet(4, row(3, 3.5, 3, 3.5), OMITTED, OMITTED, 'lower', OMITTED)).toBeCloseTo(
        3.625,
        12,
      );
      // cap 5% × (4 − 0) = 0.2 → 3.8
      expect(ratchet(4, row(3, 3.5, 3, 3.5), OMITTED, 0.05, 'lower', OMITTED)).toBeCloseTo(3.8, 12);
      // cap 10% × 4 = 0.4 ≥ 0.375: uncapped → 3.625
      expect(ratchet(4, row(3, 3.5, 3, 3.5), OMITTED, 0.1, 'lower', OMITTED)).toBeCloseTo(
        3.625,
        12,
      );
    });

    it('uses the perfect value given, e.g. a 5-point satisfaction score', () => {
      // current 4.2, average 4.6, midpoint 4.4; cap 10% × (5 − 4.2) = 0.08 → 4.28
      expect(ratchet(4.2, row(4.5, 4.7), OMITTED, 0.1, OMITTED, 5)).toBeCloseTo(4.28, 12);
      // without perfect the default is 100, so the same cap allows 9.58 and the move is 0.2 → 4.4
      expect(ratchet(4.2, row(4.5, 4.7), OMITTED, 0.1, OMITTED, OMITTED)).toBeCloseTo(4.4, 12);
    });
  });

  it('skips blank periods in the history', () => {
    // measured: 99.7 and 99.9, average 99.8 → 99.65
    expect(
      ratchet(99.5, column(99.7, '', 99.9, null), OMITTED, OMITTED, OMITTED, OMITTED),
    ).toBeCloseTo(99.65, 10);
  });

  it('accepts a history block of several rows and numbers stored as text', () => {
    expect(
      ratchet(
        '99.5',
        [
          ['99.7', 99.7],
          [99.9, '99.9'],
        ],
        OMITTED,
        OMITTED,
        OMITTED,
        OMITTED,
      ),
    ).toBeCloseTo(99.65, 10);
  });

  it('is blank while current is blank', () => {
    expect(ratchet('', GOOD_YEAR, OMITTED, OMITTED, OMITTED, OMITTED)).toBe('');
  });

  describe('errors', () => {
    it('a history with nothing measured', () => {
      expectError(
        ratchet(99.5, row('', ''), OMITTED, OMITTED, OMITTED, OMITTED),
        VALUE,
        'history: no measured periods',
      );
    });

    it('a cap outside 0…1', () => {
      expectError(
        ratchet(99.5, GOOD_YEAR, OMITTED, 10, OMITTED, OMITTED),
        VALUE,
        'maxGapShare must be between 0 and 1, not 10',
      );
    });

    it('a perfect value worse than current', () => {
      expectError(
        ratchet(99.5, GOOD_YEAR, OMITTED, 0.1, OMITTED, 99),
        VALUE,
        'perfect 99 is worse than current 99.5',
      );
      // a level above 100 (transactions per second) has no default perfect to cap against
      expectError(
        ratchet(120, row(130, 140), OMITTED, 0.1, OMITTED, OMITTED),
        VALUE,
        'perfect 100 (the default) is worse than current 120 for higher is better; give perfect',
      );
      // without a cap perfect plays no part: midpoint (120 + 135) / 2 = 127.5
      expect(ratchet(120, row(130, 140), OMITTED, OMITTED, OMITTED, OMITTED)).toBe(127.5);
      // with perfect 200: wanted move 7.5, cap 5% × (200 − 120) = 4 → 124
      expect(ratchet(120, row(130, 140), OMITTED, 0.05, OMITTED, 200)).toBe(124);
    });

    it('percentages mixed with fractions', () => {
      expectError(
        ratchet(99.5, row(0.998, 0.997), OMITTED, OMITTED, OMITTED, OMITTED),
        VALUE,
        'history and current: 0.998 and 99.5 mix',
      );
      expectError(
        ratchet(99.5, GOOD_YEAR, OMITTED, 0.1, OMITTED, 1),
        VALUE,
        'perfect and current: 1 and 99.5 mix',
      );
    });

    it('unknown method or direction', () => {
      expectError(
        ratchet(99.5, GOOD_YEAR, 'max', OMITTED, OMITTED, OMITTED),
        VALUE,
        'method must be midpoint or average, not "max"',
      );
      expectError(
        ratchet(99.5, GOOD_YEAR, OMITTED, OMITTED, 'up', OMITTED),
        VALUE,
        'direction must be higher or lower, not "up"',
      );
    });

    it('a bad history cell', () => {
      expectError(
        ratchet(99.5, row(99.7, false), OMITTED, OMITTED, OMITTED, OMITTED),
        VALUE,
        'history: FALSE is not a number',
      );
    });
  });
});
