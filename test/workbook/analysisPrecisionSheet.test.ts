import { simulate } from '../../src/engine/simulation/monteCarlo';
import { unwrap } from '../../src/engine/rules/result';
import { runSimulationJob } from '../../src/runs/runSimulationJob';
import { type AnalysisResults, type ScenarioRunResults } from '../../src/runs/scenarioResults';
import { keptRunText, readKeptResults } from '../../src/workbook/keptRunJson';
import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import { writeScenarioResults } from '../../src/workbook/scenarioSheet';
import { normalScenario, request } from '../taskpane/support/negotiationFixtures';

/**
 * The analysis tables on OM_Scenarios end with the 95 % Monte Carlo intervals of their simulated
 * figures ("± (95 %)" columns after the existing ones), written from a real run under an uncertain
 * availability; a run kept before the intervals existed still loads and leaves them blank.
 */

jest.setTimeout(60_000);

const TRIALS = 300;
// A narrow spread, so that availability near 100 pays incentives and a break-even exists.
const SCENARIO = normalScenario({ sd: 0.1 });
const ANALYSIS = {
  proposalId: 'counter',
  scenarioId: SCENARIO.id,
  breakEvenServiceLevelId: 'sl-availability',
  deltas: { 'sl-availability': 0.1 },
  monthlyCost: 85_000,
  targetMargin: 0.15,
};

async function run(): Promise<ScenarioRunResults> {
  const outcome = await runSimulationJob(
    request({ scenarios: [SCENARIO], trials: TRIALS, analysis: ANALYSIS }),
    { onProgress: () => {}, isCancelled: () => false, pause: async () => {} },
  );
  if (outcome.kind !== 'completed') throw new Error(outcome.kind);
  return outcome.results;
}

async function sheetOf(results: ScenarioRunResults) {
  const host = new MemoryWorkbookHost();
  await writeScenarioResults(host, results, { proposalId: 'counter', scenarioId: SCENARIO.id });
  return host;
}

const analysisOf = (r: ScenarioRunResults) => r.analysis as AnalysisResults;
/** The wider side of an interval around x: what a ± column holds. */
const half = (x: number, i: { low: number; high: number } | undefined) =>
  i === undefined ? NaN : Math.max(x - i.low, i.high - x);

let results: ScenarioRunResults;
beforeAll(async () => {
  results = await run();
});

test('OM_Tornado: ± of the nets one step worse and better, 1.96·sd/√n of those runs', async () => {
  const table = await (await sheetOf(results)).readTable('OM_Tornado');
  expect(table?.headers).toEqual([
    'Service level',
    'One step worse',
    'One step better',
    'Step',
    'Net one step worse ± (95 %)',
    'Net one step better ± (95 %)',
  ]);
  // Independently: the counter under availability one step (0.1) lower.
  const worse = unwrap(
    simulate({
      proposals: [request().proposals[1]],
      scenario: normalScenario({ mean: 99.4, sd: 0.1 }),
      trials: TRIALS,
      seed: 7,
    }),
  ).proposals[0].net;
  const [row] = table?.rows ?? [];
  expect(row[4]).toBeCloseTo((1.96 * worse.sd) / Math.sqrt(TRIALS), 6);
  expect(row[4]).toBeGreaterThan(100);
  const bar = unwrap(analysisOf(results).sensitivity).bars[0];
  expect(row[5]).toBeCloseTo(half(bar.betterNet, bar.betterNetInterval), 9);
});

test('OM_BreakEven and OM_RiskPricedFee: the ± columns come last', async () => {
  const host = await sheetOf(results);
  const be = await host.readTable('OM_BreakEven');
  expect(be?.headers.at(-1)).toBe('Expected net there ± (95 %)');
  const found = unwrap(analysisOf(results).breakEven);
  expect(be?.rows[0][5]).toBeCloseTo(half(found.net, found.netInterval), 9);
  expect(be?.rows[0][5]).toBeGreaterThan(0);

  const fees = await host.readTable('OM_RiskPricedFee');
  expect(fees?.headers.slice(6)).toEqual([
    'Note',
    'Monthly fee ± (95 %)',
    'Expected margin ± (95 %)',
    'Margin at confidence ± (95 %)',
    'Customer expected cost ± (95 %)',
    'Customer P95 cost ± (95 %)',
  ]);
  const p80 = unwrap(analysisOf(results).fees[1].fee);
  const p = p80.precision;
  expect(fees?.rows[1].slice(7)).toEqual([
    expect.closeTo(half(p80.monthlyFee, p?.monthlyFee), 9),
    expect.closeTo(half(p80.expectedMargin, p?.expectedMargin), 12),
    expect.closeTo(half(p80.marginAtConfidence, p?.marginAtConfidence), 12),
    expect.closeTo(half(p80.customerExpectedCost, p?.customerExpectedCost), 9),
    expect.closeTo(half(p80.customerP95Cost, p?.customerP95Cost), 9),
  ]);
  // The fee's interval is uneven (F is convex in the quantile): the ± is its wider side.
  expect(fees?.rows[1][7]).toBeGreaterThan(0);
});

