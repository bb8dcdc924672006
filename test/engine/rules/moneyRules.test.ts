import {
  bandInput,
  capReached,
  creditPart,
  incentivePart,
  incentiveRoom,
  payoutAlone,
  payoutBeforeCaps,
  yearEarnsBack,
} from '../../../src/engine/rules/moneyRules';

/** Each money rule of a month on worked examples (docs/domain.md). */
describe('bandInput', () => {
  it('reads attainment when the bands are on attainment: 99.7 / 99.5 higher, 4 / 3.5 lower', () => {
    expect(bandInput(99.7, 99.5, true, true)).toBeCloseTo(1.00201005, 8);
    expect(bandInput(3.5, 4, false, true)).toBeCloseTo(1.14285714, 8);
  });
  it('reads the measured value itself when the bands are on performance', () => {
    expect(bandInput(99.7, 99.5, true, false)).toBe(99.7);
    expect(bandInput(3.5, 4, false, false)).toBe(3.5);
  });
});

describe('payout, credit and incentive', () => {
  it('pays rate × allocated amount: −5% of 40% × 30,000 = −600', () => {
    expect(payoutBeforeCaps(-0.05, 0.4 * 30_000)).toBeCloseTo(-600, 9);
  });
  it('splits a payout by its sign, exactly', () => {
    expect([creditPart(-600), incentivePart(-600)]).toEqual([600, 0]);
    expect([creditPart(250.75), incentivePart(250.75)]).toEqual([0, 250.75]);
    expect([creditPart(0), incentivePart(0)]).toEqual([0, 0]);
    // Exactness where a naive max(−a, 0) would also do, but also for values with no short binary form.
    expect(creditPart(-0.1) + incentivePart(-0.1)).toBe(0.1);
  });
});

describe('caps', () => {
  it('the at-risk cap is reached at the amount, forgiving binary noise, never by a month without credits', () => {
    expect(capReached(30_000, 30_000)).toBe(true);
    expect(capReached(29_999.99999999, 30_000)).toBe(true); // within 1e-9 relative
    expect(capReached(29_999.9, 30_000)).toBe(false);
    expect(capReached(0, 0)).toBe(false);
  });
  it('incentive room: the monthly cap, or what the annual cap leaves, never negative', () => {
    expect(incentiveRoom(12_500, 90_000, 0)).toBe(12_500);
    expect(incentiveRoom(12_500, 90_000, 80_000)).toBe(10_000);
    expect(incentiveRoom(12_500, 90_000, 95_000)).toBe(0);
    expect(incentiveRoom(Infinity, Infinity, 1e9)).toBe(Infinity);
  });
  it('a service level paying alone: credit capped at the at-risk amount, incentive at the room', () => {
    expect(payoutAlone(-45_000, 30_000, 12_500)).toBe(-30_000);
    expect(payoutAlone(-600, 30_000, 12_500)).toBe(-600);
    expect(payoutAlone(20_000, 30_000, 12_500)).toBe(12_500);
    expect(payoutAlone(900, 30_000, 12_500)).toBe(900);
  });
});

describe('annual earnback', () => {
  it('earns back when the year averages attainment 1 or more: (0.99 + 1.01 + 1.0) / 3 = 1', () => {
    expect(yearEarnsBack(0.99 + 1.01 + 1.0, 3)).toBe(true);
    expect(yearEarnsBack(0.99 + 1.0 + 1.0, 3)).toBe(false);
    expect(yearEarnsBack(0, 0)).toBe(false);
  });
});
