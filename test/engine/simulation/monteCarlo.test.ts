import { compileContract } from '../../../src/engine/terms/compiledContract';
import { type Contract } from '../../../src/engine/terms/contract';
import { gainShare } from '../../../src/engine/rules/gainShare';
import { parseBands } from '../../../src/engine/rules/bands';
import {
  mergeResults,
  runTrials,
  simulate,
  type SimulationPartial,
} from '../../../src/engine/simulation/monteCarlo';
import { CURRENT_CONTRACT_ID, modelProposals } from '../../../src/engine/terms/proposal';
import { unwrap } from '../../../src/engine/rules/result';
import { MAX_TRIALS } from '../../../src/engine/simulation/simulationSetup';
import { summariseSimulation } from '../../../src/engine/simulation/simulationSummary';
import { createWorkspace, evaluateTerm } from '../../../src/engine/terms/termEvaluator';
import {
  availability,
  config,
  proposal,
  randomAssumptions,
  resolution,
  scenario,
  testContract,
} from '../simulationFixtures';

const summary = (partial: SimulationPartial) => summariseSimulation(partial);

describe('deterministic assumptions: the simulation is one evaluateTerm result with zero spread', () => {
  const series = [99.6, 99.2, 99.95, 98.7, 99.5];
  const assumptions = {
    avail: { kind: 'series' as const, values: series },
    p1: { kind: 'constant' as const, level: 4.4 },
    csat: { kind: 'constant' as const, level: 4.5 },
  };
  const outcome = unwrap(simulate(config({ scenario: scenario(assumptions), trials: 50 })))
    .proposals[0];

  // The same path by hand: series repeated cyclically over 36 months.
  const compiled = unwrap(compileContract(testContract()));
  const perf = new Float64Array(3 * 36);
  for (let m = 0; m < 36; m++) {
    perf[m] = series[m % series.length];
    perf[36 + m] = 4.4;
    perf[72 + m] = 4.5;
  }
  const ws = createWorkspace(compiled);
  const totals = { ...evaluateTerm(compiled, perf, ws) };

  test('net, credits, incentives and earnback equal the single evaluation', () => {
    expect(outcome.net.mean).toBe(totals.net);
    expect(outcome.expectedCredits).toBe(totals.credits);
    expect(outcome.expectedIncentives).toBe(totals.incentives);
    expect(outcome.expectedEarnback).toBe(totals.earnback);
    expect(outcome.customerCost.mean).toBe(100_000 * 36 + totals.net);
    expect(totals.credits).toBeGreaterThan(0); // the case is not trivial
  });

  test('no spread: sd 0 and P5 = P50 = P95 = mean; the histogram is one bin', () => {
    for (const d of [outcome.net, outcome.customerCost]) {
      expect(d.sd).toBe(0);
      expect([d.p5, d.p50, d.p95, d.min, d.max]).toEqual([d.mean, d.mean, d.mean, d.mean, d.mean]);
      expect(d.histogram.counts[0]).toBe(50);
    }
  });

  test('per-SL credits and earnback are those of the evaluation and add up to the totals', () => {
    expect(outcome.serviceLevels.map((s) => s.expectedCredits)).toEqual(Array.from(ws.slCredits));
    expect(outcome.serviceLevels.map((s) => s.expectedEarnback)).toEqual(Array.from(ws.slEarnback));
    const shares = outcome.serviceLevels.reduce((a, s) => a + s.shareOfCredits, 0);
    expect(shares).toBeCloseTo(1, 12);
    expect(outcome.serviceLevels[2]).toMatchObject({
      serviceLevelId: 'csat',
      expectedCredits: 0,
      shareOfCredits: 0,
    });
  });
});

