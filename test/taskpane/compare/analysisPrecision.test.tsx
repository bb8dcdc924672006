/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { type OutcomeModel } from '../../../src/engine/terms/outcomeModel';
import { unwrap } from '../../../src/engine/rules/result';
import { halfWidth, type Interval } from '../../../src/engine/simulation/precision';
import { runSimulationJob } from '../../../src/runs/runSimulationJob';
import { type AnalysisResults } from '../../../src/runs/scenarioResults';
import { sensitivitySteps } from '../../../src/taskpane/compare/sensitivitySteps';
import { smallContract } from '../support/testContracts';
import { WorkbookUnderTest } from '../support/workbookUnderTest';
import { normalScenario, THEIR_COUNTER } from '../support/negotiationFixtures';
import { openTab, renderApp, retype } from '../support/renderApp';

jest.setTimeout(90_000);

/**
 * The analyses' simulated figures — the tornado's nets one step away, the expected net at the
 * break-even level, the risk-priced fee and its margin — show ± their 95 % Monte Carlo interval in
 * the pane, in the reader's number convention (German here).
 */

// A narrow spread, so that availability near 100 pays incentives and a break-even exists.
const SCENARIO = normalScenario({ sd: 0.1 });
const MODEL: OutcomeModel = {
  contract: smallContract(),
  proposals: [THEIR_COUNTER],
  scenarios: [SCENARIO],
};
const BASELINE = { id: 'current', name: 'Service desk 2025', contract: MODEL.contract };
const TRIALS = 200;

const eur = (amount: number, signed = false) =>
  new Intl.NumberFormat(undefined, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(amount);

/** " ± 1.234": the wider side of the interval, whole euros, German grouping. */
const pm = (x: number, interval: Interval | undefined) =>
  ` ± ${Math.round(halfWidth(x, interval as Interval)).toLocaleString('de-DE')}`;

/** The same analyses run by the job itself (what the pane asks for by default), for the figures. */
async function sameAnalysis(): Promise<AnalysisResults> {
  const outcome = await runSimulationJob(
    {
      proposals: [BASELINE, THEIR_COUNTER],
      scenarios: [SCENARIO],
      trials: TRIALS,
      seed: 1,
      analysis: {
        proposalId: 'current',
        scenarioId: SCENARIO.id,
        breakEvenServiceLevelId: 'sl-availability',
        deltas: sensitivitySteps(MODEL.contract, SCENARIO),
        monthlyCost: 85_000,
        targetMargin: 0.15,
      },
    },
    { onProgress: () => {}, isCancelled: () => false, pause: async () => {} },
  );
  if (outcome.kind !== 'completed' || !outcome.results.analysis) throw new Error(outcome.kind);
  return outcome.results.analysis;
}

test('the tornado, the break-even and the risk-priced fee show ± their 95 % interval under de-DE', async () => {
  const { user } = await renderApp(
    await WorkbookUnderTest.holding(MODEL),
    'light',
    undefined,
    'de-DE',
  );
  await openTab(user, 'Compare');
  await retype(user, screen.getByRole('textbox', { name: 'Trials' }), String(TRIALS));
  await retype(user, screen.getByRole('textbox', { name: 'Seed' }), '1');
  await user.click(screen.getByRole('button', { name: 'Run' }));
  const analysis = await screen.findByRole('region', { name: 'Analysis' }, { timeout: 60_000 });
  // It shows at once and fills in as each analysis finishes.
  await waitFor(() => expect(analysis).toHaveAttribute('aria-busy', 'false'), { timeout: 60_000 });
  const a = await sameAnalysis();

  const bar = unwrap(a.sensitivity).bars[0];
  const worse = pm(bar.worseNet, bar.worseNetInterval);
  const better = pm(bar.betterNet, bar.betterNetInterval);
  // German grouping: a point between thousands.
  expect(worse).toMatch(/^ ± \d{1,3}(\.\d{3})*$/);
  expect(
    within(analysis).getByRole('img', { name: /^Sensitivity of expected net/ }),
  ).toHaveAccessibleDescription(
    // The ± is the net's at that step, so it follows the net, not the change.
    `Availability (step 0,1): one step worse ${eur(bar.worseChange, true)} (net ${eur(bar.worseNet, true)}${worse}), one step better ${eur(bar.betterChange, true)} (net ${eur(bar.betterNet, true)}${better}).`,
  );
  expect(
    within(analysis).getByText(
      /each change is followed by the expected net at that step and its 95 %/,
    ),
  ).toHaveTextContent(
    `Base expected net ${eur(unwrap(a.sensitivity).baseNet)}${pm(unwrap(a.sensitivity).baseNet, unwrap(a.sensitivity).baseNetInterval)}.`,
  );

  const be = unwrap(a.breakEven);
  expect(within(analysis).getByText(/^Break-even: /)).toHaveTextContent(
    `the expected net there is ${eur(be.net)}${pm(be.net, be.netInterval)} (target ${eur(0)})`,
  );

  const fee = unwrap(a.fees[1].fee);
  const fees = within(analysis).getByRole('table', { name: /^Risk-priced fee/ });
  const cells = within(
    within(fees).getByRole('rowheader', { name: 'P80' }).closest('tr') as HTMLElement,
  )
    .getAllByRole('cell')
    .map((c) => c.textContent);
  expect(cells[0]).toBe(eur(fee.monthlyFee) + pm(fee.monthlyFee, fee.precision?.monthlyFee));
  const marginHalf = halfWidth(fee.expectedMargin, fee.precision?.expectedMargin as Interval);
  // Under a tenth of a percentage point: two decimals, so the ± does not read as zero.
  expect(marginHalf).toBeGreaterThan(0);
  expect(marginHalf).toBeLessThan(0.001);
  expect(cells[1]).toMatch(
    new RegExp(
      ` ± ${(100 * marginHalf).toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} %$`,
    ),
  );
  expect(cells[2]).toBe(
    eur(fee.customerExpectedCost) +
      pm(fee.customerExpectedCost, fee.precision?.customerExpectedCost),
  );
});
