import { type Contract, type ServiceLevel } from '../../../src/engine/terms/contract';

/** Small contracts for pane tests, each figure easy to work out by hand. */
export function serviceLevel(
  overrides: Partial<ServiceLevel> & Pick<ServiceLevel, 'id' | 'name'>,
): ServiceLevel {
  return {
    unit: '%',
    direction: 'higher',
    expected: 99.5,
    minimum: 99,
    allocation: 0.25,
    critical: true,
    bands: {
      basis: 'performance',
      method: 'step',
      rows: [
        { bound: 0, rate: -1 },
        { bound: 99, rate: -0.5 },
        { bound: 99.5, rate: 0 },
        { bound: 99.9, rate: 0.1 },
      ],
    },
    ...overrides,
  };
}

/** Charges 100,000, at risk 12% (12,000), one availability level with 25% allocation. */
export function smallContract(overrides: Partial<Contract> = {}): Contract {
  return {
    name: 'Service desk 2025',
    currency: 'EUR',
    monthlyCharges: 100_000,
    atRiskShare: 0.12,
    poolShare: 2,
    incentiveCapMonthlyShare: 0.05,
    incentiveCapAnnualShare: null,
    earnback: { mode: 'none', window: 3 },
    ratchet: { method: 'none', maxGapShare: null },
    termMonths: 36,
    serviceLevels: [serviceLevel({ id: 'sl-availability', name: 'Availability' })],
    ...overrides,
  };
}