describe('reproducibility and splitting', () => {
  test('the same seed gives identical results; another seed different ones', () => {
    const a = unwrap(simulate(config()));
    expect(unwrap(simulate(config()))).toEqual(a);
    expect(unwrap(simulate(config({ seed: 12 }))).proposals[0].net.mean).not.toBe(
      a.proposals[0].net.mean,
    );
  });

  test('trials split into ranges and merged in any order are bit-identical to a single run', () => {
    const c = config({
      proposals: [proposal('A'), proposal('B', testContract({ atRiskShare: 0.15 }))],
    });
    const whole = summary(unwrap(runTrials(c, 0, 2_000)));
    const parts = [
      [0, 700],
      [700, 701],
      [701, 2_000],
    ].map(([from, to]) => unwrap(runTrials(c, from, to)));
    expect(summary(mergeResults(mergeResults(parts[0], parts[1]), parts[2]))).toEqual(whole);
    expect(summary(mergeResults(parts[2], mergeResults(parts[1], parts[0])))).toEqual(whole);
  });

  test('the same holds beyond the exact-quantile capacity (120,000 trials, binned sketches)', () => {
    const small: Contract = testContract({ termMonths: 12, serviceLevels: [availability] });
    const c = config({ proposals: [proposal('S', small)], trials: 120_000 });
    const whole = summary(unwrap(runTrials(c, 0, 120_000)));
    const merged = summary(
      mergeResults(unwrap(runTrials(c, 60_000, 120_000)), unwrap(runTrials(c, 0, 60_000))),
    );
    expect(merged).toEqual(whole);
    expect(whole.completedTrials).toBe(120_000);
  });
});

describe('common random numbers across proposals', () => {
  test('a proposal compared with itself differs by exactly zero', () => {
    const s = unwrap(simulate(config({ proposals: [proposal('A'), proposal('A copy')] })));
    const [a, copy] = s.proposals;
    expect(copy.difference).toMatchObject({
      mean: 0,
      sd: 0,
      p5: 0,
      p50: 0,
      p95: 0,
      min: 0,
      max: 0,
    });
    expect(copy.probabilityHigherNet).toBe(0);
    expect(copy.net).toEqual(a.net);
    expect(a.net.sd).toBeGreaterThan(0);
  });

  test('a lower incentive cap never raises the net on any trial', () => {
    const s = unwrap(
      simulate(
        config({
          proposals: [
            proposal('A'),
            proposal('B', testContract({ incentiveCapMonthlyShare: 0.005 })),
          ],
        }),
      ),
    );
    const [a, b] = s.proposals;
    expect(b.difference.max).toBeLessThanOrEqual(0);
    expect(b.difference.min).toBeLessThan(0);
    expect(b.expectedCredits).toBe(a.expectedCredits);
    expect(b.difference.mean).toBeCloseTo(b.net.mean - a.net.mean, 6);
    expect(b.difference.mean).toBeLessThan(0);
  });

  test('each proposal sees its own service levels and term, in any order (paths follow SL ids)', () => {
    const reordered = testContract({ termMonths: 24, serviceLevels: [resolution, availability] });
    const together = unwrap(
      simulate(config({ proposals: [proposal('A'), proposal('R', reordered)] })),
    ).proposals[1];
    const alone = unwrap(simulate(config({ proposals: [proposal('R', reordered)] }))).proposals[0];
    expect(together.net).toEqual(alone.net);
    expect(together.serviceLevels.map((s) => s.serviceLevelId)).toEqual(['p1', 'avail']);
  });
});

