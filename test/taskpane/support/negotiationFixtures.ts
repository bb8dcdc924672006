import { type Contract } from '../../../src/engine/terms/contract';
import { type PerformanceAssumption } from '../../../src/engine/simulation/performanceAssumption';
import { type Proposal } from '../../../src/engine/terms/proposal';
import { type Scenario } from '../../../src/engine/simulation/scenario';
import { type SimulationRequest } from '../../../src/runs/simulationRequest';
import { smallContract } from './testContracts';

/**
 * Two proposals of the small contract (one availability level, allocation 25%, charges 100,000,
 * incentive cap 5% a month, 36 months) that differ only in the at-risk share, and scenarios whose
 * money is computable by hand:
 * - availability constant at 99.95 → band 99.9, rate +10%: 12% at risk → 12,000 × 25% × 10% = 300
 *   a month, 10,800 over the term; 15% at risk → 375 a month, 13,500 over the term;
 * - constant at 99.2 → band 99, rate −50%: 12% → −1,500 a month, −54,000; 15% → −67,500.
 */
export const OUR_OFFER: Proposal = { id: 'offer', name: 'Our offer', contract: smallContract() };
export const THEIR_COUNTER: Proposal = {
  id: 'counter',
  name: 'Their counter',
  contract: smallContract({ atRiskShare: 0.15 }),
};

export const constantScenario = (id: string, name: string, level: number): Scenario => ({
  id,
  name,
  assumptions: { 'sl-availability': { kind: 'constant', level } },
});

export const EXCELLENT = constantScenario('excellent', 'Excellent', 99.95);
export const MISSED = constantScenario('missed', 'Missed', 99.2);

export const normalScenario = (assumption: Partial<PerformanceAssumption> = {}): Scenario => ({
  id: 'uncertain',
  name: 'Uncertain',
  assumptions: {
    'sl-availability': {
      kind: 'normal',
      mean: 99.5,
      sd: 0.3,
      rho: 0.3,
      ...assumption,
    } as PerformanceAssumption,
  },
});

export function request(overrides: Partial<SimulationRequest> = {}): SimulationRequest {
  return {
    proposals: [OUR_OFFER, THEIR_COUNTER],
    scenarios: [EXCELLENT, MISSED],
    trials: 200,
    seed: 7,
    analysis: null,
    ...overrides,
  };
}

export function withContract(p: Proposal, changes: Partial<Contract>): Proposal {
  return { ...p, contract: { ...p.contract, ...changes } };
}
