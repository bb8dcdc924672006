/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import { smallContract } from '../support/testContracts';
import { WorkbookUnderTest } from '../support/workbookUnderTest';
import { openTab, renderApp, retype } from '../support/renderApp';

jest.setTimeout(60_000);

const textbox = (name: string) => screen.getByRole('textbox', { name });

describe('guard rails a negotiator expects', () => {
  it('focuses the name of a service level just added, and derives its bands from unit, direction and expected level', async () => {
    const { user } = await renderApp(await WorkbookUnderTest.withModel(smallContract()));
    await openTab(user, 'Service levels');
    await user.click(screen.getByRole('button', { name: 'Add service level' }));
    await waitFor(() => expect(textbox('Name')).toHaveFocus());
    await user.keyboard('{Control>}a{/Control}Mean time to restore');
    await retype(user, textbox('Unit'), 'hours');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Direction' }), 'lower');
    await retype(user, textbox('Expected level'), '4');
    await openTab(user, 'Bands');
    expect(screen.getByRole('combobox', { name: 'Service level' })).toHaveDisplayValue(
      'Mean time to restore',
    );
    const bounds = [1, 2, 3, 4].map((n) => textbox(`Lower bound of band ${n}`));
    expect(bounds.map((b) => (b as HTMLInputElement).value)).toEqual(['0', '3.6', '4.4', '5.2']);
    expect(screen.queryByText(/The bands pay an incentive/)).toBeNull();
  });

  it('never moves the bands of a level already in the workbook, even when they are the defaults', async () => {
    // The small contract's Availability has exactly the default bands of 99.5%.
    const { user } = await renderApp(await WorkbookUnderTest.withModel(smallContract()));
    await openTab(user, 'Service levels');
    await retype(user, textbox('Expected level'), '99.7');
    await openTab(user, 'Bands');
    expect(textbox('Lower bound of band 3')).toHaveValue('99.5');
  });

  it('keeps bands the user edited when the expected level changes later', async () => {
    const { user } = await renderApp(await WorkbookUnderTest.withModel(smallContract()));
    await openTab(user, 'Service levels');
    await user.click(screen.getByRole('button', { name: 'Add service level' }));
    await openTab(user, 'Bands');
    await retype(user, textbox('Rate of band 2'), '-40');
    await openTab(user, 'Service levels');
    await retype(user, textbox('Expected level'), '98');
    await openTab(user, 'Bands');
    expect(textbox('Lower bound of band 2')).toHaveValue('99');
    expect(textbox('Rate of band 2')).toHaveValue('-40');
  });

  it('warns when the bands pay an incentive below the expected level or a credit at it', async () => {
    const { user } = await renderApp(await WorkbookUnderTest.withModel(smallContract()));
    await openTab(user, 'Bands');
    // Band 2 starts at 99, below the expected 99.5.
    await retype(user, textbox('Rate of band 2'), '5');
    expect(
      screen.getByText(
        'The bands pay an incentive (5%) at 99.25, which is worse than the expected level 99.5.',
      ),
    ).toBeVisible();
    await retype(user, textbox('Rate of band 2'), '-50');
    await retype(user, textbox('Rate of band 3'), '-10');
    expect(
      screen.getByText(/^The bands charge a credit \(-10%\) at the expected level 99\.5/),
    ).toBeVisible();
    // A warning does not stop the user from writing what they mean.
    expect(screen.getByRole('button', { name: 'Write to workbook' })).not.toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  it('moves focus to a band row just added, and to a scenario or proposal just added', async () => {
    const { user } = await renderApp(await WorkbookUnderTest.withModel(smallContract()));
    await openTab(user, 'Bands');
    await user.click(screen.getByRole('button', { name: 'Add band' }));
    await waitFor(() => expect(textbox('Lower bound of band 5')).toHaveFocus());
    await openTab(user, 'Scenarios');
    await user.click(screen.getByRole('button', { name: 'Add scenario' }));
    await waitFor(() => expect(textbox('Scenario name')).toHaveFocus());
    await openTab(user, 'Proposals');
    await user.click(screen.getByRole('button', { name: 'Add proposal' }));
    await waitFor(() => expect(textbox('Proposal name')).toHaveFocus());
  });
});
