/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { type OutcomeModel } from '../../../src/engine/terms/outcomeModel';
import { inProcessSimulationRunner } from '../../../src/runs/inProcessSimulationRunner';
import { type SimulationRunner } from '../../../src/runs/simulationRunner';
import { createWorkbookOperations } from '../../../src/workbook/createWorkbookOperations';
import { MemoryWorkbookHost } from '../../../src/workbook/memoryWorkbookHost';
import { smallContract } from '../support/testContracts';
import { WorkbookUnderTest } from '../support/workbookUnderTest';
import { EXCELLENT, normalScenario, THEIR_COUNTER } from '../support/negotiationFixtures';
import { openTab, renderApp, retype, type User } from '../support/renderApp';

jest.setTimeout(60_000);

/** Simulated money as the pane shows it: whole units in the contract currency, differences signed. */
const eur = (amount: number, signed = false) =>
  new Intl.NumberFormat(undefined, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(amount);

/**
 * The contract (Service desk 2025, 12% at risk) and their counter (15% at risk) under a constant
 * availability of 99.95: band +10% of the allocation (25%) of the at-risk amount, 36 months —
 * 12,000 × 25% × 10% × 36 = 10,800 and 15,000 × 25% × 10% × 36 = 13,500.
 */
const MODEL: OutcomeModel = {
  contract: smallContract(),
  proposals: [THEIR_COUNTER],
  scenarios: [EXCELLENT],
};

const withModel = (model: OutcomeModel) => WorkbookUnderTest.holding(model);

async function runComparison(user: User) {
  await openTab(user, 'Compare');
  await user.click(screen.getByRole('button', { name: 'Run' }));
  // The grid shows while the analyses still run: these tests read the finished run.
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull(), {
    timeout: 30_000,
  });
  return screen.findByRole('table', { name: 'Proposals × scenarios' });
}

