import { earnback } from '../../src/functions/functions';
import { column, expectError, NA, row, VALUE, OMITTED } from './excelValues';

// A 4,000 credit for missing 99.5% availability, with a three-month earnback window.
describe('OUTCOME.EARNBACK', () => {
  it('"all" (default): the whole credit when every following period meets the level', () => {
    // 99.6, 99.5 (equal meets), 99.8: all met → 4,000
    expect(earnback(4000, row(99.6, 99.5, 99.8), 99.5, OMITTED, OMITTED)).toBe(4000);
    expect(earnback(4000, row(99.6, 99.5, 99.8), 99.5, 'all', 'higher')).toBe(4000);
  });

  it('"all": nothing when one period misses', () => {
    expect(earnback(4000, row(99.6, 99.4, 99.8), 99.5, 'all', OMITTED)).toBe(0);
  });

  it('"prorata": credit × periods met / periods', () => {
    // 2 of 3 met: 4,000 × 2 / 3 = 2,666.666...
    expect(earnback(4000, row(99.6, 99.4, 99.8), 99.5, 'prorata', OMITTED)).toBeCloseTo(
      2666.6666666667,
      9,
    );
    // 3 of 3 met: 4,000
    expect(earnback(4000, column(99.6, 99.7, 99.8), 99.5, 'ProRata', OMITTED)).toBe(4000);
    // 0 of 3 met: 0
    expect(earnback(4000, column(99, 99, 99), 99.5, 'prorata', OMITTED)).toBe(0);
  });

  it('respects lower-is-better levels', () => {
    // hours, expected 4: 3.5 met, 4 met (equal), 4.2 missed → 3,000 × 2 / 3 = 2,000
    expect(earnback(3000, row(3.5, 4, 4.2), 4, 'prorata', 'lower')).toBe(2000);
    expect(earnback(3000, row(3.5, 4, 4.2), 4, 'all', 'lower')).toBe(0);
  });

  it('does not flip on floating-point noise', () => {
    // 0.1 + 0.2 = 0.30000000000000004 meets a lower-is-better 0.3
    expect(earnback(1000, row(0.1 + 0.2, 0.3), 0.3, 'all', 'lower')).toBe(1000);
  });

  it('reads a window spanning several rows and text numbers', () => {
    // a 2×2 window: every cell is a period, all four meet 99.5
    expect(
      earnback(
        '4000',
        [
          ['99.6', '99.7'],
          [99.8, '99.5'],
        ],
        '99.5',
        OMITTED,
        OMITTED,
      ),
    ).toBe(4000);
    expect(
      earnback(
        '4000',
        [
          ['99.6', '99.7'],
          [99.8, '99.4'],
        ],
        '99.5',
        'prorata',
        OMITTED,
      ),
    ).toBe(3000);
  });

  it('gives #N/A while the window is not complete', () => {
    expectError(earnback(4000, row(99.6, '', ''), 99.5, 'all', OMITTED), NA, 'window not complete');
    expectError(
      earnback(4000, row(99.6, null, 99.7), 99.5, 'prorata', OMITTED),
      NA,
      'window not complete',
    );
  });

  it('is blank while the credit or the level is blank; a zero credit earns back nothing', () => {
    expect(earnback('', row(99.6, 99.7), 99.5, OMITTED, OMITTED)).toBe('');
    expect(earnback(null, row(99.6, 99.7), 99.5, OMITTED, OMITTED)).toBe('');
    expect(earnback(4000, row(99.6, 99.7), '', OMITTED, OMITTED)).toBe('');
    expect(earnback(0, row(99.6, 99.7), 99.5, OMITTED, OMITTED)).toBe(0);
  });

  describe('errors', () => {
    it('negative credit', () => {
      expectError(
        earnback(-4000, row(99.6), 99.5, OMITTED, OMITTED),
        VALUE,
        'credit must not be negative, not -4000',
      );
    });

    it('unknown mode or direction', () => {
      expectError(
        earnback(4000, row(99.6), 99.5, 'half', OMITTED),
        VALUE,
        'mode must be all or prorata, not "half"',
      );
      expectError(
        earnback(4000, row(99.6), 99.5, 'all', 'sideways'),
        VALUE,
        'direction must be higher or lower, not "sideways"',
      );
    });

    it('a percentage against a fraction', () => {
      expectError(
        earnback(4000, row(0.996, 0.997), 99.5, OMITTED, OMITTED),
        VALUE,
        'performanceAfter and expected: 0.996 and 99.5 mix',
      );
    });

    it('an Excel error in the window is passed on', () => {
      const div0 = new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
      expect(earnback(4000, row(99.6, div0), 99.5, OMITTED, OMITTED)).toBe(div0);
    });

    it('a boolean or text in the window', () => {
      expectError(
        earnback(4000, row(99.6, true), 99.5, OMITTED, OMITTED),
        VALUE,
        'performanceAfter: TRUE is not a number',
      );
      expectError(
        earnback(4000, row(99.6, 'met'), 99.5, OMITTED, OMITTED),
        VALUE,
        'performanceAfter: "met" is not a number',
      );
    });

    it('a credit given as a range', () => {
      expectError(
        earnback([[1, 2]], row(99.6), 99.5, OMITTED, OMITTED),
        VALUE,
        'credit must be a single value, not a 1×2 range',
      );
    });
  });
});
