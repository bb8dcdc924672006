/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { type OutcomeModel } from '../../../src/engine/terms/outcomeModel';
import { runSimulationJob } from '../../../src/runs/runSimulationJob';
import { type ScenarioRunResults } from '../../../src/runs/scenarioResults';
import { halfWidth } from '../../../src/engine/simulation/precision';
import { smallContract } from '../support/testContracts';
import { WorkbookUnderTest } from '../support/workbookUnderTest';
import { normalScenario, THEIR_COUNTER } from '../support/negotiationFixtures';
import { openTab, renderApp, retype, type User } from '../support/renderApp';

jest.setTimeout(90_000);

/**
 * The pane shows each simulated figure with its 95 % Monte Carlo interval, and a run until precise
 * says how it ended — in the reader's number convention.
 */

const MODEL: OutcomeModel = {
  contract: smallContract(),
  proposals: [THEIR_COUNTER],
  scenarios: [normalScenario({ sd: 0.6 })],
};
const BASELINE = { id: 'current', name: 'Service desk 2025', contract: MODEL.contract };

const eur = (amount: number, locale?: string) =>
  new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).format(amount);

/** The same run by the job itself, for the figures the pane should show. */
async function sameRun(trials: number): Promise<ScenarioRunResults> {
  const outcome = await runSimulationJob(
    {
      proposals: [BASELINE, THEIR_COUNTER],
      scenarios: MODEL.scenarios ?? [],
      trials,
      seed: 1,
      analysis: null,
    },
    { onProgress: () => {}, isCancelled: () => false, pause: async () => {} },
  );
  if (outcome.kind !== 'completed') throw new Error(outcome.kind);
  return outcome.results;
}

async function setUp(user: User, trials: string) {
  await openTab(user, 'Compare');
  await user.click(
    screen.getByRole('switch', { name: 'Sensitivity, break-even and risk-priced fee' }),
  );
  await retype(user, screen.getByRole('textbox', { name: 'Trials' }), trials);
  await retype(user, screen.getByRole('textbox', { name: 'Seed' }), '1');
}

const runAndWait = async (user: User) => {
  await user.click(screen.getByRole('button', { name: 'Run' }));
  return screen.findByRole('table', { name: 'Proposals × scenarios' }, { timeout: 60_000 });
};

const rowCells = (table: HTMLElement, rowName: string) =>
  within(within(table).getByRole('rowheader', { name: rowName }).closest('tr') as HTMLElement)
    .getAllByRole('cell')
    .map((c) => c.textContent);

test('the expected net and the P5 show ± their 95 % interval, in German numbers under de-DE', async () => {
  const { user } = await renderApp(
    await WorkbookUnderTest.holding(MODEL),
    'light',
    undefined,
    'de-DE',
  );
  await setUp(user, '200');
  const grid = await runAndWait(user);
  const o = (await sameRun(200)).scenarios[0].summary.proposals[1];
  const half = halfWidth(o.net.mean, o.net.precision.mean);
  expect(half).toBeGreaterThan(1_000);
  // German grouping for the ±: 1.234, not 1,234.
  const pm = ` ± ${Math.round(half).toLocaleString('de-DE')}`;
  expect(rowCells(grid, 'Their counter')[0]).toBe(eur(o.net.mean) + pm);
  const risk = screen.getByRole('table', { name: /^Risk by party under / });
  const p5Half = Math.round(halfWidth(o.net.p5, o.net.precision.p5)).toLocaleString('de-DE');
  expect(rowCells(risk, 'Their counter')[1]).toBe(`${eur(o.net.p5)} ± ${p5Half}`);
  expect(screen.getByText(/± is the 95 % Monte Carlo interval/)).toBeInTheDocument();
});

test('run until precise: stops at the target and says after how many trials', async () => {
  const { user } = await renderApp(await WorkbookUnderTest.holding(MODEL));
  await setUp(user, '200000');
  await user.click(screen.getByRole('switch', { name: 'Run until precise' }));
  await retype(user, screen.getByRole('textbox', { name: 'Precision (95 %)' }), '1');
  expect(screen.getByText(/held to ±1 % of that amount instead/)).toBeInTheDocument();
  await runAndWait(user);
  const status = await screen.findByText(/^Precise to ±1 % after [\d,]+ trials per scenario/);
  const trials = Number(
    /after ([\d,]+) trials/.exec(status.textContent ?? '')?.[1].replace(/,/g, ''),
  );
  expect(trials).toBeGreaterThan(2_000);
  expect(trials).toBeLessThan(200_000);
  expect(screen.getByText(/^Seed 1, /)).toHaveTextContent(
    `${trials.toLocaleString('en-US')} trials per scenario`,
  );
});

test('run until precise: a target out of reach stops at the cap and names the least precise figure', async () => {
  const { user } = await renderApp(await WorkbookUnderTest.holding(MODEL));
  await setUp(user, '3000');
  await user.click(screen.getByRole('switch', { name: 'Run until precise' }));
  await retype(user, screen.getByRole('textbox', { name: 'Precision (95 %)' }), '0.1');
  await runAndWait(user);
  expect(
    await screen.findByText(
      /^Stopped at 3,000 trials, the most the Trials setting allows: (expected net|P5 net) of .+ under Uncertain still ±[\d.]+ % \(target ±0\.1 %\)\. Raise Trials for a more precise run, or accept a looser precision\.$/,
    ),
  ).toBeInTheDocument();
});
