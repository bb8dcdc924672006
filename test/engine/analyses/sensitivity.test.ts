import { simulate } from '../../../src/engine/simulation/monteCarlo';
import { unwrap } from '../../../src/engine/rules/result';
import { sensitivity } from '../../../src/engine/analyses/sensitivity';
import { config, proposal, randomAssumptions, scenario, testContract } from '../simulationFixtures';

/** Availability (normal, higher is better) and P1 resolution hours (triangular, lower is better). */
describe('sensitivity (tornado)', () => {
  const result = unwrap(sensitivity({ simulation: config(), deltas: { p1: 0.5 } }));

  test('worse performance lowers the expected net and better raises it, for either direction', () => {
    expect(result.bars.map((b) => b.serviceLevelId).sort()).toEqual(['avail', 'p1']);
    for (const bar of result.bars) {
      expect(bar.worseNet).toBeLessThan(result.baseNet);
      expect(bar.betterNet).toBeGreaterThan(result.baseNet);
      expect(bar.worseChange).toBeCloseTo(bar.worseNet - result.baseNet, 9);
      expect(bar.swing).toBeCloseTo(bar.betterNet - bar.worseNet, 9);
    }
  });

  test('steps: a normal moves by its standard deviation, others by the given delta', () => {
    const byId = Object.fromEntries(result.bars.map((b) => [b.serviceLevelId, b]));
    expect(byId.avail.step).toBe(0.3);
    expect(byId.p1.step).toBe(0.5);
  });

  test('bars are sorted by swing, largest first', () => {
    const swings = result.bars.map((b) => Math.abs(b.swing));
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
  });

  test('the base case is the plain simulation; the moved runs are the simulation of the moved assumption (same seed)', () => {
    expect(result.baseNet).toBe(unwrap(simulate(config())).proposals[0].net.mean);
    const worseAvailability = {
      ...randomAssumptions,
      avail: { kind: 'normal' as const, mean: 99.55 - 0.3, sd: 0.3, rho: 0.3 },
    };
    const avail = result.bars.find((b) => b.serviceLevelId === 'avail');
    expect(avail?.worseNet).toBe(
      unwrap(simulate(config({ scenario: scenario(worseAvailability) }))).proposals[0].net.mean,
    );
  });

  test('key measurements and assumptions without a step are listed as omitted, with the reason', () => {
    const plain = unwrap(sensitivity({ simulation: config() }));
    expect(plain.bars.map((b) => b.serviceLevelId)).toEqual(['avail']);
    expect(plain.omitted).toEqual([
      {
        serviceLevelId: 'p1',
        name: 'P1 resolution',
        reason: 'no step: give a delta for a constant, series, triangular or resampled assumption',
      },
      {
        serviceLevelId: 'csat',
        name: 'Customer satisfaction',
        reason: 'key measurement: carries no money',
      },
    ]);
  });

  test('analyses the chosen proposal', () => {
    const c = config({
      proposals: [proposal('A'), proposal('B', testContract({ atRiskShare: 0.2 }))],
    });
    const a = unwrap(sensitivity({ simulation: c }));
    const b = unwrap(sensitivity({ simulation: c, proposalId: 'B' }));
    expect(b.proposalId).toBe('B');
    expect(Math.abs(b.bars[0].swing)).toBeGreaterThan(Math.abs(a.bars[0].swing));
  });

  test('invalid deltas, unknown proposals and missing assumptions are errors', () => {
    expect(sensitivity({ simulation: config(), deltas: { p1: -1 } }).ok).toBe(false);
    expect(sensitivity({ simulation: config(), proposalId: 'nope' }).ok).toBe(false);
    const noP1 = sensitivity({
      simulation: config({ scenario: scenario({ avail: randomAssumptions.avail }) }),
    });
    expect(noP1.ok || noP1.error.message).toBe(
      'Scenario "Test scenario" has no performance assumption for "P1 resolution"',
    );
  });

  test('progress runs across all runs; cancelling stops the analysis', () => {
    const seen: number[] = [];
    unwrap(
      sensitivity(
        { simulation: config({ progressEvery: 1_000 }) },
        { onProgress: (done, total) => seen.push(done / total) },
      ),
    );
    expect(seen[seen.length - 1]).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const cancelled = sensitivity(
      { simulation: config({ progressEvery: 500 }) },
      { shouldCancel: () => true },
    );
    expect(cancelled.ok || cancelled.error.message).toBe('Cancelled');
  });
});
