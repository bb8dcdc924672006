import {
  availabilityExcluding,
  firstPeriod,
  measuredValue,
  performanceMatrix,
} from '../../../src/engine/review/actuals';
import {
  minutesInPeriod,
  monthsFrom,
  parsePeriod,
  periodAfter,
} from '../../../src/engine/review/servicePeriod';
import { contract, serviceLevel } from '../contractFixtures';

describe('service periods', () => {
  it('reads YYYY-MM and steps across a year end', () => {
    expect(parsePeriod('2026-03')).toBe(2026 * 12 + 2);
    expect(parsePeriod('2026-13')).toBeNull();
    expect(parsePeriod('03/2026')).toBeNull();
    expect(periodAfter('2026-11', 3)).toBe('2027-02');
    expect(monthsFrom('2026-01', '2027-01')).toBe(12);
  });

  it('counts the minutes of a month: April 30 × 1,440 = 43,200; February 2028 (leap) 29 × 1,440 = 41,760', () => {
    expect(minutesInPeriod('2026-04')).toBe(43200);
    expect(minutesInPeriod('2028-02')).toBe(41760);
  });
});

describe('exclusions', () => {
  it('removes excluded minutes from downtime and window: 99 × 43,200 / (43,200 − 216) = 99.4975…', () => {
    // 99% of April = 432 minutes down; 216 of them planned → 216 / 42,984 down = 99.4975% available.
    expect(availabilityExcluding(99, 216, 43200)).toBeCloseTo(4276800 / 42984, 12);
    expect(
      measuredValue({ serviceLevelId: 'a', period: '2026-04', value: 99, excludedMinutes: 216 }),
    ).toBeCloseTo(99.497487, 6);
    expect(
      measuredValue({ serviceLevelId: 'a', period: '2026-04', value: 99, excludedMinutes: null }),
    ).toBe(99);
  });
});

describe('performanceMatrix', () => {
  it('places records by service level and contract month; others are not measured', () => {
    const terms = contract([serviceLevel('a'), serviceLevel('b')], { termMonths: 3 });
    const records = [
      { serviceLevelId: 'b', period: '2026-02', value: 99.1, excludedMinutes: null },
      { serviceLevelId: 'a', period: '2026-01', value: 99.6, excludedMinutes: null },
      { serviceLevelId: 'a', period: '2026-04', value: 99.9, excludedMinutes: null }, // past the term
      { serviceLevelId: 'zz', period: '2026-01', value: 1, excludedMinutes: null }, // not in the contract
    ];
    expect(Array.from(performanceMatrix(terms, records, '2026-01'))).toEqual([
      99.6,
      NaN,
      NaN,
      NaN,
      99.1,
      NaN,
    ]);
    expect(firstPeriod(records)).toBe('2026-01');
    expect(firstPeriod([])).toBeNull();
  });
});