test('a fee interval without an upper end: no ±, a note instead', async () => {
  const a = analysisOf(results);
  const fee = unwrap(a.fees[2].fee);
  const unbounded: ScenarioRunResults = {
    ...results,
    analysis: {
      ...a,
      fees: a.fees.map((f, i) =>
        i === 2
          ? {
              ...f,
              fee: {
                ok: true,
                value: {
                  ...fee,
                  precision: {
                    ...fee.precision!,
                    monthlyFee: { low: fee.monthlyFee * 0.9, high: Infinity },
                  },
                },
              },
            }
          : f,
      ),
    },
  };
  const row = (await (await sheetOf(unbounded)).readTable('OM_RiskPricedFee'))?.rows[2] ?? [];
  expect(row[6]).toMatch(/^The fee's 95 % interval has no upper end/);
  expect(row[7]).toBe('');
});

test('a run kept before the analyses had intervals loads, and its ± cells stay blank', async () => {
  // The kept JSON round-trips the intervals, an infinite upper end included.
  const again = readKeptResults(keptRunText(results));
  expect(again.kind === 'ok' && again.value.analysis).toEqual(results.analysis);
  // The same run as an older version kept it: without the analyses' interval fields.
  const added = new Set([
    'baseNetInterval',
    'worseNetInterval',
    'betterNetInterval',
    'netInterval',
  ]);
  const isFeePrecision = (key: string, v: unknown) =>
    key === 'precision' && typeof v === 'object' && v !== null && 'monthlyFee' in v;
  const oldText = JSON.stringify(
    JSON.parse(keptRunText(results), (key, v: unknown) =>
      added.has(key) || isFeePrecision(key, v) ? undefined : v,
    ),
  );
  expect(oldText).not.toMatch(/netInterval|NetInterval|"monthlyFee":\{/);
  const read = readKeptResults(oldText);
  if (read.kind !== 'ok') throw new Error(read.message);
  const host = await sheetOf(read.value);
  expect((await host.readTable('OM_Tornado'))?.rows[0].slice(4)).toEqual(['', '']);
  expect((await host.readTable('OM_BreakEven'))?.rows[0][5]).toBe('');
  expect((await host.readTable('OM_RiskPricedFee'))?.rows[0].slice(7)).toEqual([
    '',
    '',
    '',
    '',
    '',
  ]);
});

test('the tornado and break-even captions say when they simulated fewer trials than the run', async () => {
  // The shape a 10000-trial run gives (runs/analysisTrials.ts): the analyses on its first 2000.
  const a = analysisOf(results);
  if (!a.sensitivity.ok || !a.breakEven.ok) throw new Error('the analyses did not run');
  const larger: ScenarioRunResults = {
    ...results,
    trials: 10_000,
    analysis: {
      ...a,
      sensitivity: { ok: true, value: { ...a.sensitivity.value, trials: 2_000 } },
      breakEven: { ok: true, value: { ...a.breakEven.value, trials: 2_000 } },
    },
  };
  const captionAbove = async (host: MemoryWorkbookHost, table: string) => {
    const at = (await host.readTable(table))?.address ?? '';
    const row = Number(/\d+/.exec(at)?.[0]) - 1;
    return String((await host.readRange('OM_Scenarios', `A${row}`))[0][0]);
  };
  const host = await sheetOf(larger);
  expect(await captionAbove(host, 'OM_Tornado')).toMatch(
    /; simulated on the first 2000 of the run's 10000 trials, to save time \(every step on the same simulated months, so the changes are reliable on fewer; the comparison table above uses every trial\)$/,
  );
  expect(await captionAbove(host, 'OM_BreakEven')).toMatch(
    /; searched on the first 2000 of the run's 10000 trials, to save time \(every level tried on the same simulated months\)$/,
  );
  // A run whose analyses took every trial says nothing of it.
  const plain = await sheetOf(results);
  expect(await captionAbove(plain, 'OM_Tornado')).not.toMatch(/first/);
  expect(await captionAbove(plain, 'OM_BreakEven')).not.toMatch(/first/);
});