/** The texts of a row's data cells. */
const cells = (table: HTMLElement, rowName: string) =>
  within(within(table).getByRole('rowheader', { name: rowName }).closest('tr') as HTMLElement)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('the Compare tab', () => {
  it('shows the exact expected nets of a constant scenario, and the difference from the baseline', async () => {
    const { user } = await renderApp(await withModel(MODEL));
    const grid = await runComparison(user);
    expect(within(grid).getByRole('columnheader', { name: 'Excellent' })).toBeInTheDocument();
    expect(
      within(grid).getByRole('columnheader', { name: 'Δ vs Service desk 2025' }),
    ).toBeInTheDocument();
    expect(cells(grid, 'Service desk 2025')).toEqual([eur(10_800), eur(0)]);
    // The delta column is the difference of the two proposals' nets.
    expect(cells(grid, 'Their counter')).toEqual([eur(13_500), eur(13_500 - 10_800, true)]);
  });

  it('says when the model has changed since the results were computed', async () => {
    const { user } = await renderApp(await withModel(MODEL));
    await runComparison(user);
    const stale = /The model has changed since this run/;
    expect(screen.queryByText(stale)).not.toBeInTheDocument();
    await openTab(user, 'Scenarios');
    await user.click(
      within(screen.getByRole('list', { name: 'Scenarios' })).getByRole('button', {
        name: 'Excellent',
      }),
    );
    await openTab(user, 'Compare');
    expect(screen.queryByText(stale)).not.toBeInTheDocument();
    await openTab(user, 'Scenarios');
    await retype(user, screen.getByRole('textbox', { name: 'Availability: level' }), '99.2');
    await openTab(user, 'Compare');
    expect(screen.getByText(stale)).toBeInTheDocument();
    // The results stay those of the run until it is run again.
    expect(
      cells(screen.getByRole('table', { name: 'Proposals × scenarios' }), 'Service desk 2025'),
    ).toEqual([eur(10_800), eur(0)]);
  });

  it('shows a proposal compared with itself at zero difference, whichever is the baseline', async () => {
    const copy = { id: 'copy', name: 'Our offer', contract: smallContract() };
    const { user } = await renderApp(
      await withModel({ ...MODEL, proposals: [copy, THEIR_COUNTER] }),
    );
    await openTab(user, 'Compare');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Compare against' }),
      'Our offer',
    );
    const grid = await runComparison(user);
    expect(within(grid).getByRole('columnheader', { name: 'Δ vs Our offer' })).toBeInTheDocument();
    expect(cells(grid, 'Our offer')).toEqual([eur(10_800), eur(0)]);
    expect(cells(grid, 'Service desk 2025')).toEqual([eur(10_800), eur(0)]);
    expect(cells(grid, 'Their counter')).toEqual([eur(13_500), eur(2_700, true)]);
    // The baseline comes first in the grid.
    expect(
      within(grid)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Our offer', 'Service desk 2025', 'Their counter']);
  });

  it('shows the risk per party, the focus proposal in detail and its histogram', async () => {
    const { user } = await renderApp(await withModel(MODEL));
    await openTab(user, 'Compare');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Focus proposal' }),
      'Their counter',
    );
    await runComparison(user);
    const risk = screen.getByRole('table', { name: 'Risk by party under Excellent' });
    // The customer pays 36 months of 100,000 plus the incentives.
    expect(cells(risk, 'Their counter')).toEqual([
      eur(13_500),
      eur(13_500),
      eur(3_613_500),
      eur(3_613_500),
    ]);
    const details = screen.getByRole('table', { name: 'Their counter under Excellent' });
    expect(within(details).getByRole('row', { name: /At-risk cap hit/ })).toHaveTextContent(
      '0.0% of trials',
    );
    expect(within(details).getByRole('row', { name: /Expected incentives/ })).toHaveTextContent(
      eur(13_500),
    );
    expect(
      within(details).getByRole('row', { name: /Pays more than Service desk 2025/ }),
    ).toHaveTextContent('100.0% of trials');
    const perLevel = screen.getByRole('table', {
      name: 'Money per service level: Their counter under Excellent',
    });
    expect(cells(perLevel, 'Availability')).toEqual([eur(0), eur(13_500), '0.0%']);
    const histogram = screen.getByRole('img', {
      name: 'Net payout histogram: Their counter under Excellent',
    });
    expect(histogram.querySelectorAll('rect')).toHaveLength(1);
    expect(histogram).toHaveAccessibleDescription(`Every trial paid ${eur(13_500)}.`);
  });

  it('shows the tornado, the break-even level and the risk-priced fee of the focus proposal', async () => {
    const { user } = await renderApp(await withModel(MODEL));
    await runComparison(user);
    const analysis = screen.getByRole('region', { name: 'Analysis' });
    // A constant level steps by the gap to the minimum (99.5 − 99 = 0.5): 99.45 falls to −50%, 100 stays at +10%.
    const tornado = within(analysis).getByRole('img', {
      name: 'Sensitivity of expected net: Service desk 2025 under Excellent',
    });
    expect(tornado).toHaveAccessibleDescription(
      `Availability (step 0.5): one step worse ${eur(-64_800, true)}, one step better ${eur(0, true)}.`,
    );
    // The tornado and the break-even search take a fifth of the trials (analysisTrials.ts), and say so.
    expect(
      within(analysis).getByText(
        /^Simulated on the first 2,000 of the run's 10,000 trials, to save time: every step uses the same simulated months, so the changes are reliable on fewer trials\. Base expected net .+ on those trials \(the comparison above, on all of them: .+\)\. Each level moves one step/,
      ),
    ).toBeInTheDocument();
    expect(
      within(analysis).getByText(
        /^Break-even: Availability breaks even at 99\.[5-8]\d*%: the expected net there is €0 \(target €0\)\. Searched on the first 2,000 of the run's 10,000 trials, to save time: every level tried uses the same simulated months\.$/,
      ),
    ).toBeInTheDocument();
    // Fee = cost × 36 / (85% × 36 + 0.108) with the default cost base of 85% of the charges.
    const fees = within(analysis).getByRole('table', { name: /Risk-priced fee/ });
    expect(cells(fees, 'P80')[0]).toBe(eur((85_000 * 36) / (0.85 * 36 + 0.108)));
    expect(cells(fees, 'P80')[1]).toBe('15.0%');
  });

  it('leaves the analyses out when switched off', async () => {
    const { user } = await renderApp(await withModel(MODEL));
    await openTab(user, 'Compare');
    await user.click(
      screen.getByRole('switch', { name: 'Sensitivity, break-even and risk-priced fee' }),
    );
    expect(
      screen.queryByRole('combobox', { name: 'Break-even service level' }),
    ).not.toBeInTheDocument();
    await runComparison(user);
    expect(screen.queryByRole('region', { name: 'Analysis' })).not.toBeInTheDocument();
  });

  it('shows the seed and takes another, and the same seed gives the same results', async () => {
    const { user } = await renderApp(await withModel({ ...MODEL, scenarios: [normalScenario()] }));
    await openTab(user, 'Compare');
    expect(screen.getByRole('textbox', { name: 'Seed' })).toHaveValue('1');
    expect(screen.getByRole('textbox', { name: 'Trials' })).toHaveValue('10000');
    await retype(user, screen.getByRole('textbox', { name: 'Trials' }), '2000');
    await retype(user, screen.getByRole('textbox', { name: 'Seed' }), '42');
    await user.click(
      screen.getByRole('switch', { name: 'Sensitivity, break-even and risk-priced fee' }),
    );
    const first = cells(await runComparison(user), 'Their counter');
    expect(screen.getByText(/^Seed 42, 2,000 trials per scenario/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Run' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Run' })).not.toHaveAttribute('aria-disabled'),
    );
    expect(
      cells(screen.getByRole('table', { name: 'Proposals × scenarios' }), 'Their counter'),
    ).toEqual(first);
    await retype(user, screen.getByRole('textbox', { name: 'Seed' }), '43');
    await user.click(screen.getByRole('button', { name: 'Run' }));
    await waitFor(() =>
      expect(
        cells(screen.getByRole('table', { name: 'Proposals × scenarios' }), 'Their counter'),
      ).not.toEqual(first),
    );
  });

  it('shows a progress bar while running and cancels a long run, keeping the pane usable', async () => {
    const runner = inProcessSimulationRunner({ sliceTrials: 500 });
    // 120 months, so 1,000,000 trials take over a minute (longRun.test.tsx).
    const long = (contract: OutcomeModel['contract']) => ({ ...contract, termMonths: 120 });
    const { user } = await renderApp(
      await withModel({
        contract: long(MODEL.contract),
        proposals: [{ ...THEIR_COUNTER, contract: long(THEIR_COUNTER.contract) }],
        scenarios: [normalScenario()],
      }),
      'light',
      runner,
    );
    await openTab(user, 'Compare');
    await retype(user, screen.getByRole('textbox', { name: 'Trials' }), '1000000');
    await user.click(screen.getByRole('button', { name: 'Run' }));
    // About a minute: the pane asks first.
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Run anyway' }),
    );
    const bar = await screen.findByRole('progressbar', { name: 'Simulation progress' });
    await waitFor(() => expect(Number(bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0));
    expect(screen.getByText(/of 1,000,000 trials compared/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(
      await screen.findByText(/^Cancelled after [\d,]+ of 1,000,000 trials\.$/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Proposals × scenarios' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Run' })).not.toHaveAttribute('aria-disabled');
  });

  it('says why it cannot run: no scenario, then a scenario without an assumption for a critical level', async () => {
    const { user } = await renderApp(await withModel({ contract: smallContract() }));
    await openTab(user, 'Compare');
    expect(screen.getByRole('button', { name: 'Run' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Run' })).toHaveAccessibleDescription(
      'Add a scenario on the Scenarios tab first.',
    );
    await openTab(user, 'Scenarios');
    await user.click(screen.getByRole('button', { name: 'Add scenario' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Availability: assumption' }),
      'Not measured in this scenario',
    );
    await openTab(user, 'Compare');
    expect(screen.getByRole('button', { name: 'Run' })).toHaveAccessibleDescription(
      'Scenario "Scenario 1" has no performance assumption for critical service level "Availability" (Service desk 2025)',
    );
  });

  it('reports a failed run and keeps the previous results', async () => {
    let fail = false;
    const real = inProcessSimulationRunner();
    const runner: SimulationRunner = {
      run: (request, onProgress) =>
        fail
          ? {
              result: Promise.resolve({ kind: 'failed', message: 'out of memory' }),
              cancel: () => {},
            }
          : real.run(request, onProgress),
    };
    const { user } = await renderApp(await withModel(MODEL), 'light', runner);
    await runComparison(user);
    fail = true;
    await user.click(screen.getByRole('button', { name: 'Run' }));
    expect(
      await screen.findByText(
        'The simulation failed: out of memory The results below are from the previous run.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Proposals × scenarios' })).toBeInTheDocument();
  });

  it('writes the results to the OM_Scenarios sheet, replacing them on the next write', async () => {
    const host = new MemoryWorkbookHost();
    const operations = createWorkbookOperations(host);
    await operations.saveModel(MODEL, null);
    const { user } = await renderApp(operations);
    await runComparison(user);
    await user.click(screen.getByRole('button', { name: 'Write results to workbook' }));
    expect(
      await screen.findByText(
        'Results written to the OM_Scenarios sheet: 8 tables and 3 charts, replacing the previous run.',
      ),
    ).toBeInTheDocument();
    const grid = await host.readTable('OM_Comparison');
    expect(grid?.rows).toEqual([
      // Then the ± (95 %) of each: zero, as every trial of a constant scenario pays the same.
      ['Service desk 2025', expect.closeTo(10_800, 6), 0, 0, 0],
      ['Their counter', expect.closeTo(13_500, 6), expect.closeTo(2_700, 6), 0, 0],
    ]);
    await user.click(screen.getByRole('button', { name: 'Write results to workbook' }));
    await waitFor(() => expect(host.charts()).toHaveLength(3));
    expect(host.charts().map((c) => c.name)).toEqual([
      'OM_ComparisonChart',
      'OM_NetHistogramChart',
      'OM_TornadoChart',
    ]);
  });
});
