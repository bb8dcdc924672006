import {
  annualIncentiveCap,
  atRiskAmount,
  MONTHS_PER_YEAR,
  monthlyIncentiveCap,
} from '../../../src/engine/terms/contract';
import { contract } from '../contractFixtures';

describe('contract money helpers', () => {
  test('at-risk amount = charges × at-risk share', () => {
    // 1,000,000 × 12% = 120,000
    expect(atRiskAmount(contract([], { monthlyCharges: 1_000_000, atRiskShare: 0.12 }))).toBe(
      120_000,
    );
    expect(atRiskAmount(contract([], { monthlyCharges: 250_000, atRiskShare: 0 }))).toBe(0);
  });

  test('monthly incentive cap = share × monthly charges; none = Infinity', () => {
    // 1,000,000 × 5% = 50,000
    expect(
      monthlyIncentiveCap(
        contract([], { monthlyCharges: 1_000_000, incentiveCapMonthlyShare: 0.05 }),
      ),
    ).toBe(50_000);
    expect(monthlyIncentiveCap(contract([], { incentiveCapMonthlyShare: null }))).toBe(Infinity);
    expect(monthlyIncentiveCap(contract([], { incentiveCapMonthlyShare: 0 }))).toBe(0);
  });

  test('annual incentive cap = share × a year (12 months) of charges; none = Infinity', () => {
    expect(MONTHS_PER_YEAR).toBe(12);
    // 100,000 × 12 × 2.5% = 30,000
    expect(
      annualIncentiveCap(contract([], { monthlyCharges: 100_000, incentiveCapAnnualShare: 0.025 })),
    ).toBeCloseTo(30_000, 9);
    expect(annualIncentiveCap(contract([], { incentiveCapAnnualShare: null }))).toBe(Infinity);
  });
});
