import { simulate } from '../../src/engine/simulation/monteCarlo';
import {
  defaultSliceTrials,
  type JobControl,
  runSimulationJob,
} from '../../src/runs/runSimulationJob';
import {
  type RunOutcome,
  type RunProgress,
  type SimulationRequest,
} from '../../src/runs/simulationRequest';
import { type ScenarioRunResults } from '../../src/runs/scenarioResults';
import {
  EXCELLENT,
  MISSED,
  normalScenario,
  OUR_OFFER,
  request,
  THEIR_COUNTER,
} from '../taskpane/support/negotiationFixtures';

function control(overrides: Partial<JobControl> = {}): JobControl & { progress: RunProgress[] } {
  const progress: RunProgress[] = [];
  return {
    progress,
    onProgress: (p) => progress.push(p),
    isCancelled: () => false,
    pause: async () => {},
    ...overrides,
  };
}

function completed(outcome: RunOutcome): ScenarioRunResults {
  if (outcome.kind !== 'completed')
    throw new Error(`expected a completed run, got ${JSON.stringify(outcome)}`);
  return outcome.results;
}

const net = (r: ScenarioRunResults, scenario: string, proposal: string) =>
  r.scenarios
    .find((s) => s.scenario.id === scenario)!
    .summary.proposals.find((p) => p.proposalId === proposal)!;

describe('runSimulationJob', () => {
  it('simulates every proposal under every scenario: constant performance gives the hand-computed nets', async () => {
    const r = completed(await runSimulationJob(request(), control({ sliceTrials: 64 })));
    expect(r.proposals).toEqual([
      { id: 'offer', name: 'Our offer' },
      { id: 'counter', name: 'Their counter' },
    ]);
    expect(r.scenarios.map((s) => s.scenario.name)).toEqual(['Excellent', 'Missed']);
    expect(net(r, 'excellent', 'offer').net.mean).toBeCloseTo(10_800, 6);
    expect(net(r, 'excellent', 'counter').net.mean).toBeCloseTo(13_500, 6);
    expect(net(r, 'missed', 'offer').net.mean).toBeCloseTo(-54_000, 6);
    expect(net(r, 'missed', 'counter').net.mean).toBeCloseTo(-67_500, 6);
    // Differences against the baseline (the first proposal), trial by trial: zero for the baseline itself.
    expect(net(r, 'excellent', 'counter').difference.mean).toBeCloseTo(2_700, 6);
    expect(net(r, 'excellent', 'offer').difference.mean).toBe(0);
    expect(r.serviceLevels).toEqual([{ id: 'sl-availability', name: 'Availability', unit: '%' }]);
    expect(r).toMatchObject({ seed: 7, trials: 200, currency: 'EUR', analysis: null });
  });

  it('gives exactly the figures of one engine run, however the trials are sliced', async () => {
    const scenario = normalScenario();
    const whole = simulate({
      proposals: [OUR_OFFER, THEIR_COUNTER],
      scenario,
      trials: 3_000,
      seed: 11,
    });
    if (!whole.ok) throw new Error(whole.error.message);
    const sliced = completed(
      await runSimulationJob(
        request({ scenarios: [scenario], trials: 3_000, seed: 11 }),
        control({ sliceTrials: 700 }),
      ),
    );
    expect(sliced.scenarios[0].summary).toEqual(whole.value);
    expect(whole.value.proposals[0].net.sd).toBeGreaterThan(0);
  });

  it('reports progress after every slice, ending at the whole comparison', async () => {
    const c = control({ sliceTrials: 50 });
    await runSimulationJob(request(), c);
    // 200 trials in slices of 50, two scenarios: 8 reports; the work counts trials of each of the 2 proposals.
    expect(c.progress.map((p) => p.completedTrials)).toEqual([
      50, 100, 150, 200, 250, 300, 350, 400,
    ]);
    expect(c.progress.at(-1)).toEqual({
      done: 800,
      total: 800,
      stage: 'Simulating Missed',
      completedTrials: 400,
      requestedTrials: 400,
    });
    expect(c.progress[0].stage).toBe('Simulating Excellent');
  });

  it('stops between slices when cancelled, keeping count of the trials completed', async () => {
    let slices = 0;
    const c = control({
      sliceTrials: 40,
      pause: async () => void slices++,
      isCancelled: () => slices >= 3,
    });
    const outcome = await runSimulationJob(request(), c);
    expect(outcome).toEqual({
      kind: 'cancelled',
      completedTrials: 120,
      requestedTrials: 400,
      results: null,
    });
  });

  it('fails with the engine message before simulating anything when a scenario lacks a critical level', async () => {
    const c = control();
    const outcome = await runSimulationJob(
      request({ scenarios: [EXCELLENT, { id: 'empty', name: 'Empty', assumptions: {} }] }),
      c,
    );
    expect(outcome).toEqual({
      kind: 'failed',
      message: expect.stringContaining(
        'Scenario "Empty" has no performance assumption for critical service level "Availability"',
      ),
    });
    expect(c.progress).toEqual([]);
  });

  it('refuses a run without scenarios and a trial count outside the engine limits', async () => {
    expect(await runSimulationJob(request({ scenarios: [] }), control())).toEqual({
      kind: 'failed',
      message: 'Nothing to simulate: no scenarios',
    });
    const tooMany = await runSimulationJob(request({ trials: 2_000_000 }), control());
    expect(tooMany).toEqual({
      kind: 'failed',
      message: expect.stringContaining('Trials must be a whole number from 1 to 1,000,000'),
    });
  });

  it('sizes slices to the work per trial', () => {
    const small: SimulationRequest = request();
    // 2 proposals × 1 level × 36 months = 72 cells a trial → 1.5 M / 72 = 20,833 trials a slice.
    expect(defaultSliceTrials(small)).toBe(20_833);
    const many = request({
      proposals: Array.from({ length: 40 }, (_, i) => ({ ...OUR_OFFER, id: `p${i}` })),
    });
    expect(defaultSliceTrials(many)).toBe(1_041);
  });
});

