import { type VolumePricingTerm } from '../../../src/engine/terms/contract';
import { type PerformanceAssumption } from '../../../src/engine/simulation/performanceAssumption';
import {
  mergeResults,
  runTrials,
  simulate,
  type SimulationPartial,
} from '../../../src/engine/simulation/monteCarlo';
import { unwrap } from '../../../src/engine/rules/result';
import { type SimulationConfig } from '../../../src/engine/simulation/simulationSetup';
import { summariseSimulation } from '../../../src/engine/simulation/simulationSummary';
import { config, proposal, randomAssumptions, scenario, testContract } from '../simulationFixtures';

/** Tickets: the first 1,000 a month at 5, every one beyond at 4. */
const tickets = (over: Partial<VolumePricingTerm> = {}): VolumePricingTerm => ({
  id: 'tickets',
  name: 'Tickets resolved',
  unit: 'ticket',
  method: 'graduated',
  tiers: [
    { bound: 0, rate: 5 },
    { bound: 1_000, rate: 4 },
  ],
  ...over,
});

const priced = (id: string, ...volumePricing: VolumePricingTerm[]) =>
  proposal(id, testContract({ volumePricing }));

/** The fixtures' random performance, with units of volume terms as given. */
const withUnits = (volumes: Record<string, PerformanceAssumption>): SimulationConfig['scenario'] =>
  scenario(randomAssumptions, { volumes });

const run = (c: SimulationConfig) => unwrap(simulate(c)).proposals;

describe('volume charges on constant units are exact', () => {
  const units = (level: number) => withUnits({ tickets: { kind: 'constant', level } });

  test('graduated and all-units, above and at a tier bound', () => {
    const [graduated, allUnits] = run(
      config({
        proposals: [priced('G', tickets()), priced('U', tickets({ method: 'allunits' }))],
        scenario: units(1_500),
      }),
    );
    // Graduated: 1,000 × 5 + 500 × 4 = 7,000 a month × 36 = 252,000; all units: 1,500 × 4 × 36.
    expect(graduated.volumeCharges).toMatchObject({ mean: 252_000, sd: 0, p5: 252_000 });
    expect(allUnits.volumeCharges).toMatchObject({ mean: 216_000, sd: 0, p95: 216_000 });

    const [atBoundG, atBoundU] = run(
      config({
        proposals: [priced('G', tickets()), priced('U', tickets({ method: 'allunits' }))],
        scenario: units(1_000),
      }),
    );
    // Exactly 1,000 units: graduated all in the first tier (5,000), all units reach the 4 tier (4,000).
    expect(atBoundG.volumeCharges?.mean).toBe(5_000 * 36);
    expect(atBoundU.volumeCharges?.mean).toBe(4_000 * 36);
  });

  test('the customer pays the volume charges on top of charges, net and gain share', () => {
    const [plain, withVolume] = run(
      config({ proposals: [proposal('P'), priced('V', tickets())], scenario: units(1_500) }),
    );
    expect(plain.volumeCharges).toBeNull();
    // Common random numbers: the same net every trial, so the costs differ by the charges alone.
    expect(withVolume.net).toEqual(plain.net);
    expect(withVolume.customerCost.mean - plain.customerCost.mean).toBeCloseTo(252_000, 6);
    expect(withVolume.customerCost.p50 - plain.customerCost.p50).toBeCloseTo(252_000, 6);
  });

  test('a term the scenario assumes no units for charges nothing', () => {
    const [outcome] = run(config({ proposals: [priced('V', tickets())] }));
    expect(outcome.volumeCharges).toMatchObject({ mean: 0, sd: 0, max: 0 });
  });
});

describe('volume charges on random units', () => {
  const normalUnits = withUnits({ tickets: { kind: 'normal', mean: 1_200, sd: 300, rho: 0.4 } });

  test('a proposal with every tier 0.50 cheaper costs 0.50 × the units less, trial by trial', () => {
    // A single tier at 1 per unit charges exactly the units, so its mean is the mean units over
    // the term; every graduated tier 0.50 cheaper takes 0.50 off each unit.
    const perUnit = tickets({ tiers: [{ bound: 0, rate: 1 }] });
    const cheaper = tickets({
      tiers: [
        { bound: 0, rate: 4.5 },
        { bound: 1_000, rate: 3.5 },
      ],
    });
    const [ours, theirs, count] = run(
      config({
        proposals: [priced('A', tickets()), priced('B', cheaper), priced('N', perUnit)],
        scenario: normalUnits,
      }),
    );
    const unitsOverTerm = count.volumeCharges?.mean ?? NaN;
    expect(count.volumeCharges?.sd).toBeGreaterThan(0);
    // Truncated at zero units, the mean stays close to 1,200 a month.
    expect(unitsOverTerm / 36).toBeGreaterThan(1_150);
    expect(unitsOverTerm / 36).toBeLessThan(1_250);
    const saved = (ours.volumeCharges?.mean ?? NaN) - (theirs.volumeCharges?.mean ?? NaN);
    expect(saved).toBeCloseTo(0.5 * unitsOverTerm, 4);
    expect(ours.customerCost.mean - theirs.customerCost.mean).toBeCloseTo(0.5 * unitsOverTerm, 4);
  });

  test('proposals with the same volume terms see the same units', () => {
    const [a, b] = run(
      config({
        proposals: [priced('A', tickets()), priced('B', tickets())],
        scenario: normalUnits,
      }),
    );
    expect(b.volumeCharges).toEqual(a.volumeCharges);
    expect(a.volumeCharges?.sd).toBeGreaterThan(0);
  });

  test('split runs merge to the single run, volume charges included', () => {
    const c = config({ proposals: [priced('A', tickets())], scenario: normalUnits, trials: 600 });
    const parts: SimulationPartial[] = [
      unwrap(runTrials(c, 0, 250)),
      unwrap(runTrials(c, 250, 600)),
    ];
    const merged = summariseSimulation(mergeResults(parts[0], parts[1]));
    expect(merged).toEqual(unwrap(simulate(c)));
  });
});

describe('contracts without volume terms are simulated exactly as before', () => {
  test('units in the scenario, or a priced proposal beside it, change nothing of a plain proposal', () => {
    const [alone] = run(config());
    const [withScenarioUnits] = run(
      config({ scenario: withUnits({ tickets: { kind: 'normal', mean: 900, sd: 100 } }) }),
    );
    const [beside] = run(
      config({
        proposals: [proposal('A'), priced('V', tickets())],
        scenario: withUnits({ tickets: { kind: 'normal', mean: 900, sd: 100 } }),
      }),
    );
    expect(withScenarioUnits).toEqual(alone);
    expect(beside).toEqual(alone);
    expect(alone.volumeCharges).toBeNull();
  });
});

describe('a units assumption is checked as a count', () => {
  test.each([
    [
      { kind: 'constant', level: -5 } as const,
      'constant level -5 is outside the valid range [0, ∞]',
    ],
    [
      { kind: 'normal', mean: 100, sd: 10, bounds: { lower: -50, upper: null } } as const,
      'units cannot be negative: the lower bound must be ≥ 0',
    ],
  ])('%j', (assumption, message) => {
    const result = simulate(
      config({ proposals: [priced('V', tickets())], scenario: withUnits({ tickets: assumption }) }),
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'value',
        message: `Scenario "Test scenario", units of Tickets resolved: ${message}`,
      },
    });
  });
});
