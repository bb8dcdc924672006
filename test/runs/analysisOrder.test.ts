import { fail } from '../../src/engine/rules/result';
import { analysisWork, longestFirst, runAnalysis } from '../../src/runs/runAnalysis';
import { type SimulationWork } from '../../src/runs/simulationWork';
import { request } from '../taskpane/support/negotiationFixtures';

/** Work that computes nothing (each part fails at once) and records which analysis part was asked for, in order. */
function recordingWork(concurrency: number): SimulationWork & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    concurrency,
    extend: () => Promise.resolve({ kind: 'failed', message: 'not used' }),
    analysisPart: (_request, _analysis, part) => {
      asked.push(part.kind);
      const result = fail('na', 'not computed');
      return Promise.resolve({
        kind: 'done',
        done: part.kind === 'fees' ? { part: 'fees', fees: [] } : { part: part.kind, result },
      });
    },
  };
}

describe('the order the analyses start in', () => {
  test('longest first; equal ones keep their order', () => {
    expect(longestFirst([1.8, 2.4, 4])).toEqual([2, 1, 0]);
    expect(longestFirst([3, 1, 3])).toEqual([0, 2, 1]);
  });

  const analysed = request({
    trials: 10_000,
    analysis: {
      proposalId: 'offer',
      scenarioId: 'excellent',
      breakEvenServiceLevelId: 'sl-availability',
      deltas: { 'sl-availability': 0.5 },
      monthlyCost: 80_000,
      targetMargin: 0.15,
    },
  });
  const analysis = analysed.analysis!;

  test('a pool starts the fees (every trial) before the break-even and the tornado (a fifth)', async () => {
    const pool = recordingWork(2);
    await runAnalysis(analysed, analysis, pool, () => {});
    expect(pool.asked).toEqual(['fees', 'breakEven', 'sensitivity']);
    // 4 runs of 10,000 for the fees, 8 of 2,000 for the break-even, 3 of 2,000 for one level's tornado.
    expect(analysisWork(analysed, analysis)).toBe(40_000 + 16_000 + 6_000);
  });

  test('one thread computes them in the order the pane shows them', async () => {
    const one = recordingWork(1);
    await runAnalysis(analysed, analysis, one, () => {});
    expect(one.asked).toEqual(['sensitivity', 'breakEven', 'fees']);
  });
});
