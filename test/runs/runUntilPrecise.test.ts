import { type JobControl, runSimulationJob } from '../../src/runs/runSimulationJob';
import { type RunOutcome, type RunProgress } from '../../src/runs/simulationRequest';
import { type ScenarioRunResults } from '../../src/runs/scenarioResults';
import { relativeHalfWidth } from '../../src/engine/simulation/precisionTarget';
import { EXCELLENT, normalScenario, request } from '../taskpane/support/negotiationFixtures';

function control(overrides: Partial<JobControl> = {}): JobControl & { progress: RunProgress[] } {
  const progress: RunProgress[] = [];
  return {
    progress,
    onProgress: (p) => progress.push(p),
    isCancelled: () => false,
    pause: async () => {},
    sliceTrials: 1_500,
    ...overrides,
  };
}

function completed(outcome: RunOutcome): ScenarioRunResults {
  if (outcome.kind !== 'completed') throw new Error(`expected a completed run: ${outcome.kind}`);
  return outcome.results;
}

/** The chosen figures' relative half-widths in a run's results (floor: a tenth of 100,000). */
const relativeWidths = (r: ScenarioRunResults) =>
  r.scenarios.flatMap((s) =>
    s.summary.proposals.flatMap((o) =>
      [
        [o.net.mean, o.net.precision.mean],
        [o.net.p5, o.net.precision.p5],
      ].map(([estimate, interval]) =>
        relativeHalfWidth({
          scenario: s.scenario.name,
          proposal: o.name,
          figure: 'expected net',
          estimate: estimate as number,
          interval: interval as { low: number; high: number },
          floor: 10_000,
        }),
      ),
    ),
  );

describe('run until precise', () => {
  const scenarios = [normalScenario(), EXCELLENT];

  test('stops once every expected net and P5 net is within ±2 %, with the figures of a fixed run of as many trials', async () => {
    const precise = completed(
      await runSimulationJob(
        request({ scenarios, trials: 200_000, seed: 3, precision: { target: 0.02 } }),
        control(),
      ),
    );
    expect(precise.precision).toMatchObject({ target: 0.02, cap: 200_000, reached: true });
    expect(precise.trials).toBeLessThan(200_000);
    expect(precise.trials).toBeGreaterThanOrEqual(2_000);
    for (const w of relativeWidths(precise)) expect(w).toBeLessThanOrEqual(0.02);
    expect(precise.precision?.worst?.relative).toBe(Math.max(...relativeWidths(precise)));

    const fixed = completed(
      await runSimulationJob(
        request({ scenarios, trials: precise.trials, seed: 3 }),
        control({ sliceTrials: 4_096 }),
      ),
    );
    const { precision, ...rest } = precise;
    expect(precision).toBeDefined();
    expect(rest).toEqual(fixed);
    expect(fixed.precision).toBeUndefined();
  });

  test('stops at the cap when the target is out of reach, and says how precise the worst figure got', async () => {
    const capped = completed(
      await runSimulationJob(
        request({ scenarios, trials: 3_000, seed: 3, precision: { target: 0.001 } }),
        control(),
      ),
    );
    expect(capped.trials).toBe(3_000);
    expect(capped.precision?.reached).toBe(false);
    expect(capped.precision?.worst?.relative).toBeGreaterThan(0.001);
    expect(capped.precision?.worst).toMatchObject({ scenario: 'Uncertain' });
    const fixed = completed(
      await runSimulationJob(request({ scenarios, trials: 3_000, seed: 3 }), control()),
    );
    expect(capped.scenarios).toEqual(fixed.scenarios);
  });

  test('progress counts up toward the cap, and a cancel stops the run between slices', async () => {
    let slices = 0;
    const c = control({
      onProgress: () => slices++,
      isCancelled: () => slices >= 3,
    });
    const outcome = await runSimulationJob(
      request({ scenarios, trials: 200_000, seed: 3, precision: { target: 0.001 } }),
      c,
    );
    expect(outcome).toEqual({
      kind: 'cancelled',
      // To the first check at 2,000: Uncertain in slices of 1,500 and 500, then Excellent's first 1,500.
      completedTrials: 1_500 + 500 + 1_500,
      requestedTrials: 2 * 200_000,
      results: null,
    });
  });

  test('progress reports rise and name the stage', async () => {
    const c = control();
    await runSimulationJob(
      request({ scenarios, trials: 20_000, seed: 3, precision: { target: 0.05 } }),
      c,
    );
    const done = c.progress.map((p) => p.completedTrials);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(c.progress[0]).toMatchObject({
      stage: 'Simulating Uncertain until precise',
      completedTrials: 1_500,
      requestedTrials: 40_000,
    });
  });
});
