/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { simulate } from '../../../src/engine/simulation/monteCarlo';
import { withoutDependence } from '../../../src/engine/simulation/independentScenario';
import { type Scenario } from '../../../src/engine/simulation/scenario';
import { DEFAULT_SEED, DEFAULT_TRIALS } from '../../../src/engine/simulation/simulationSetup';
import { unwrap } from '../../../src/engine/rules/result';
import { type OutcomeModel } from '../../../src/engine/terms/outcomeModel';
import { modelProposals } from '../../../src/engine/terms/proposal';
import { serviceLevel, smallContract } from '../support/testContracts';
import { WorkbookUnderTest } from '../support/workbookUnderTest';
import { EXCELLENT } from '../support/negotiationFixtures';
import { openTab, renderApp, retype } from '../support/renderApp';

jest.setTimeout(90_000);

const contract = smallContract({
  serviceLevels: [
    serviceLevel({ id: 'sl-availability', name: 'Availability', allocation: 0.8 }),
    serviceLevel({ id: 'sl-network', name: 'Network availability', allocation: 0.8 }),
  ],
});
const INCIDENTS: Scenario = {
  id: 'incidents',
  name: 'Incidents',
  assumptions: {
    'sl-availability': { kind: 'normal', mean: 99.4, sd: 0.3 },
    'sl-network': { kind: 'normal', mean: 99.4, sd: 0.3 },
  },
  correlations: [{ first: 'sl-availability', second: 'sl-network', rho: 0.9 }],
  badMonth: { probability: 0.1, drops: { 'sl-availability': 0.5, 'sl-network': 0.5 } },
};
const MODEL: OutcomeModel = { contract, scenarios: [EXCELLENT, INCIDENTS] };

const share = (x: number) =>
  new Intl.NumberFormat(undefined, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(x);
const eur = (x: number) =>
  new Intl.NumberFormat(undefined, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).format(x);

describe('Compare: why correlation matters', () => {
  it('runs the scenario with and without its correlation and shows cap reached and P5 side by side', async () => {
    const { user } = await renderApp(await WorkbookUnderTest.holding(MODEL));
    await openTab(user, 'Compare');
    const section = screen.getByRole('region', { name: 'Why correlation matters' });
    // Only the scenario with dependence can be compared: no choice to make.
    expect(within(section).queryByRole('combobox', { name: 'Scenario' })).not.toBeInTheDocument();
    await user.click(
      within(section).getByRole('button', { name: 'Compare with independent service levels' }),
    );
    const table = await within(section).findByRole(
      'table',
      { name: 'Incidents: with and without correlation' },
      { timeout: 60_000 },
    );
    const settings = { trials: DEFAULT_TRIALS, seed: DEFAULT_SEED };
    const proposals = modelProposals(MODEL);
    const [dependent] = unwrap(simulate({ proposals, scenario: INCIDENTS, ...settings })).proposals;
    const [independent] = unwrap(
      simulate({ proposals, scenario: withoutDependence(INCIDENTS), ...settings }),
    ).proposals;
    const row = within(table).getByRole('rowheader', { name: 'Service desk 2025' }).closest('tr');
    const texts = within(row as HTMLElement)
      .getAllByRole('cell')
      .map((c) => c.textContent ?? '');
    const expected = [
      share(dependent.capHitProbability),
      share(independent.capHitProbability),
      dependent.expectedCapHitMonths.toFixed(2),
      independent.expectedCapHitMonths.toFixed(2),
      eur(dependent.net.p5),
      eur(independent.net.p5),
    ];
    // Each figure, then its 95 % Monte Carlo interval: a range for a share, ± for the others.
    texts.forEach((text, i) => expect(text.startsWith(expected[i])).toBe(true));
    expect(texts[0]).toMatch(/, 95 %: [\d.]+–[\d.]+ %$/);
    expect(texts[2]).toMatch(/ ± [\d.]+$/);
    expect(texts[4]).toMatch(/ ± [\d,]+$/);
    // Both levels missing together reach the cap in far more months than independent ones, and
    // the provider's bad case is worse.
    expect(dependent.expectedCapHitMonths).toBeGreaterThan(independent.expectedCapHitMonths * 1.5);
    expect(dependent.net.p5).toBeLessThan(independent.net.p5);
    // The figures stay while another tab is looked at; an edit there marks them out of date.
    const stale = /The model has changed since this comparison/;
    await openTab(user, 'Scenarios');
    await openTab(user, 'Compare');
    expect(
      screen.getByRole('table', { name: 'Incidents: with and without correlation' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(stale)).not.toBeInTheDocument();
    await openTab(user, 'Scenarios');
    await user.click(
      within(screen.getByRole('list', { name: 'Scenarios' })).getByRole('button', {
        name: 'Incidents',
      }),
    );
    await retype(user, screen.getByRole('textbox', { name: 'Chance that a month is bad' }), '20');
    await openTab(user, 'Compare');
    expect(screen.getByText(stale)).toBeInTheDocument();
  });
});
