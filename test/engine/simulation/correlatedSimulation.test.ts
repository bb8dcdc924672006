import { mergeResults, runTrials, simulate } from '../../../src/engine/simulation/monteCarlo';
import { type PerformanceAssumption } from '../../../src/engine/simulation/performanceAssumption';
import { summariseSimulation } from '../../../src/engine/simulation/simulationSummary';
import { unwrap } from '../../../src/engine/rules/result';
import {
  availability,
  config,
  proposal,
  resolution,
  satisfaction,
  scenario,
  testContract,
} from '../simulationFixtures';

const assumptions: Record<string, PerformanceAssumption> = {
  avail: { kind: 'normal', mean: 99.45, sd: 0.3, rho: 0.3 },
  p1: { kind: 'triangular', min: 2.5, mode: 4, max: 6.5 },
  csat: { kind: 'normal', mean: 4.3, sd: 0.2 },
};
const missTogether = [{ first: 'avail', second: 'p1', rho: 0.8 }];

describe('correlation 1 between two identical service levels behaves as one with their combined allocation', () => {
  // csat carries no money; correlating it with availability puts availability in the copula in
  // both runs, so availability's path is the same draw in each.
  const one = testContract();
  const two = testContract({
    serviceLevels: [
      { ...availability, allocation: 0.35 },
      { ...availability, id: 'avail2', name: 'Availability (second half)', allocation: 0.25 },
      resolution,
      satisfaction,
    ],
  });
  const run = (contract = one, correlations = [{ first: 'avail', second: 'csat', rho: 0.5 }]) =>
    unwrap(
      simulate(
        config({
          proposals: [proposal('A', contract)],
          scenario: scenario({ ...assumptions, avail2: assumptions.avail }, { correlations }),
          trials: 4_000,
        }),
      ),
    ).proposals[0];
  const single = run();
  const split = run(two, [
    { first: 'avail', second: 'avail2', rho: 1 },
    { first: 'avail', second: 'csat', rho: 0.5 },
    { first: 'avail2', second: 'csat', rho: 0.5 },
  ]);

  test('the same net, trial for trial: mean, percentiles and cap hits', () => {
    expect(split.net.mean).toBeCloseTo(single.net.mean, 6);
    expect(split.net.p5).toBeCloseTo(single.net.p5, 6);
    expect(split.net.p95).toBeCloseTo(single.net.p95, 6);
    expect(split.capHitProbability).toBe(single.capHitProbability);
    expect(split.expectedCredits).toBeCloseTo(single.expectedCredits, 6);
    // Not a trivial case: credits are paid and the cap is reached in some trials.
    expect(single.expectedCredits).toBeGreaterThan(10_000);
    expect(single.capHitProbability).toBeGreaterThan(0);
  });
});

describe('dependence keeps the simulation exact where it must be', () => {
  const dependent = scenario(assumptions, {
    correlations: missTogether,
    badMonth: { probability: 0.1, drops: { avail: 0.4, p1: 1.5 } },
  });

  test('a proposal against itself differs by exactly 0 (common random numbers)', () => {
    const run = unwrap(
      simulate(config({ proposals: [proposal('A'), proposal('B')], scenario: dependent })),
    );
    const b = run.proposals[1];
    expect([b.difference.mean, b.difference.sd, b.difference.min, b.difference.max]).toEqual([
      0, 0, 0, 0,
    ]);
    expect(b.probabilityHigherNet).toBe(0);
    expect(b.net).toEqual(run.proposals[0].net);
  });

  test('a run split in two is bit-identical to one run', () => {
    const c = config({ scenario: dependent, trials: 3_000 });
    const whole = summariseSimulation(unwrap(runTrials(c, 0, 3_000)));
    const parts = mergeResults(unwrap(runTrials(c, 0, 1_100)), unwrap(runTrials(c, 1_100, 3_000)));
    expect(summariseSimulation(parts)).toEqual(whole);
  });
});

describe('why correlation matters: missing together reaches the cap more often', () => {
  const run = (over = {}) =>
    unwrap(simulate(config({ scenario: scenario(assumptions, over), trials: 20_000 })))
      .proposals[0];
  const independent = run();
  const correlated = run({ correlations: missTogether });
  const shocked = run({ badMonth: { probability: 0.15, drops: { avail: 0.5, p1: 2 } } });

  test('same levels month by month, but the cap binds in more months and P5 is worse', () => {
    expect(correlated.expectedCapHitMonths).toBeGreaterThan(independent.expectedCapHitMonths * 1.2);
    expect(correlated.net.p5).toBeLessThan(independent.net.p5);
    // Each service level's own distribution is unchanged, so its expected credits move only
    // through the cap, which now takes a larger share of months where both miss.
    const slCredits = (o: typeof independent, id: string) =>
      o.serviceLevels.find((s) => s.serviceLevelId === id)?.expectedCredits ?? NaN;
    expect(slCredits(correlated, 'avail') / slCredits(independent, 'avail')).toBeCloseTo(1, 1);
  });

  test("bad months push the provider's net down", () => {
    expect(shocked.net.mean).toBeLessThan(independent.net.mean);
    expect(shocked.capHitProbability).toBeGreaterThan(independent.capHitProbability);
  });
});

describe('checked against the service levels of the run', () => {
  test.each([
    [
      { correlations: [{ first: 'avail', second: 'p1', rho: 1.5 }] },
      'must be between −1 and 1, not 1.5',
    ],
    [
      { badMonth: { probability: 1.5, drops: { avail: 0.5 } } },
      'probability must be between 0 and 1',
    ],
    [
      { badMonth: { probability: 0.1, drops: { avail: -1 } } },
      'drop of "Availability" must be a number ≥ 0',
    ],
  ])('refused with a message that names the scenario: %j', (over, message) => {
    const result = simulate(config({ scenario: scenario(assumptions, over) }));
    expect(result.ok ? '' : result.error.message).toContain(`Scenario "Test scenario": `);
    expect(result.ok ? '' : result.error.message).toContain(message);
  });

  test('a pair or a drop naming a service level no contract of the run has is left out', () => {
    const run = (over = {}) =>
      unwrap(simulate(config({ scenario: scenario(assumptions, over) }))).proposals[0];
    expect(
      run({
        correlations: [...missTogether, { first: 'avail', second: 'elsewhere', rho: 0.3 }],
        badMonth: { probability: 0.1, drops: { avail: 0.4, elsewhere: 1 } },
      }),
    ).toEqual(
      run({ correlations: missTogether, badMonth: { probability: 0.1, drops: { avail: 0.4 } } }),
    );
  });
});
