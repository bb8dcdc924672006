/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { type Scenario } from '../../../src/engine/simulation/scenario';
import { smallContract } from '../support/testContracts';
import { WorkbookUnderTest } from '../support/workbookUnderTest';
import { openTab, renderApp, retype, type User } from '../support/renderApp';
import { base, germanPane, levels, saved, textbox } from '../support/scenarioRiskPane';

jest.setTimeout(90_000);

/**
 * Correlations in the Scenarios tab of a German pane (decimal comma): entered as pairs, checked by
 * the engine, repaired to the nearest valid set on request, stored as numbers; and what a deleted
 * service level takes from them and from the bad month.
 */

async function addPair(user: User, first: string, second: string, rho: string) {
  const form = screen.getByRole('group', { name: 'New correlation' });
  await user.selectOptions(
    within(form).getByRole('combobox', { name: 'First service level' }),
    first,
  );
  await user.selectOptions(
    within(form).getByRole('combobox', { name: 'Second service level' }),
    second,
  );
  await retype(
    user,
    within(form).getByRole('textbox', { name: 'Correlation of the new pair' }),
    rho,
  );
  await user.click(within(form).getByRole('button', { name: 'Add correlation' }));
}

describe('correlation between service levels', () => {
  it('adds a pair typed "0,6" and stores 0.6', async () => {
    const { ops, user } = await germanPane();
    expect(screen.getByText(/\+ means they miss together/)).toBeInTheDocument();
    await addPair(user, 'Availability', 'Resolution', '0,6');
    expect(textbox('Correlation Availability – Resolution')).toHaveValue('0,6');
    expect((await saved(user, ops))?.correlations).toEqual([
      { first: 'avail', second: 'hours', rho: 0.6 },
    ]);
  });

  it('refuses a correlation above 1 at its field, never in the model, and says a level paired with itself under the choices', async () => {
    const { ops, user } = await germanPane(
      base({ correlations: [{ first: 'avail', second: 'hours', rho: 0.5 }] }),
    );
    const field = textbox('Correlation Availability – Resolution');
    await retype(user, field, '1,5');
    expect(field).toHaveValue('1,5');
    expect(field).toHaveAccessibleDescription('Enter a correlation from −1 to 1');
    expect(screen.queryByText(/1\.5/)).toBeNull();
    expect((await saved(user, ops))?.correlations).toEqual([
      { first: 'avail', second: 'hours', rho: 0.5 },
    ]);
    const newRho = textbox('Correlation of the new pair');
    await retype(user, newRho, '-1,2');
    expect(newRho).toHaveAccessibleDescription(/^Enter a correlation from −1 to 1/);
    await retype(user, field, '0,5');
    expect(field).not.toHaveAccessibleDescription(/Enter/);
    await addPair(user, 'Backlog', 'Backlog', '0,2');
    const form = screen.getByRole('group', { name: 'New correlation' });
    // Said under the two choices, above the new pair's correlation.
    const message = within(form).getByText(
      'Correlation: "Backlog" and "Backlog" is the same service level',
    );
    expect(
      message.compareDocumentPosition(within(form).getByRole('textbox')) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add correlation' })).toBeDisabled();
  });

  it('shows a stored model’s wrong pairs at their own fields: out of range, given twice', async () => {
    await germanPane(
      base({
        correlations: [
          { first: 'avail', second: 'hours', rho: 1.5 },
          { first: 'hours', second: 'backlog', rho: 0.2 },
          { first: 'backlog', second: 'hours', rho: 0.3 },
        ],
      }),
    );
    expect(textbox('Correlation Availability – Resolution')).toHaveValue('1,5');
    expect(textbox('Correlation Availability – Resolution')).toHaveAccessibleDescription(
      'Enter a correlation from −1 to 1',
    );
    expect(textbox('Correlation Resolution – Backlog')).not.toHaveAccessibleDescription(/./);
    expect(textbox('Correlation Backlog – Resolution')).toHaveAccessibleDescription(
      'Correlation of "Backlog" and "Resolution" is given twice',
    );
  });

  it('repairs pairs that cannot hold together, says how, and uses the repaired values on request', async () => {
    const { ops, user } = await germanPane();
    await addPair(user, 'Availability', 'Resolution', '0,9');
    await addPair(user, 'Resolution', 'Backlog', '0,9');
    await addPair(user, 'Availability', 'Backlog', '-0,9');
    // Copula correlations r = 2·sin(π·0.9/6) = 0.908 (AB, BC) and −0.908 (AC) make the determinant
    // (1 − z)(1 + z − 2y²) negative. The nearest valid matrix with AB = BC = y, AC = z lies on
    // 1 + z = 2y²; minimising 2(y − r)² + (z + r)² there gives y = ½, z = −½ for any r, whose rank
    // correlations are ±(6/π)·asin(¼) = ±0.48258 → shown as ±0,483.
    // Listed in the order of the pairs above, with the typographic minus of the text around them.
    const used = screen.getByRole('list', { name: 'Correlations the simulation uses' });
    expect(
      within(used)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Availability – Resolution: 0,9 → 0,483',
      'Resolution – Backlog: 0,9 → 0,483',
      'Availability – Backlog: −0,9 → −0,483',
    ]);
    // Typed back to three decimals they must stay valid: ±0.483 gives r = 2·sin(π·0.483/6) = 0.50042
    // and 1 + z − 2y² = 1 − r − 2r² < 0 again; ±0.482 gives r = 0.49938, and 1 − r − 2r² > 0.
    await user.click(screen.getByRole('button', { name: 'Use these values' }));
    expect(textbox('Correlation Availability – Resolution')).toHaveValue('0,482');
    expect(textbox('Correlation Availability – Backlog')).toHaveValue('-0,482');
    expect(textbox('Correlation Resolution – Backlog')).toHaveValue('0,482');
    expect(screen.queryByRole('button', { name: 'Use these values' })).not.toBeInTheDocument();
    // The button is gone: focus goes to the first pair, not the page.
    await waitFor(() => expect(textbox('Correlation Availability – Resolution')).toHaveFocus());
    // In their places in the list.
    expect((await saved(user, ops))?.correlations).toEqual([
      { first: 'avail', second: 'hours', rho: 0.482 },
      { first: 'hours', second: 'backlog', rho: 0.482 },
      { first: 'avail', second: 'backlog', rho: -0.482 },
    ]);
  });

  it('undoes “Use these values”, with the Undo bar and with Ctrl+Z, back to the pairs entered', async () => {
    const { ops, user } = await germanPane(
      base({
        correlations: [
          { first: 'avail', second: 'hours', rho: 0.9 },
          { first: 'hours', second: 'backlog', rho: 0.9 },
          { first: 'avail', second: 'backlog', rho: -0.9 },
        ],
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Use these values' }));
    const bar = screen.getByRole('region', { name: 'Undo' });
    expect(
      within(bar).getByText(
        'Replaced the correlations of scenario “Base” with values that can all hold',
      ),
    ).toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: 'Undo' }));
    expect(textbox('Correlation Availability – Resolution')).toHaveValue('0,9');
    expect(textbox('Correlation Availability – Backlog')).toHaveValue('-0,9');
    expect(screen.getByRole('button', { name: 'Use these values' })).toBeInTheDocument();
    // The Undo bar left with its button: focus goes to the pairs put back.
    await waitFor(() => expect(textbox('Correlation Availability – Resolution')).toHaveFocus());
    // Ctrl+Z from outside a text box undoes it too.
    await user.click(screen.getByRole('button', { name: 'Use these values' }));
    expect(textbox('Correlation Resolution – Backlog')).toHaveValue('0,482');
    await user.click(
      screen.getByRole('button', { name: 'Remove correlation Availability – Backlog' }),
    );
    expect(textbox('Correlation Availability – Resolution')).toHaveValue('0,482');
    await user.click(screen.getByRole('switch', { name: /Some months are bad/ }));
    await user.keyboard('{Control>}z{/Control}');
    await user.keyboard('{Control>}z{/Control}');
    expect((await saved(user, ops))?.correlations).toEqual([
      { first: 'avail', second: 'hours', rho: 0.9 },
      { first: 'hours', second: 'backlog', rho: 0.9 },
      { first: 'avail', second: 'backlog', rho: -0.9 },
    ]);
  });

  it('says a pair has no effect on a level that is constant in the scenario, and removes a pair', async () => {
    const { ops, user } = await germanPane(
      base({
        assumptions: { ...base().assumptions, hours: { kind: 'constant', level: 4 } },
        correlations: [
          { first: 'avail', second: 'hours', rho: 0.4 },
          { first: 'avail', second: 'backlog', rho: 0.3 },
        ],
      }),
    );
    const constant = screen.getByRole('group', { name: 'Availability – Resolution' });
    expect(within(constant).getByText(/Resolution has no random draws/)).toBeInTheDocument();
    const random = screen.getByRole('group', { name: 'Availability – Backlog' });
    expect(within(random).queryByText(/no random draws/)).not.toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Remove correlation Availability – Resolution' }),
    );
    expect(screen.getByText('Removed a correlation from scenario “Base”')).toBeInTheDocument();
    // The pair below moved up into its place: focus goes to its field.
    await waitFor(() => expect(textbox('Correlation Availability – Backlog')).toHaveFocus());
    expect((await saved(user, ops))?.correlations).toEqual([
      { first: 'avail', second: 'backlog', rho: 0.3 },
    ]);
  });

  it('moves focus after removing the last pair, after undoing it, and after adding a pair', async () => {
    const { user } = await germanPane(
      base({ correlations: [{ first: 'avail', second: 'hours', rho: 0.4 }] }),
    );
    await user.click(
      screen.getByRole('button', { name: 'Remove correlation Availability – Resolution' }),
    );
    // No pair below: the new pair's first choice.
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'First service level' })).toHaveFocus(),
    );
    await user.click(
      within(screen.getByRole('region', { name: 'Undo' })).getByRole('button', { name: 'Undo' }),
    );
    await waitFor(() => expect(textbox('Correlation Availability – Resolution')).toHaveFocus());
    expect(textbox('Correlation Availability – Resolution')).toHaveValue('0,4');
    await addPair(user, 'Resolution', 'Backlog', '-0,3');
    await waitFor(() => expect(textbox('Correlation Resolution – Backlog')).toHaveFocus());
    expect(textbox('Correlation Resolution – Backlog')).toHaveValue('-0,3');
  });
});

