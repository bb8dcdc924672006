import { breakEven } from '../../src/engine/analyses/breakEven';
import { sensitivity } from '../../src/engine/analyses/sensitivity';
import { unwrap } from '../../src/engine/rules/result';
import { type Interval } from '../../src/engine/simulation/precision';
import { type Scenario } from '../../src/engine/simulation/scenario';
import { type Proposal } from '../../src/engine/terms/proposal';
import { comparedTrials } from '../../src/runs/analysisTrials';
import { runAnalysisPart } from '../../src/runs/runAnalysis';
import { type SimulationRequest } from '../../src/runs/simulationRequest';
import { sampleContract } from '../../src/workbook/sampleModel';

/** The negotiation `npm run bench` times Compare on (bench/sampleNegotiation.ts), as a request. */
function sampleNegotiation(trials: number): SimulationRequest {
  const contract = sampleContract();
  const constant = Object.fromEntries(
    contract.serviceLevels.map((sl) => [sl.id, { kind: 'constant' as const, level: sl.expected }]),
  );
  const expected: Scenario = {
    id: 'expected',
    name: 'Expected',
    assumptions: { ...constant, availability: { kind: 'normal', mean: 99.6, sd: 0.25, rho: 0.3 } },
  };
  const stressed: Scenario = {
    id: 'stressed',
    name: 'Stressed',
    assumptions: {
      ...constant,
      availability: { kind: 'triangular', min: 98.4, mode: 99.3, max: 99.8 },
      'p1-resolution': { kind: 'normal', mean: 93, sd: 3 },
    },
  };
  const proposals: Proposal[] = [
    { id: 'current', name: contract.name, contract },
    { id: 'offer', name: 'Our offer', contract },
    { id: 'counter', name: 'Their counter', contract: { ...contract, atRiskShare: 0.15 } },
  ];
  return {
    proposals,
    scenarios: [expected, stressed],
    trials,
    seed: 1,
    analysis: {
      proposalId: 'current',
      scenarioId: 'expected',
      breakEvenServiceLevelId: 'availability',
      // The pane's steps (sensitivitySteps.ts): the gap to the minimum for a constant level.
      deltas: { 'p1-resolution': 5, 'mean-resolution': 4, csat: 0.4 },
      monthlyCost: 212_500,
      targetMargin: 0.15,
    },
  };
}

const within = (x: number, i: Interval | undefined) => i !== undefined && i.low <= x && x <= i.high;
const halfWidth = (i: Interval | undefined) => (i ? (i.high - i.low) / 2 : NaN);

describe('trials of the analyses that compare runs on the same random numbers', () => {
  test('a fifth of the run, at least 2,000, never more than the run', () => {
    expect(comparedTrials(10_000)).toBe(2_000);
    expect(comparedTrials(100_000)).toBe(20_000);
    expect(comparedTrials(1_000_000)).toBe(200_000);
    expect(comparedTrials(5_000)).toBe(2_000);
    expect(comparedTrials(1_500)).toBe(1_500);
    expect(comparedTrials(10_001)).toBe(2_001);
  });

  const request = sampleNegotiation(10_000);
  const analysis = request.analysis!;
  const simulation = (trials: number) => ({
    proposals: request.proposals,
    scenario: request.scenarios[0],
    trials,
    seed: request.seed,
  });

  test('at 10,000 trials the tornado and the break-even search take 2,000', () => {
    const part = (kind: 'sensitivity' | 'breakEven') => {
      const done = runAnalysisPart(request, analysis, { kind }, {});
      if ('failed' in done || done.part === 'fees') throw new Error('no result');
      return done.result.ok ? done.result.value.trials : NaN;
    };
    expect(part('sensitivity')).toBe(2_000);
    expect(part('breakEven')).toBe(2_000);
  });

  test('the tornado at a fifth of the trials: every net within its interval of the full-trial figure', () => {
    const few = unwrap(sensitivity({ simulation: simulation(1_000), deltas: analysis.deltas }));
    const all = unwrap(sensitivity({ simulation: simulation(5_000), deltas: analysis.deltas }));
    expect(within(all.baseNet, few.baseNetInterval)).toBe(true);
    expect(few.bars.map((b) => b.name)).toEqual(all.bars.map((b) => b.name));
    for (const [i, b] of few.bars.entries()) {
      const full = all.bars[i];
      expect(within(full.worseNet, b.worseNetInterval)).toBe(true);
      expect(within(full.betterNet, b.betterNetInterval)).toBe(true);
      // Shared random numbers: the changes agree more closely than the nets' intervals are wide.
      expect(Math.abs(b.worseChange - full.worseChange)).toBeLessThan(
        halfWidth(b.worseNetInterval) / 2,
      );
      expect(Math.abs(b.betterChange - full.betterChange)).toBeLessThan(
        halfWidth(b.betterNetInterval) / 2,
      );
    }
    // The intervals are those of the trials taken: about √5 times as wide as with all of them.
    const ratio = halfWidth(few.baseNetInterval) / halfWidth(all.baseNetInterval);
    expect(ratio).toBeGreaterThan(1.8);
    expect(ratio).toBeLessThan(2.8);
  });

  test('the break-even searched on a fifth of the trials is the full-trial one within its Monte Carlo error', () => {
    const request = { serviceLevelId: 'availability' };
    const few = unwrap(breakEven({ ...request, simulation: simulation(1_000) }));
    const all = unwrap(breakEven({ ...request, simulation: simulation(5_000) }));
    expect(few.level).toBeCloseTo(99.6444, 4);
    expect(all.level).toBeCloseTo(99.6453, 4);
    // How far the level can move: the net's interval over the slope of the net in the level.
    const { lower, upper, netAtLower, netAtUpper } = few.bracket;
    const slope = (netAtUpper - netAtLower) / (upper - lower);
    expect(Math.abs(few.level - all.level)).toBeLessThan(halfWidth(few.netInterval) / slope);
    expect(within(all.net, few.netInterval)).toBe(true);
  });
});
