/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { type OutcomeModel } from '../../../src/engine/terms/outcomeModel';
import { smallContract } from '../support/testContracts';
import { WorkbookUnderTest } from '../support/workbookUnderTest';
import { EXCELLENT, THEIR_COUNTER } from '../support/negotiationFixtures';
import { openTab, renderApp, retype, type User } from '../support/renderApp';
import { inProcessSimulationRunner } from '../../../src/runs/inProcessSimulationRunner';

jest.setTimeout(180_000);

/**
 * Runs kept in the workbook: each Compare run is kept, the newest shows again when the pane is
 * reloaded over the same workbook, and two kept runs can be set side by side, in German numbers.
 *
 * The contract (12% at risk: 12,000 a month, availability allocated 25%) and their counter (15%:
 * 15,000), 36 months, 100,000 charges a month, under a constant availability:
 * - 99.95 (band +10%): nets 12,000 × 25% × 10% × 36 = 10,800 and 15,000 × … = 13,500; the
 *   customer pays 3,600,000 + net = 3,610,800 and 3,613,500.
 * - 99.2 (band −50%): credits 12,000 × 25% × 50% × 36 = 54,000 and 15,000 × … = 67,500, nets
 *   −54,000 and −67,500; customer cost 3,546,000 and 3,532,500. The credit (1,500 a month) never
 *   reaches the at-risk amount: the cap is hit in no trial.
 * A constant level gives every trial the same net, so P5 = P95 = the expected net.
 */
const MODEL: OutcomeModel = {
  contract: smallContract(),
  proposals: [THEIR_COUNTER],
  scenarios: [EXCELLENT],
};

/** Money as the pane's main results show it (the browser's locale: English in tests). */
const eur = (amount: number) =>
  new Intl.NumberFormat(undefined, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).format(amount);

const render = (workbook: WorkbookUnderTest) =>
  renderApp(workbook, 'light', inProcessSimulationRunner(), 'de-DE');

const keptRuns = () => screen.queryByRole('list', { name: 'Kept runs' });
const keptRunItems = () => within(keptRuns() as HTMLElement).getAllByRole('listitem');

async function run(user: User, kept: number) {
  await openTab(user, 'Compare');
  await user.click(screen.getByRole('button', { name: 'Run' }));
  await screen.findByRole('table', { name: 'Proposals × scenarios' }, { timeout: 30_000 });
  await waitFor(() => expect(keptRunItems()).toHaveLength(kept), { timeout: 20_000 });
}

const cells = (table: HTMLElement, rowName: string) =>
  within(within(table).getByRole('rowheader', { name: rowName }).closest('tr') as HTMLElement)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('the run history', () => {
  it('keeps each run, shows the newest after a reload, and sets two side by side', async () => {
    const workbook = await WorkbookUnderTest.holding(MODEL);
    const first = await render(workbook);
    await openTab(first.user, 'Compare');
    expect(screen.getByText('No runs kept yet.')).toBeInTheDocument();
    await retype(first.user, screen.getByRole('textbox', { name: 'Trials' }), '500');
    await run(first.user, 1);
    await openTab(first.user, 'Scenarios');
    await retype(first.user, screen.getByRole('textbox', { name: 'Availability: level' }), '99,2');
    await openTab(first.user, 'Compare');
    await retype(first.user, screen.getByRole('textbox', { name: 'Seed' }), '42');
    await run(first.user, 2);
    first.unmount();

    // Reloaded over the same workbook: the edits come back from the draft, the run from the history.
    const { user } = await render(workbook);
    await openTab(user, 'Compare');
    expect(await screen.findByText(/^The run of .*, kept in the workbook:$/)).toBeInTheDocument();
    const grid = screen.getByRole('table', { name: 'Proposals × scenarios' });
    expect(cells(grid, 'Service desk 2025')[0]).toBe(eur(-54_000));
    expect(cells(grid, 'Their counter')[0]).toBe(eur(-67_500));
    // Its trials and seed are the pane's again: Run repeats that run, not the defaults.
    expect(screen.getByRole('textbox', { name: 'Trials' })).toHaveValue('500');
    expect(screen.getByRole('textbox', { name: 'Seed' })).toHaveValue('42');
    // It is the run of the model in the pane: not marked as changed since.
    expect(screen.queryByText(/The model has changed since this run/)).not.toBeInTheDocument();

    await waitFor(() => expect(keptRunItems()).toHaveLength(2));
    const [newest, older] = keptRunItems().map((item) => item.textContent);
    expect(newest).toMatch(/ · 500 trials per scenario, seed 42 · 2 proposals × 1 scenario$/);
    expect(older).toMatch(
      / · 500 trials per scenario, seed 1 · 2 proposals × 1 scenario · model changed since$/,
    );
    expect(screen.getByText(/The workbook keeps the last 20 runs/)).toBeInTheDocument();

    // Run A defaults to the older run, B to the newest.
    await user.click(screen.getByRole('button', { name: 'Show side by side' }));
    const sideBySide = await screen.findByRole('region', { name: 'Runs side by side' });
    const baseline = within(sideBySide).getByRole('table', {
      name: 'Service desk 2025 under Excellent',
    });
    expect(cells(baseline, 'Expected net')).toEqual(['10.800 EUR', '−54.000 EUR', '−64.800 EUR']);
    expect(cells(baseline, 'P5 net')).toEqual(['10.800 EUR', '−54.000 EUR', '−64.800 EUR']);
    expect(cells(baseline, 'P95 net')).toEqual(['10.800 EUR', '−54.000 EUR', '−64.800 EUR']);
    expect(cells(baseline, 'Expected customer cost')).toEqual([
      '3.610.800 EUR',
      '3.546.000 EUR',
      '−64.800 EUR',
    ]);
    expect(cells(baseline, 'Cap-hit probability')).toEqual(['0%', '0%', '0 pp']);
    const counter = within(sideBySide).getByRole('table', {
      name: 'Their counter under Excellent',
    });
    // −67,500 − 13,500 = −81,000
    expect(cells(counter, 'Expected net')).toEqual(['13.500 EUR', '−67.500 EUR', '−81.000 EUR']);
    expect(
      within(within(sideBySide).getByRole('list', { name: 'Settings that differ' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Seed: 1 in A, 42 in B.', 'Model: the model changed between the two runs.']);
  });

  it('says when a run could not be kept, and still shows its results', async () => {
    const workbook = await WorkbookUnderTest.holding(MODEL);
    // Someone's own sheet under the history's name: the add-in neither reads nor writes over it.
    await workbook.typeInCell('OM_RunHistory', 'A1', 'Budget notes');
    const { user } = await render(workbook);
    await openTab(user, 'Compare');
    expect(await screen.findByText(/The run history could not be read/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Run' }));
    const grid = await screen.findByRole(
      'table',
      { name: 'Proposals × scenarios' },
      { timeout: 30_000 },
    );
    expect(
      // Kept when the run ends, after the analyses that follow the grid.
      await screen.findByText(
        /^This run was not kept in the workbook: .*Its results still show\.$/,
        undefined,
        { timeout: 30_000 },
      ),
    ).toBeInTheDocument();
    expect(cells(grid, 'Service desk 2025')[0]).toBe(eur(10_800));
    expect(await workbook.host.readRange('OM_RunHistory', 'A1:B2')).toEqual([
      ['Budget notes', ''],
      ['', ''],
    ]);
  });
});
