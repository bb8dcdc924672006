/** @jest-environment jsdom */
import { readFileSync } from 'fs';
import { join } from 'path';
import { screen, within } from '@testing-library/react';
import { fitScenario, fittedScenario } from '../../../src/engine/analyses/fitScenario';
import { conventionFor, readNumberText } from '../../../src/engine/rules/numberText';
import { unwrap } from '../../../src/engine/rules/result';
import { validateAssumption } from '../../../src/engine/simulation/performanceAssumption';
import { sampleContract } from '../../../src/workbook/sampleModel';
import { openTab, renderApp } from '../support/renderApp';
import { WorkbookUnderTest } from '../support/workbookUnderTest';

jest.setTimeout(90_000);

const CSV = readFileSync(join(__dirname, '../../../docs/samples/actuals.csv'), 'utf8');
const contract = sampleContract();
const levelId = (name: string) => contract.serviceLevels.find((sl) => sl.name === name)!.id;

/** The pane (in German when asked) over a workbook holding the sample contract and its year of actuals. */
async function reviewWithActuals(locale?: string) {
  const ops = await WorkbookUnderTest.withModel(contract);
  const preview = ops.serviceReview.previewImport(CSV, contract);
  if (preview.kind !== 'ok') throw new Error(preview.problems.join('\n'));
  await ops.serviceReview.importActuals(contract, preview.records);
  const { user } = await renderApp(ops, 'light', undefined, locale);
  await openTab(user, 'Review');
  await screen.findByRole('heading', { name: 'Scenario from these actuals' });
  const { records } = await ops.serviceReview.readActuals(contract);
  // What the engine proposes for the same months: the pane must show and add exactly this.
  const fit = unwrap(fitScenario(contract.serviceLevels, records, 'recent'));
  return { ops, user, fit };
}

const choices = (name: string) =>
  within(screen.getByRole('radiogroup', { name: `${name}: 12 months measured` }));

describe('a scenario fitted from the actuals in the Review tab', () => {
  it('shows each level’s ranked fits in the user’s numbers, and adds the chosen ones with the correlations', async () => {
    const { ops, user, fit } = await reviewWithActuals('de-DE');
    expect(fit.name).toBe('As measured, last 12 months');
    const availability = fit.levels.find((l) => l.serviceLevelId === levelId('Availability'));
    if (availability?.kind !== 'fitted') throw new Error('Availability was not fitted');
    const radios = choices('Availability').getAllByRole('radio');
    expect(radios).toHaveLength(availability.fit.ranked.length);
    // The best fit is chosen first; its numbers read back, with the German decimal comma, as the engine's.
    expect(radios[0]).toBeChecked();
    const best = availability.fit.ranked[0].assumption;
    const label = (radios[0] as HTMLInputElement).labels?.[0]?.textContent ?? '';
    const first = best.kind === 'normal' ? best.mean : best.kind === 'triangular' ? best.min : NaN;
    const shown = /(?:mean|minimum) (\d+,\d+)/.exec(label)?.[1];
    expect(readNumberText(shown ?? '', conventionFor('de-DE'))?.value).toBe(first);
    expect(label).toMatch(/^1\. /);
    expect(label).toMatch(/AIC -?\d+(,\d)? · KS 0,\d{1,3}$/);
    expect(screen.getByText(/Ranked by AIC, lower first/)).toHaveTextContent('above 1,36/√months');

    // The correlations the engine found, signed by how well the levels do.
    const listed = within(screen.getByRole('list', { name: 'Correlations found' })).getAllByRole(
      'listitem',
    );
    expect(listed).toHaveLength(fit.correlations.length);

    // Resolution hours: the second-ranked fit instead of the best.
    const hours = levelId('Mean resolution hours');
    await user.click(choices('Mean resolution hours').getAllByRole('radio')[1]);
    await user.click(screen.getByRole('button', { name: 'Add as a scenario' }));
    expect(
      screen.getByText(
        'Added “As measured, last 12 months” to the Scenarios tab, where it can be edited.',
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
    await screen.findByText(/Written to the workbook/);
    const expected = fittedScenario(fit, { [hours]: 1 });
    expect(ops.saveCalls.at(-1)?.model.scenarios).toEqual([
      { id: expect.stringMatching(/^scenario-/), ...expected },
    ]);
    for (const sl of contract.serviceLevels)
      expect(validateAssumption(expected.assumptions[sl.id], sl).ok).toBe(true);
    expect(expected.correlations).toEqual(
      fit.correlations.map(({ first, second, rho }) => ({ first, second, rho })),
    );

    // It is there to edit in the Scenarios tab, selected.
    await openTab(user, 'Scenarios');
    expect(
      within(screen.getByRole('list', { name: 'Scenarios' })).getByRole('button', {
        name: 'As measured, last 12 months',
      }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  it('names a second one apart, and undoes an add', async () => {
    const { ops, user } = await reviewWithActuals();
    await user.click(screen.getByRole('button', { name: 'Add as a scenario' }));
    await user.click(screen.getByRole('button', { name: 'Add as a scenario' }));
    expect(
      screen.getByText(/Added “As measured, last 12 months \(2\)” to the Scenarios tab/),
    ).toBeInTheDocument();
    const bar = screen.getByRole('region', { name: 'Undo' });
    expect(bar).toHaveTextContent('Added scenario “As measured, last 12 months (2)”');
    await user.click(within(bar).getByRole('button', { name: 'Undo' }));
    await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
    await screen.findByText(/Written to the workbook/);
    expect(ops.saveCalls.at(-1)?.model.scenarios?.map((s) => s.name)).toEqual([
      'As measured, last 12 months',
    ]);
  });

  it('fits every month when asked', async () => {
    const { user } = await reviewWithActuals();
    await user.selectOptions(screen.getByLabelText('Months to fit'), 'all');
    expect(screen.getByText(/^2026-01 to 2026-12, 12 months\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add as a scenario' }));
    expect(screen.getByText(/Added “As measured, all 12 months”/)).toBeInTheDocument();
  });
});
