import { inProcessSimulationRunner } from '../../src/runs/inProcessSimulationRunner';
import { poolSizeFor } from '../../src/runs/poolSize';
import { type RunOutcome, type RunProgress } from '../../src/runs/simulationRequest';
import { type SimulationRequest } from '../../src/runs/simulationRequest';
import { MISSED, normalScenario, request } from '../taskpane/support/negotiationFixtures';

jest.setTimeout(60_000);

/** Two scenarios, one of them random, and every analysis of our offer under the random one. */
const analysed = (overrides: Partial<SimulationRequest> = {}) =>
  request({
    scenarios: [normalScenario(), MISSED],
    trials: 1_500,
    seed: 11,
    analysis: {
      proposalId: 'offer',
      scenarioId: 'uncertain',
      breakEvenServiceLevelId: 'sl-availability',
      deltas: {},
      monthlyCost: 80_000,
      targetMargin: 0.15,
    },
    ...overrides,
  });

async function runWith(poolSize: number, req: SimulationRequest, sliceTrials = 400) {
  const seen: RunProgress[] = [];
  const outcome = await inProcessSimulationRunner({ poolSize, sliceTrials }).run(req, (p) =>
    seen.push(p),
  ).result;
  return { outcome, seen };
}

function completedResults(outcome: RunOutcome) {
  if (outcome.kind !== 'completed') throw new Error(`expected completed, got ${outcome.kind}`);
  return outcome.results;
}

describe('progress with the results so far', () => {
  it.each([1, 3])(
    'carries the comparison before any analysis, then each analysis as it finishes (%i worker(s))',
    async (poolSize) => {
      const { outcome, seen } = await runWith(poolSize, analysed());
      const results = completedResults(outcome);
      const first = seen.findIndex((p) => p.partial !== undefined);
      expect(first).toBeGreaterThan(0);
      // Every comparison trial is done by then, and no analysis has finished.
      expect(seen[first].completedTrials).toBe(3_000);
      expect(seen.slice(0, first).every((p) => p.stage.startsWith('Simulating'))).toBe(true);
      expect(seen[first].partial!.comparison).toEqual({ ...results, analysis: null });
      const pending = seen[first + 1].partial!.analyses!;
      expect([pending.sensitivity, pending.breakEven, ...pending.fees.map((f) => f.fee)]).toEqual([
        null,
        null,
        null,
        null,
        null,
      ]);
      // The analyses fill in one by one, each as the final results have it.
      const last = seen.at(-1)!.partial!.analyses!;
      expect(last.sensitivity).toEqual(results.analysis!.sensitivity);
      expect(last.breakEven).toEqual(results.analysis!.breakEven);
      expect(last.fees).toEqual(results.analysis!.fees);
      const distinct = new Set(seen.map((p) => p.partial?.analyses).filter(Boolean));
      // Pending, then after each of sensitivity, break-even and the fees (priced together).
      expect(distinct.size).toBe(4);
    },
  );
});

describe('a pool of workers', () => {
  it('gives the results of one worker, to the last bit, with every analysis', async () => {
    // One worker takes each scenario in one piece; three take 400, 400, 400 and 300 trials.
    const one = completedResults((await runWith(1, analysed(), 1_500)).outcome);
    const pooled = completedResults((await runWith(3, analysed())).outcome);
    expect(pooled).toEqual(one);
  });

  it('gives the results of one worker for a run until precise', async () => {
    const precise = analysed({ trials: 20_000, precision: { target: 0.05 }, analysis: null });
    const one = completedResults((await runWith(1, precise, 20_000)).outcome);
    const pooled = completedResults((await runWith(2, precise, 700)).outcome);
    expect(pooled.precision).toBeDefined();
    expect(pooled).toEqual(one);
  });

  it('moves the progress bar to the end and reports every trial compared', async () => {
    const { seen } = await runWith(3, analysed({ analysis: null }));
    expect(seen.at(-1)).toMatchObject({ completedTrials: 3_000, requestedTrials: 3_000 });
    expect(seen.at(-1)!.done).toBe(seen.at(-1)!.total);
  });

  it('answers a cancel during the analyses at once, keeping the comparison and the analyses finished', async () => {
    const runner = inProcessSimulationRunner({ poolSize: 2, sliceTrials: 400 });
    let running: ReturnType<typeof runner.run> | null = null;
    let heard: RunProgress | null = null;
    running = runner.run(analysed({ trials: 3_000 }), (p) => {
      heard = p;
      // Cancel once the first analysis has finished: the fees, which a pool starts first.
      if (p.partial?.analyses?.fees.every((f) => f.fee !== null)) running?.cancel();
    });
    const outcome = await running.result;
    if (outcome.kind !== 'cancelled') throw new Error(`expected cancelled, got ${outcome.kind}`);
    expect(outcome.results?.scenarios).toHaveLength(2);
    expect(outcome.results?.analysis).toBeNull();
    expect(heard!.partial!.analyses!.fees.map((f) => f.fee?.ok)).toEqual([true, true, true]);
    expect(heard!.partial!.analyses!.sensitivity).toBeNull();
    // The runner is still usable: the stopped worker is replaced.
    expect((await runner.run(analysed({ analysis: null }), () => {}).result).kind).toBe(
      'completed',
    );
  });

  it('reports a failure in a scenario as the run’s outcome', async () => {
    const broken = { ...MISSED, id: 'broken', assumptions: {} };
    const { outcome } = await runWith(2, analysed({ scenarios: [normalScenario(), broken] }));
    expect(outcome.kind).toBe('failed');
  });
});

describe('the pool size', () => {
  it('uses every core, less one for the page beyond two, from one to eight', () => {
    expect([undefined, 0, 1, 2, 3, 4, 8, 9, 16, 64].map(poolSizeFor)).toEqual([
      1, 1, 1, 2, 2, 3, 7, 8, 8, 8,
    ]);
  });
});
