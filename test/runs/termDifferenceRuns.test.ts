import { CONTRACTS_PER_RUN } from '../../src/engine/analyses/customerCosts';
import { planTermDifferences, termEffectsUnder } from '../../src/engine/analyses/termDifferences';
import { unwrap } from '../../src/engine/rules/result';
import { type Contract } from '../../src/engine/terms/contract';
import { inProcessSimulationRunner } from '../../src/runs/inProcessSimulationRunner';
import { type RunProgress } from '../../src/runs/simulationRequest';
import { runTermDifferences, termDifferenceRequests } from '../../src/runs/termDifferenceRuns';
import {
  EXCELLENT,
  MISSED,
  normalScenario,
  OUR_OFFER,
  THEIR_COUNTER,
} from '../taskpane/support/negotiationFixtures';
import { serviceLevel, smallContract } from '../taskpane/support/testContracts';

const SETTINGS = { trials: 300, seed: 5 };
const plan = planTermDifferences(OUR_OFFER, THEIR_COUNTER);

describe('the scenario part of a term-by-term comparison', () => {
  it('gives, per scenario, the effects the engine computes in one go', async () => {
    const scenarios = [EXCELLENT, MISSED, normalScenario()];
    const seen: RunProgress[] = [];
    const outcome = await runTermDifferences(
      inProcessSimulationRunner({ sliceTrials: 100 }),
      plan,
      scenarios,
      SETTINGS,
      (p) => seen.push(p),
    ).result;
    if (outcome.kind !== 'completed') throw new Error(JSON.stringify(outcome));
    expect(outcome.scenarios.map((s) => s.scenario.name)).toEqual([
      'Excellent',
      'Missed',
      'Uncertain',
    ]);
    // Excellent (99.95, band +10%): 3,000 more at risk × 25% × 10% × 36 months = +2,700;
    // Missed (99.2, band −50%): 3,000 × 25% × −50% × 36 = −13,500.
    expect(outcome.scenarios[0].effects.single[0]).toBeCloseTo(2_700, 6);
    expect(outcome.scenarios[1].effects.single[0]).toBeCloseTo(-13_500, 6);
    for (const [s, scenario] of scenarios.entries())
      expect(outcome.scenarios[s].effects).toEqual(
        unwrap(termEffectsUnder(plan, scenario, SETTINGS)),
      );
    expect(seen[seen.length - 1].done).toBe(seen[seen.length - 1].total);
  });

  it('splits more contracts than a run takes into runs of the same seed', async () => {
    // One allocation difference per service level: more single-difference contracts than a run takes.
    const levels = Array.from({ length: CONTRACTS_PER_RUN }, (_, i) =>
      serviceLevel({ id: `sl-${i}`, name: `Level ${i}`, allocation: 0.01 }),
    );
    const left: Contract = smallContract({ serviceLevels: levels, termMonths: 3 });
    const right: Contract = {
      ...left,
      serviceLevels: levels.map((sl) => ({ ...sl, allocation: 0.02 })),
    };
    const big = planTermDifferences(
      { id: 'l', name: 'Left', contract: left },
      { id: 'r', name: 'Right', contract: right },
    );
    const scenario = {
      id: 'flat',
      name: 'Flat',
      assumptions: Object.fromEntries(
        levels.map((sl) => [sl.id, { kind: 'constant' as const, level: 99.2 }]),
      ),
    };
    const requests = termDifferenceRequests(big, [scenario], SETTINGS);
    expect(requests.map((r) => r.proposals.length)).toEqual([CONTRACTS_PER_RUN, 2]);
    expect(requests.every((r) => r.seed === 5 && r.analysis === null)).toBe(true);
    const outcome = await runTermDifferences(
      inProcessSimulationRunner(),
      big,
      [scenario],
      SETTINGS,
      () => {},
    ).result;
    if (outcome.kind !== 'completed') throw new Error(JSON.stringify(outcome));
    // Each level at 99.2 (band −50%) credits 1% more of 12,000 at risk: −60 a month, 3 months.
    expect(outcome.scenarios[0].effects.single).toHaveLength(CONTRACTS_PER_RUN);
    for (const x of outcome.scenarios[0].effects.single) expect(x).toBeCloseTo(-180, 6);
  });

  it('stops when cancelled', async () => {
    let running: ReturnType<typeof runTermDifferences> | null = null;
    running = runTermDifferences(
      inProcessSimulationRunner({ sliceTrials: 1_000 }),
      plan,
      [normalScenario()],
      { trials: 1_000_000, seed: 1 },
      () => running?.cancel(),
    );
    expect((await running.result).kind).toBe('cancelled');
  });
});
