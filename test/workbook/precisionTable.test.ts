import { runTrials } from '../../src/engine/simulation/monteCarlo';
import { unwrap } from '../../src/engine/rules/result';
import { NET } from '../../src/engine/simulation/proposalTally';
import { exactValue } from '../../src/engine/simulation/exactSum';
import { momentMean } from '../../src/engine/simulation/streamingMoments';
import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import { writeScenarioResults } from '../../src/workbook/scenarioSheet';
import { runSimulationJob } from '../../src/runs/runSimulationJob';
import { type ScenarioRunResults } from '../../src/runs/scenarioResults';
import {
  normalScenario,
  OUR_OFFER,
  request,
  THEIR_COUNTER,
} from '../taskpane/support/negotiationFixtures';

/**
 * OM_Scenarios carries each simulated figure's 95 % interval. The expected values come by another
 * route: every trial simulated on its own (runTrials of one trial), then the standard error, the
 * order statistics at the P5 ranks and the Wilson interval worked out here from those trials.
 */

const TRIALS = 1_000;
const scenario = normalScenario({ sd: 0.6 });

async function sheet() {
  const outcome = await runSimulationJob(
    request({ scenarios: [scenario], trials: TRIALS, seed: 5 }),
    { onProgress: () => {}, isCancelled: () => false, pause: async () => {} },
  );
  if (outcome.kind !== 'completed') throw new Error(outcome.kind);
  const results: ScenarioRunResults = outcome.results;
  const host = new MemoryWorkbookHost();
  await writeScenarioResults(host, results, { proposalId: 'offer', scenarioId: scenario.id });
  return host;
}

/** Each trial's net and whether it hit the cap, for the counter proposal, one trial at a time. */
function trialByTrial() {
  const config = { proposals: [OUR_OFFER, THEIR_COUNTER], scenario, trials: TRIALS, seed: 5 };
  const nets: number[] = [];
  // The first service level's credits in each trial.
  const credits: number[] = [];
  let capHits = 0;
  for (let t = 0; t < TRIALS; t++) {
    const tally = unwrap(runTrials(config, t, t + 1)).proposals[1];
    nets.push(momentMean(tally.moments, NET, 1));
    credits.push(exactValue(tally.serviceLevels, 0));
    capHits += tally.capHitTrials;
  }
  return { nets, credits, capHits };
}

test('OM_Precision: the counter’s expected net, P5 and cap-hit intervals match the trials worked one by one', async () => {
  const host = await sheet();
  const table = await host.readTable('OM_Precision');
  expect(table?.headers).toEqual([
    'Scenario',
    'Proposal',
    'Figure',
    'Estimate',
    'Low (95 %)',
    'High (95 %)',
    '± (95 %)',
  ]);
  const row = (figure: string) =>
    table?.rows.find((r) => r[1] === 'Their counter' && r[2] === figure) as number[] | undefined;

  const { nets, credits, capHits } = trialByTrial();
  const mean = nets.reduce((a, b) => a + b, 0) / TRIALS;
  const sd = Math.sqrt(nets.reduce((a, x) => a + (x - mean) ** 2, 0) / (TRIALS - 1));
  const half = (1.96 * sd) / Math.sqrt(TRIALS);
  expect(half).toBeGreaterThan(0);
  const net = row('Provider net, expected');
  expect(net?.[3]).toBeCloseTo(mean, 4);
  expect(net?.[4]).toBeCloseTo(mean - half, 4);
  expect(net?.[5]).toBeCloseTo(mean + half, 4);
  expect(net?.[6]).toBeCloseTo(half, 4);

  // P5 of 1,000: 0-based ranks 35 and 63 (np = 50 ± 1.96·√47.5 = 13.5).
  const sorted = [...nets].sort((a, b) => a - b);
  const p5 = row('Provider net, P5');
  expect(p5?.[4]).toBe(sorted[35]);
  expect(p5?.[5]).toBe(sorted[63]);

  // Wilson on the cap hits, in percent.
  const p = capHits / TRIALS;
  const z2n = 1.96 ** 2 / TRIALS;
  const centre = (p + z2n / 2) / (1 + z2n);
  const w = (1.96 / (1 + z2n)) * Math.sqrt((p * (1 - p)) / TRIALS + z2n / (4 * TRIALS));
  const cap = row('At-risk cap hit, % of trials');
  expect(cap?.[3]).toBeCloseTo(100 * p, 10);
  expect(cap?.[4]).toBeCloseTo(100 * Math.max(0, centre - w), 8);
  expect(cap?.[5]).toBeCloseTo(100 * Math.min(1, centre + w), 8);

  // A service level's expected credits: the mean of its trials' credits ± 1.96 standard errors.
  const creditMean = credits.reduce((a, b) => a + b, 0) / TRIALS;
  const creditSd = Math.sqrt(credits.reduce((a, x) => a + (x - creditMean) ** 2, 0) / (TRIALS - 1));
  const level = row('Availability: expected credits');
  expect(creditSd).toBeGreaterThan(0);
  expect(level?.[3]).toBeCloseTo(creditMean, 6);
  expect(level?.[6]).toBeCloseTo((1.96 * creditSd) / Math.sqrt(TRIALS), 6);

  // The comparison grid's ± beside the expected net is the same half-width.
  const grid = await host.readTable('OM_Comparison');
  expect(grid?.headers).toEqual([
    'Proposal',
    'Uncertain',
    'Δ Uncertain',
    'Uncertain ± (95 %)',
    'Δ Uncertain ± (95 %)',
  ]);
  expect(grid?.rows[1][3]).toBeCloseTo(half, 4);
});
