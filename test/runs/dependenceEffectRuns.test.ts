import { simulate } from '../../src/engine/simulation/monteCarlo';
import { hasDependence, withoutDependence } from '../../src/engine/simulation/independentScenario';
import { unwrap } from '../../src/engine/rules/result';
import { runDependenceEffect } from '../../src/runs/dependenceEffectRuns';
import { inProcessSimulationRunner } from '../../src/runs/inProcessSimulationRunner';
import { proposal, scenario } from '../engine/simulationFixtures';

const assumptions = {
  avail: { kind: 'normal' as const, mean: 99.45, sd: 0.3, rho: 0.3 },
  p1: { kind: 'triangular' as const, min: 2.5, mode: 4, max: 6.5 },
  csat: { kind: 'constant' as const, level: 4.3 },
};
const correlated = scenario(assumptions, {
  correlations: [{ first: 'avail', second: 'p1', rho: 0.8 }],
  badMonth: { probability: 0.05, drops: { avail: 0.3 } },
});
const SETTINGS = { trials: 3_000, seed: 9 };
const proposals = [proposal('A'), proposal('B')];

describe('a scenario with and without its dependence', () => {
  test('what counts as dependence; the independent copy keeps everything else', () => {
    expect(hasDependence(correlated)).toBe(true);
    expect(hasDependence(scenario(assumptions))).toBe(false);
    expect(
      hasDependence(
        scenario(assumptions, { correlations: [{ first: 'avail', second: 'p1', rho: 0 }] }),
      ),
    ).toBe(false);
    expect(
      hasDependence(scenario(assumptions, { badMonth: { probability: 0.2, drops: {} } })),
    ).toBe(false);
    expect(withoutDependence(correlated, 'copy')).toEqual({ ...scenario(assumptions), id: 'copy' });
    expect(correlated.correlations).toHaveLength(1); // the original is untouched
  });

  test('the runner gives, per proposal, the figures of the two separate simulations', async () => {
    const outcome = await runDependenceEffect(
      inProcessSimulationRunner({ sliceTrials: 1_000 }),
      proposals,
      correlated,
      SETTINGS,
      () => undefined,
    ).result;
    if (outcome.kind !== 'completed') throw new Error(JSON.stringify(outcome));
    const direct = (s = correlated) => unwrap(simulate({ proposals, scenario: s, ...SETTINGS }));
    const [withIt, without] = [direct(), direct(withoutDependence(correlated))];
    expect(outcome.effect.rows.map((r) => r.proposal.name)).toEqual(['Proposal A', 'Proposal B']);
    outcome.effect.rows.forEach((row, i) => {
      expect(row.dependent.capHitProbability).toBe(withIt.proposals[i].capHitProbability);
      expect(row.dependent.p5Net).toBe(withIt.proposals[i].net.p5);
      expect(row.independent.capHitProbability).toBe(without.proposals[i].capHitProbability);
      expect(row.independent.p5Net).toBe(without.proposals[i].net.p5);
    });
    // Missing together: the cap is reached in more months and P5 is worse.
    const [row] = outcome.effect.rows;
    expect(row.dependent.expectedCapHitMonths).toBeGreaterThan(
      row.independent.expectedCapHitMonths,
    );
    expect(row.dependent.p5Net).toBeLessThan(row.independent.p5Net);
  });

  test('a scenario without dependence is refused with a message', async () => {
    const outcome = await runDependenceEffect(
      inProcessSimulationRunner(),
      proposals,
      scenario(assumptions),
      SETTINGS,
      () => undefined,
    ).result;
    expect(outcome).toEqual({
      kind: 'failed',
      message: 'Scenario "Test scenario" has no correlation and no bad month to compare.',
    });
  });
});
