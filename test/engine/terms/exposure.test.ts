import { contractExposure } from '../../../src/engine/terms/exposure';
import { contract, serviceLevel } from '../contractFixtures';

// Charges 100,000 at 10% at risk → 10,000 a month at risk.
describe('contractExposure', () => {
  const linear = serviceLevel('a', {
    allocation: 0.6,
    minimum: 99,
    bands: {
      basis: 'performance',
      method: 'linear',
      rows: [
        { bound: 98, rate: -1 },
        { bound: 99, rate: -0.5 },
        { bound: 99.5, rate: 0 },
        { bound: 99.9, rate: 0.2 },
      ],
    },
  });
  const step = serviceLevel('b', {
    allocation: 0.8,
    bands: {
      basis: 'performance',
      method: 'step',
      rows: [
        { bound: 0, rate: -1 },
        { bound: 99, rate: -0.25 },
        { bound: 99.5, rate: 0 },
      ],
    },
  });

  it('prices one failure at the minimum level, or just short of the expected level without one', () => {
    const e = contractExposure(
      contract([linear, step], { incentiveCapMonthlyShare: 0.01, incentiveCapAnnualShare: 0.005 }),
    );
    // linear SL: at minimum 99 → rate −0.5 × (0.6 × 10,000 = 6,000) = 3,000
    expect(e.serviceLevels[0].oneFailure).toBeCloseTo(3000, 9);
    // step SL, no minimum: just under 99.5 → band 99 → −0.25 × 8,000 = 2,000
    expect(e.serviceLevels[1].oneFailure).toBeCloseTo(2000, 9);
  });

  it('caps worst months at the at-risk amount and incentives at their caps', () => {
    const e = contractExposure(
      contract([linear, step], { incentiveCapMonthlyShare: 0.01, incentiveCapAnnualShare: 0.005 }),
    );
    // worst: 6,000 + 8,000 = 14,000 > 10,000 → the contract's worst month is the cap; a year is 120,000
    expect(e.serviceLevels[0].worstMonth).toBe(6000);
    expect(e.serviceLevels[1].worstYear).toBe(96000);
    expect(e.worstMonth).toBe(10000);
    expect(e.worstYear).toBe(120000);
    expect(e.capReachable).toBe(true);
    // best: +0.2 × 6,000 = 1,200 > monthly cap 1% × 100,000 = 1,000; a year 12,000 > annual cap 0.5% × 1,200,000 = 6,000
    expect(e.serviceLevels[0].bestMonthIncentive).toBe(1000);
    expect(e.serviceLevels[0].bestYearIncentive).toBe(6000);
  });

  it('gives key measurements no money and says when the cap cannot be reached', () => {
    const key = { ...step, id: 'k', critical: false };
    const e = contractExposure(contract([{ ...linear, allocation: 0.5 }, key]));
    expect(e.serviceLevels[1]).toMatchObject({
      oneFailure: 0,
      worstMonth: 0,
      bestMonthIncentive: 0,
    });
    // only 0.5 × 10,000 = 5,000 can be lost in a month, under the 10,000 cap
    expect(e.worstMonth).toBe(5000);
    expect(e.capReachable).toBe(false);
  });
});