describe('limits, validation, progress and cancellation', () => {
  test.each([0, MAX_TRIALS + 1, 2.5])('trials = %p is refused with a clear message', (trials) => {
    const r = simulate(config({ trials }));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.message).toBe(
        `Trials must be a whole number from 1 to 1,000,000, not ${trials}`,
      );
  });

  test('trial ranges outside the run, bad seeds and missing assumptions are refused', () => {
    expect(runTrials(config(), 10, 5).ok).toBe(false);
    expect(runTrials(config(), 0, 2_001).ok).toBe(false);
    expect(simulate(config({ seed: -1 })).ok).toBe(false);
    const missing = simulate(config({ scenario: scenario({ avail: randomAssumptions.avail }) }));
    expect(missing.ok || missing.error.message).toBe(
      'Scenario "Test scenario" has no performance assumption for critical service level "P1 resolution" (Proposal A)',
    );
    expect(simulate(config({ proposals: [] })).ok).toBe(false);
    expect(simulate(config({ proposals: [proposal('A'), proposal('A')] })).ok).toBe(false);
  });

  test('a key measurement without an assumption is simply not measured', () => {
    const rest = Object.fromEntries(
      Object.entries(randomAssumptions).filter(([id]) => id !== 'csat'),
    );
    expect(simulate(config({ scenario: scenario(rest) })).ok).toBe(true);
  });

  test('progress every K trials; cancellation keeps the completed trials', () => {
    const calls: number[] = [];
    const done = unwrap(
      runTrials(config({ progressEvery: 500 }), 0, 2_000, {
        onProgress: (n, total) => calls.push(n / total),
      }),
    );
    expect(calls).toEqual([0.25, 0.5, 0.75, 1]);
    expect(done.cancelled).toBe(false);
    let checks = 0;
    const stopped = unwrap(
      runTrials(config({ progressEvery: 300 }), 0, 2_000, { shouldCancel: () => ++checks === 2 }),
    );
    expect(stopped).toMatchObject({ cancelled: true, completedTrials: 600 });
    expect(stopped.proposals[0].count).toBe(600);
  });
});

describe('gain share per contract year, reported separately', () => {
  const shareBands = [
    { bound: 0, rate: 0.3 },
    { bound: 0.95, rate: 0.5 },
    { bound: 1.05, rate: 0.8 },
  ];
  const withGainShare = testContract({
    gainShare: { targetCostAnnual: 1_000_000, shareBands, painCap: 60_000, gainCap: null },
  });

  test('a constant actual cost gives each year gainShare(actual, target) and adds it to the customer cost', () => {
    const c = config({
      proposals: [proposal('G', withGainShare), proposal('A')],
      scenario: scenario(randomAssumptions, {
        actualCostAnnual: { kind: 'constant', level: 1_100_000 },
      }),
    });
    const [g, a] = unwrap(simulate(c)).proposals;
    const perYear = unwrap(
      gainShare(1_100_000, 1_000_000, unwrap(parseBands(shareBands)), {
        painCap: 60_000,
        gainCap: null,
      }),
    );
    expect(perYear).toBe(-60_000); // 25,000 + 40,000 capped at 60,000
    expect(g.gainShare).toMatchObject({ mean: 3 * perYear, sd: 0 });
    expect(g.customerCost.mean).toBeCloseTo(36 * 100_000 + g.net.mean + 3 * perYear, 6);
    expect(a.gainShare).toBeNull();
  });

  test('a random actual cost spreads the gain share; a partial final year is pro rata', () => {
    const c = config({
      proposals: [proposal('G', { ...withGainShare, termMonths: 30 })],
      scenario: scenario(randomAssumptions, {
        actualCostAnnual: { kind: 'normal', mean: 1_000_000, sd: 50_000 },
      }),
    });
    const g = unwrap(simulate(c)).proposals[0].gainShare;
    expect(g?.sd).toBeGreaterThan(0);
    expect(g?.min).toBeGreaterThanOrEqual(-60_000 * 2.5 - 1e-6); // two full years and a half year of pain cap
  });

  test('invalid gain-share terms are refused', () => {
    const bad = testContract({
      gainShare: { targetCostAnnual: 0, shareBands, painCap: null, gainCap: null },
    });
    const r = simulate(config({ proposals: [proposal('G', bad)] }));
    expect(r.ok || r.error.message).toMatch(/annual target cost must be a positive number/);
  });
});

test('modelProposals: the model contract first, then its proposals', () => {
  const contract = testContract();
  const other = proposal('counter', testContract({ atRiskShare: 0.12 }));
  expect(modelProposals({ contract, proposals: [other] }).map((p) => p.id)).toEqual([
    CURRENT_CONTRACT_ID,
    'counter',
  ]);
  expect(modelProposals({ contract })).toHaveLength(1);
});