describe('a deleted service level', () => {
  it('leaves every scenario’s pairs and drops, and comes back with them on undo', async () => {
    const second: Scenario = {
      id: 'stressed',
      name: 'Stressed',
      assumptions: {},
      correlations: [{ first: 'hours', second: 'backlog', rho: 0.7 }],
    };
    const ops = await WorkbookUnderTest.holding({
      contract: smallContract({ serviceLevels: levels }),
      scenarios: [
        base({
          correlations: [
            { first: 'avail', second: 'backlog', rho: 0.3 },
            { first: 'avail', second: 'hours', rho: 0.4 },
          ],
          badMonth: { probability: 0.05, drops: { backlog: 20, avail: 0.5 } },
        }),
        second,
      ],
    });
    const { user } = await renderApp(ops, 'light', undefined, 'de-DE');
    await openTab(user, 'Service levels');
    const list = screen.getByRole('list', { name: 'Service levels' });
    await user.click(within(list).getByRole('button', { name: 'Delete Backlog' }));
    await openTab(user, 'Scenarios');
    expect(screen.queryByRole('group', { name: 'Availability – Backlog' })).toBeNull();
    expect(screen.getByRole('group', { name: 'Availability – Resolution' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
    await screen.findByText(/Written to the workbook/);
    const [stored, stressed] = (await ops.stored())?.scenarios ?? [];
    expect(stored.correlations).toEqual([{ first: 'avail', second: 'hours', rho: 0.4 }]);
    expect(stored.badMonth).toEqual({ probability: 0.05, drops: { avail: 0.5 } });
    expect(stressed.correlations).toBeUndefined();
    await user.click(
      within(screen.getByRole('region', { name: 'Undo' })).getByRole('button', { name: 'Undo' }),
    );
    expect(screen.getByRole('group', { name: 'Availability – Backlog' })).toBeInTheDocument();
    expect(textbox('Backlog rises by')).toHaveValue('20');
  });
});
