/**
 * Small contracts and scenarios for the simulation tests. Not a test file itself.
 *
 * The contract: charges 100,000/month, at risk 10% (10,000), pool 200%, 36 months, three SLs —
 * availability % (higher, expected 99.5, allocation 60%), P1 resolution hours (lower, expected 4,
 * allocation 80%) on attainment bands with an incentive band, and a key measurement (no money).
 */
import { type Contract, type ServiceLevel } from '../../src/engine/terms/contract';
import { type PerformanceAssumption } from '../../src/engine/simulation/performanceAssumption';
import { type Proposal } from '../../src/engine/terms/proposal';
import { type Scenario } from '../../src/engine/simulation/scenario';
import { type SimulationConfig } from '../../src/engine/simulation/simulationSetup';

export const availability: ServiceLevel = {
  id: 'avail',
  name: 'Availability',
  unit: '%',
  direction: 'higher',
  expected: 99.5,
  minimum: 99,
  allocation: 0.6,
  critical: true,
  bands: {
    basis: 'performance',
    method: 'step',
    rows: [
      { bound: 0, rate: -1 },
      { bound: 99, rate: -0.5 },
      { bound: 99.5, rate: 0 },
      { bound: 99.9, rate: 0.2 },
    ],
  },
};

export const resolution: ServiceLevel = {
  id: 'p1',
  name: 'P1 resolution',
  unit: 'hours',
  direction: 'lower',
  expected: 4,
  minimum: null,
  allocation: 0.8,
  critical: true,
  bands: {
    basis: 'attainment',
    method: 'linear',
    rows: [
      { bound: 0.8, rate: -1 },
      { bound: 1, rate: 0 },
      { bound: 1.2, rate: 0.25 },
    ],
  },
};

export const satisfaction: ServiceLevel = {
  id: 'csat',
  name: 'Customer satisfaction',
  unit: 'points',
  direction: 'higher',
  expected: 4.2,
  minimum: null,
  allocation: 0,
  critical: false,
  bands: { basis: 'performance', method: 'step', rows: [{ bound: 0, rate: 0 }] },
};

export function testContract(over: Partial<Contract> = {}): Contract {
  return {
    name: 'Test contract',
    currency: 'USD',
    monthlyCharges: 100_000,
    atRiskShare: 0.1,
    poolShare: 2,
    incentiveCapMonthlyShare: 0.02,
    incentiveCapAnnualShare: null,
    earnback: { mode: 'annualAverage', window: 0 },
    ratchet: { method: 'none', maxGapShare: null },
    termMonths: 36,
    serviceLevels: [availability, resolution, satisfaction],
    ...over,
  };
}

export const proposal = (id: string, contract: Contract = testContract()): Proposal => ({
  id,
  name: `Proposal ${id}`,
  contract,
});

export function scenario(
  assumptions: Record<string, PerformanceAssumption>,
  over: Partial<Scenario> = {},
): Scenario {
  return { id: 'scenario', name: 'Test scenario', assumptions, ...over };
}

/** Random performance for both money-carrying SLs, within their valid ranges. */
export const randomAssumptions: Record<string, PerformanceAssumption> = {
  avail: { kind: 'normal', mean: 99.55, sd: 0.3, rho: 0.3 },
  p1: { kind: 'triangular', min: 2.5, mode: 3.8, max: 6 },
  csat: { kind: 'constant', level: 4.3 },
};

export function config(over: Partial<SimulationConfig> = {}): SimulationConfig {
  return {
    proposals: [proposal('A')],
    scenario: scenario(randomAssumptions),
    trials: 2_000,
    seed: 11,
    ...over,
  };
}
