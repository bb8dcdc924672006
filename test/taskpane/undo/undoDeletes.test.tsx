/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { serviceLevel, smallContract } from '../support/testContracts';
import { WorkbookUnderTest } from '../support/workbookUnderTest';
import { openTab, renderApp, retype } from '../support/renderApp';

jest.setTimeout(60_000);

const twoLevels = () =>
  smallContract({
    serviceLevels: [
      serviceLevel({ id: 'avail', name: 'Availability' }),
      serviceLevel({ id: 'p1', name: 'P1 resolution', expected: 95, minimum: 90 }),
    ],
  });

const levelNames = () =>
  within(screen.getByRole('list', { name: 'Service levels' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('undoing a delete', () => {
  it('puts a deleted service level back where it was, with its edits, from the Undo button', async () => {
    const { user } = await renderApp(await WorkbookUnderTest.withModel(twoLevels()));
    await openTab(user, 'Service levels');
    await retype(user, screen.getByRole('textbox', { name: 'Expected level' }), '99.7');
    await user.click(screen.getByRole('button', { name: 'Delete Availability' }));
    expect(levelNames()).toEqual(['P1 resolution']);
    const bar = screen.getByRole('region', { name: 'Undo' });
    expect(bar).toHaveTextContent('Deleted service level “Availability”');
    // Announced to screen readers as it happens.
    expect(
      screen.getAllByRole('status').some((s) => s.textContent?.includes('Undo with Ctrl+Z')),
    ).toBe(true);
    await user.click(within(bar).getByRole('button', { name: 'Undo' }));
    expect(levelNames()).toEqual(['Availability', 'P1 resolution']);
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Availability');
    expect(screen.getByRole('textbox', { name: 'Expected level' })).toHaveValue('99.7');
    expect(screen.queryByRole('region', { name: 'Undo' })).toBeNull();
  });

  it('undoes deletes one after the other with Ctrl+Z, most recent first', async () => {
    const { user } = await renderApp(await WorkbookUnderTest.withModel(twoLevels()));
    await openTab(user, 'Service levels');
    await user.click(screen.getByRole('button', { name: 'Delete P1 resolution' }));
    await user.click(screen.getByRole('button', { name: 'Delete Availability' }));
    expect(screen.queryByRole('list', { name: 'Service levels' })?.children ?? []).toHaveLength(0);
    await user.keyboard('{Control>}z{/Control}');
    expect(levelNames()).toEqual(['Availability']);
    await user.keyboard('{Control>}z{/Control}');
    expect(levelNames()).toEqual(['Availability', 'P1 resolution']);
  });

  it('shows the bar again for the next delete after it was hidden, and says what an undo put back', async () => {
    const { user } = await renderApp(await WorkbookUnderTest.withModel(twoLevels()));
    await openTab(user, 'Service levels');
    await user.click(screen.getByRole('button', { name: 'Delete P1 resolution' }));
    await user.click(screen.getByRole('button', { name: 'Hide' }));
    expect(screen.queryByRole('region', { name: 'Undo' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Delete Availability' }));
    expect(screen.getByRole('region', { name: 'Undo' })).toHaveTextContent(
      'Deleted service level “Availability”',
    );
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    const said = () => screen.getAllByRole('status').map((s) => s.textContent);
    expect(said()).toContain('Undone: Deleted service level “Availability”.');
    // The earlier delete, hidden, can still be undone from the keyboard.
    await user.keyboard('{Control>}z{/Control}');
    expect(levelNames()).toEqual(['Availability', 'P1 resolution']);
    expect(said()).toContain('Undone: Deleted service level “P1 resolution”.');
  });

  it('leaves Ctrl+Z in a text field to the field', async () => {
    const { user } = await renderApp(await WorkbookUnderTest.withModel(twoLevels()));
    await openTab(user, 'Service levels');
    await user.click(screen.getByRole('button', { name: 'Delete P1 resolution' }));
    await user.click(screen.getByRole('textbox', { name: 'Name' }));
    await user.keyboard('{Control>}z{/Control}');
    expect(levelNames()).toEqual(['Availability']);
  });

  it('puts a removed band row back at its place in the table', async () => {
    const ops = await WorkbookUnderTest.withModel(twoLevels());
    const { user } = await renderApp(ops);
    await openTab(user, 'Bands');
    const bound = (n: number) => screen.getByRole('textbox', { name: `Lower bound of band ${n}` });
    expect(bound(2)).toHaveValue('99');
    await user.click(screen.getByRole('button', { name: 'Remove band 2' }));
    expect(bound(2)).toHaveValue('99.5');
    await user.keyboard('{Control>}z{/Control}');
    expect(bound(2)).toHaveValue('99');
    expect(screen.getByRole('textbox', { name: 'Rate of band 2' })).toHaveValue('-50');
    await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
    await screen.findByText(/Written to the workbook/);
    // Removed and put back: the stored bands are what they were, and nothing was logged as changed.
    expect(ops.saveCalls[0].model.contract).toEqual(twoLevels());
  });

  it('brings back a deleted scenario and a deleted proposal', async () => {
    const { user } = await renderApp(await WorkbookUnderTest.withModel(twoLevels()));
    await openTab(user, 'Scenarios');
    await user.click(screen.getByRole('button', { name: 'Add scenario' }));
    await retype(user, screen.getByRole('textbox', { name: 'Scenario name' }), 'Stressed');
    await user.click(screen.getByRole('button', { name: 'Delete Stressed' }));
    expect(screen.queryByRole('textbox', { name: 'Scenario name' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('textbox', { name: 'Scenario name' })).toHaveValue('Stressed');

    await openTab(user, 'Proposals');
    await user.click(screen.getByRole('button', { name: 'Add proposal' }));
    await retype(user, screen.getByRole('textbox', { name: 'Proposal name' }), 'Their counter');
    await user.click(screen.getByRole('button', { name: 'Delete Their counter' }));
    expect(screen.getByRole('region', { name: 'Undo' })).toHaveTextContent(
      'Deleted proposal “Their counter”',
    );
    await user.keyboard('{Control>}z{/Control}');
    expect(screen.getByRole('textbox', { name: 'Proposal name' })).toHaveValue('Their counter');
  });
});