describe('the analyses', () => {
  const analysed = (scenarioId = 'excellent') =>
    request({
      scenarios: [EXCELLENT, MISSED],
      analysis: {
        proposalId: 'offer',
        scenarioId,
        breakEvenServiceLevelId: 'sl-availability',
        deltas: { 'sl-availability': 0.5 },
        monthlyCost: 80_000,
        targetMargin: 0.15,
      },
    });

  it('adds the tornado, the break-even level and the risk-priced fees of the chosen proposal and scenario', async () => {
    const c = control({ sliceTrials: 100 });
    const r = completed(await runSimulationJob(analysed(), c));
    const a = r.analysis!;
    expect(a.proposal).toEqual({ id: 'offer', name: 'Our offer' });
    expect(a.scenario).toEqual({ id: 'excellent', name: 'Excellent' });
    // 99.95 ± 0.5: worse 99.45 → band 99 (−50% of 3,000 = −1,500 a month); better 100 → +300 a month (unchanged).
    if (!a.sensitivity.ok) throw new Error(a.sensitivity.error.message);
    expect(a.sensitivity.value.baseNet).toBeCloseTo(10_800, 6);
    expect(a.sensitivity.value.bars).toHaveLength(1);
    expect(a.sensitivity.value.bars[0].worseChange).toBeCloseTo(-54_000 - 10_800, 6);
    expect(a.sensitivity.value.bars[0].betterChange).toBeCloseTo(0, 6);
    // Step bands: the net is zero on [99.5, 99.9); the search lands there.
    if (!a.breakEven.ok) throw new Error(a.breakEven.error.message);
    expect(a.breakEven.value.level).toBeGreaterThanOrEqual(99.5);
    expect(a.breakEven.value.level).toBeLessThan(99.9);
    expect(a.breakEven.value.net).toBe(0);
    // Fee F = C·M / ((1 − margin)·M + n), n = 0.12 × 0.25 × 0.1 × 36 = 0.108 per unit of charge, the same at every confidence.
    const fee = (80_000 * 36) / (0.85 * 36 + 0.108);
    expect(a.fees.map((f) => f.confidence)).toEqual([0.5, 0.8, 0.9]);
    for (const f of a.fees) {
      if (!f.fee.ok) throw new Error(f.fee.error.message);
      expect(f.fee.value.monthlyFee).toBeCloseTo(fee, 6);
      expect(f.fee.value.expectedMargin).toBeCloseTo(0.15, 9);
    }
    const last = c.progress.at(-1)!;
    expect(last.done).toBe(last.total);
    expect(c.progress.map((p) => p.stage)).toEqual(
      expect.arrayContaining([
        'Sensitivity of Our offer under Excellent',
        'Break-even of Availability',
        'Risk-priced fees',
      ]),
    );
  });

  it('keeps the finished comparison when the analyses are cancelled', async () => {
    let analysing = false;
    const c = control({
      sliceTrials: 100,
      onProgress: (p) => void (analysing ||= p.stage.startsWith('Sensitivity')),
      isCancelled: () => analysing,
    });
    const outcome = await runSimulationJob(analysed(), c);
    if (outcome.kind !== 'cancelled') throw new Error(`expected cancelled, got ${outcome.kind}`);
    expect(outcome.completedTrials).toBe(400);
    expect(outcome.results?.analysis).toBeNull();
    expect(outcome.results?.scenarios).toHaveLength(2);
  });

  it('hands the comparison over before the first analysis starts', async () => {
    const order: string[] = [];
    const c = control({
      sliceTrials: 100,
      onProgress: (p) => void order.push(p.stage.split(' ')[0]),
      onComparison: (results) =>
        void order.push(`comparison of ${results.scenarios.length} scenarios`),
    });
    const r = completed(await runSimulationJob(analysed(), c));
    const at = order.indexOf('comparison of 2 scenarios');
    expect(order.slice(0, at).every((stage) => stage === 'Simulating')).toBe(true);
    expect(order[at + 1]).toBe('Sensitivity');
    expect(r.scenarios).toHaveLength(2);
  });
});
