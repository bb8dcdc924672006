import { netFeeSeries } from '../../../src/engine/rules/netFees';

const FEE = 100_000;

describe('netFeeSeries', () => {
  test('uncapped: fee + rate × fee, null for unmeasured periods', () => {
    const out = netFeeSeries(
      [
        { fee: FEE, rate: 0.05 }, // 100,000 + 5,000
        { fee: FEE, rate: -0.2 }, // 100,000 − 20,000
        { fee: FEE, rate: null },
        { fee: FEE, rate: 0 },
        { fee: 50_000, rate: 0.1 }, // 50,000 + 5,000
      ],
      { bonusCap: null, creditCap: null },
    );
    expect(out).toEqual([105_000, 80_000, null, 100_000, 55_000]);
  });

  test('bonus cap is cumulative: later periods get what is left; credit cap is per period', () => {
    // bonus cap 12,000; credit cap 10,000
    // p1 +5,000 (left 7,000) → 105,000
    // p2 +5,000 (left 2,000) → 105,000
    // p3 +5,000 wanted, only 2,000 left (left 0) → 102,000
    // p4 −20,000 capped at −10,000 → 90,000 (credits do not restore bonus room)
    // p5 unmeasured → null
    // p6 +2,000 wanted, 0 left → 100,000
    // p7 −5,000 under the credit cap → 95,000
    const out = netFeeSeries(
      [
        { fee: FEE, rate: 0.05 },
        { fee: FEE, rate: 0.05 },
        { fee: FEE, rate: 0.05 },
        { fee: FEE, rate: -0.2 },
        { fee: FEE, rate: null },
        { fee: FEE, rate: 0.02 },
        { fee: FEE, rate: -0.05 },
      ],
      { bonusCap: 12_000, creditCap: 10_000 },
    );
    expect(out).toEqual([105_000, 105_000, 102_000, 90_000, null, 100_000, 95_000]);
  });

  test('an unmeasured period does not consume bonus room', () => {
    // cap 6,000: null, +5,000 (left 1,000), +5,000 → +1,000
    const out = netFeeSeries(
      [
        { fee: FEE, rate: null },
        { fee: FEE, rate: 0.05 },
        { fee: FEE, rate: 0.05 },
      ],
      { bonusCap: 6_000, creditCap: null },
    );
    expect(out).toEqual([null, 105_000, 101_000]);
  });

  test('zero bonus cap pays no bonus; zero credit cap takes no credit', () => {
    expect(netFeeSeries([{ fee: FEE, rate: 0.05 }], { bonusCap: 0, creditCap: null })).toEqual([
      FEE,
    ]);
    expect(netFeeSeries([{ fee: FEE, rate: -0.05 }], { bonusCap: null, creditCap: 0 })).toEqual([
      FEE,
    ]);
  });

  test('empty series', () => {
    expect(netFeeSeries([], { bonusCap: 1, creditCap: 1 })).toEqual([]);
  });
});
