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
    expect(label).toMatch(/AIC −?\d+(,\d)? · KS 0,\d{1,3}$/);
    expect(screen.getByText(/Ranked by AIC, lower first/)).toHaveTextContent('above 1,36/√months');

    // Only the clear links are listed for the scenario, worded as the Scenarios tab lists pairs.
    const listed = within(
      screen.getByRole('list', { name: 'Correlations in the scenario' }),
    ).getAllByRole('listitem');
    expect(listed).toHaveLength(fit.correlations.length);
    expect(listed[0]).toHaveTextContent(/^P1 resolved within 4h – Customer satisfaction: 0,86$/);

    // Resolution hours: the second-ranked fit instead of the best.
    const hours = levelId('Mean resolution hours');
    const hoursLevel = fit.levels.find((l) => l.serviceLevelId === hours);
    if (hoursLevel?.kind !== 'fitted') throw new Error('Resolution hours were not fitted');
    await user.click(choices('Mean resolution hours').getAllByRole('radio')[1]);
    await user.click(screen.getByRole('button', { name: 'Add as a scenario' }));
    expect(
      screen.getByText(
        'Added “As measured, last 12 months” to the Scenarios tab, where it can be edited.',
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
    await screen.findByText(/Written to the workbook/);
    const expected = fittedScenario(fit, { [hours]: hoursLevel.fit.ranked[1].assumption.kind });
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
    // The status names the new name and why it differs.
    expect(
      screen.getByText(
        'Added “As measured, last 12 months (2)” to the Scenarios tab, where it can be edited: “As measured, last 12 months” is already a scenario.',
      ),
    ).toHaveAttribute('role', 'status');
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

  it('leads each level with a plain sentence in the user’s numbers, and follows the choice', async () => {
    const { user } = await reviewWithActuals('de-DE');
    // The plain sentence describes the level's choices.
    const lead = (name: string) =>
      screen.getByRole('radiogroup', { name: `${name}: 12 months measured` });
    // P1 months 89.5…98.3 widened by 8.8/11 = 0.8: 88.7…99.1; mean 95.567, so the most likely
    // value is 3·95.567 − 88.7 − 99.1 = 98.9, near the top: the months are skewed downwards.
    expect(lead('P1 resolved within 4h')).toHaveAccessibleDescription(
      'Best described as: skewed, mostly near 98,9 %, sometimes down to 88,7 %.',
    );
    // Backlog 126…205 widened by 79/11: 118.8…212.2; 3·148.58 − 331 = 114.8 lies below the
    // minimum, so the triangle leans on it: said in words, to the spread's two digits.
    expect(lead('Backlog over 30 days')).toHaveAccessibleDescription(
      'Best described as: skewed towards the low end: most often near 119 tickets, fewer and fewer up to 212 tickets.',
    );
    await user.click(choices('Availability').getByRole('radio', { name: /Normal spread/ }));
    expect(lead('Availability')).toHaveAccessibleDescription(
      'Your choice: a normal spread around 99,6 % (typical month ±0,22), months not clearly linked.',
    );
    // How fits are ranked, in words first; the statistics after, in small print.
    expect(
      screen.getByText(/Each service level is fitted three ways, best first/),
    ).toHaveTextContent('The best is the one under which the measured months are most likely');
  });

  it('keeps the fit chosen for a level, by its kind, when the months to fit change', async () => {
    const { ops, user } = await reviewWithActuals();
    const months = () => choices('Availability').getByRole('radio', { name: /months as measured/ });
    // The months as measured are ranked last (both models fit): a real choice, not the default.
    expect(choices('Availability').getAllByRole('radio').at(-1)).toBe(months());
    await user.click(months());
    await user.selectOptions(screen.getByLabelText('Months to fit'), 'all');
    expect(months()).toBeChecked();
    await user.selectOptions(screen.getByLabelText('Months to fit'), 'recent');
    expect(months()).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Add as a scenario' }));
    await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
    await screen.findByText(/Written to the workbook/);
    const added = ops.saveCalls.at(-1)?.model.scenarios?.[0];
    expect(added?.assumptions[levelId('Availability')]?.kind).toBe('resample');
  });

  it('keeps only correlations significant at 5 % and lists the others as not clearly linked', async () => {
    const { ops, user } = await reviewWithActuals('de-DE');
    // 12 months: the exact 5 % critical value, 1 − 6·118/(12·143) = 0,587.
    expect(screen.getByText(/Only clear links go into the scenario/)).toHaveTextContent(
      'over 12 months at least 0,587 either way',
    );
    const kept = within(screen.getByRole('list', { name: 'Correlations in the scenario' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    // Three clear links among P1, resolution hours, satisfaction and backlog; with the pairs
    // between those levels at 0 they could not hold together (P1 and hours both miss with
    // satisfaction), so those pairs are kept as measured and say why.
    expect(kept).toEqual([
      'P1 resolved within 4h – Customer satisfaction: 0,86',
      'P1 resolved within 4h – Backlog over 30 days: 0,629',
      'Mean resolution hours – Customer satisfaction: 0,719',
      'P1 resolved within 4h – Mean resolution hours: 0,531 (not clear on its own: the clear links need it)',
      'Mean resolution hours – Backlog over 30 days: 0,287 (not clear on its own: the clear links need it)',
      'Customer satisfaction – Backlog over 30 days: 0,579 (not clear on its own: the clear links need it)',
    ]);
    // Availability is clearly linked with none: its 4 pairs are left out.
    expect(screen.getByText('Not clearly linked, left out (4 pairs):')).toBeInTheDocument();
    const unclear = within(screen.getByRole('list', { name: 'Not clearly linked' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(unclear).toHaveLength(4);
    expect(unclear).toContain('Availability – Mean resolution hours: 0,056');
    expect(unclear).toContain('Availability – Backlog over 30 days: −0,161');
    await user.click(screen.getByRole('button', { name: 'Add as a scenario' }));
    await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
    await screen.findByText(/Written to the workbook/);
    const saved = ops.saveCalls.at(-1)?.model.scenarios?.[0].correlations ?? [];
    expect(saved.map((c) => c.rho)).toEqual([0.86, 0.629, 0.719, 0.531, 0.287, 0.579]);
    expect(saved.some((c) => c.first === levelId('Availability'))).toBe(false);
  });

  it('says which months were fitted after excluded minutes', async () => {
    const { fit } = await reviewWithActuals('de-DE');
    expect(
      screen.getByText(
        'One month had excluded minutes; each is fitted on the value the contract measures, after the exclusions, as the statement does (Availability: 1 month (2026-10)).',
      ),
    ).toBeInTheDocument();
    // October: 98.9 % reported with 120 of 44 640 minutes excluded measures 98.9·44 640/44 520.
    const availability = fit.levels.find((l) => l.serviceLevelId === levelId('Availability'));
    if (availability?.kind !== 'fitted') throw new Error('Availability was not fitted');
    const resample = availability.fit.ranked.find((c) => c.assumption.kind === 'resample');
    if (resample?.assumption.kind !== 'resample') throw new Error('no resampling');
    expect(resample.assumption.history[9]).toBeCloseTo((98.9 * 44640) / 44520, 10);
  });
});
