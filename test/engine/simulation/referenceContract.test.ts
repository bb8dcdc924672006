import { contractIssues } from '../../../src/engine/terms/contractValidation';
import { simulate } from '../../../src/engine/simulation/monteCarlo';
import {
  REFERENCE_FIGURES,
  referenceContract,
  referenceProposal,
  referenceScenario,
  REFERENCE_RHO,
} from '../../../src/engine/simulation/referenceContract';
import { unwrap } from '../../../src/engine/rules/result';

/**
 * docs/benchmark-model.md's reference contract, built from the general engine's pieces, lands on the
 * benchmark's figures. At 20,000 trials the standard error of the mean is about 0.3% and of P5/P95
 * well under 1%, so ±5% leaves room for sampling and still catches a wrong rule (a missing
 * earnback or cap moves the mean by far more).
 */
describe('the docs/benchmark-model.md reference contract', () => {
  test('is a valid contract of 20 SLs, 36 months, allocations totalling the 200% pool', () => {
    const c = referenceContract();
    expect(contractIssues(c)).toEqual([]);
    expect(c.serviceLevels).toHaveLength(20);
    expect(c.termMonths).toBe(36);
    expect(c.serviceLevels.reduce((sum, sl) => sum + sl.allocation, 0)).toBeCloseTo(2.0, 12);
    expect(c.serviceLevels.map((sl) => sl.direction).filter((d) => d === 'lower')).toHaveLength(7); // s = 0, 3, …, 18
  });

  test('the scenario is the spec: AR(1) normals, untruncated, means and sds by SL', () => {
    const { assumptions } = referenceScenario();
    expect(assumptions.sl0).toEqual({
      kind: 'normal',
      mean: 3.8,
      sd: 0.35,
      rho: REFERENCE_RHO,
      bounds: { lower: null, upper: null },
    });
    expect(assumptions.sl7).toEqual({
      kind: 'normal',
      mean: 0.992 - 0.0005 * 2,
      sd: 0.006,
      rho: 0.3,
      bounds: { lower: null, upper: null },
    });
    expect(assumptions.sl18).toMatchObject({ mean: 3.8 + 0.05 * 2 }); // 18 % 3 = 0: lower is better; 18 % 4 = 2
    expect(assumptions.sl19).toMatchObject({ mean: 0.992 - 0.0005 * 4 });
  });

  test('20,000 trials land within 5% of the benchmark figures', () => {
    const outcome = unwrap(
      simulate({
        proposals: [referenceProposal()],
        scenario: referenceScenario(),
        trials: 20_000,
        seed: 2024,
      }),
    ).proposals[0];
    const within = (actual: number, expected: number) =>
      expect(Math.abs(actual / expected - 1)).toBeLessThan(0.05);
    within(outcome.net.mean, REFERENCE_FIGURES.mean);
    within(outcome.net.p5, REFERENCE_FIGURES.p5);
    within(outcome.net.p95, REFERENCE_FIGURES.p95);
    // Net = incentives − credits + earnback, and the cap is essentially never reached in this contract.
    expect(outcome.net.mean).toBeCloseTo(
      outcome.expectedIncentives - outcome.expectedCredits + outcome.expectedEarnback,
      3,
    );
    expect(outcome.capHitProbability).toBeLessThan(0.001);
    expect(outcome.serviceLevels).toHaveLength(20);
  });
});
