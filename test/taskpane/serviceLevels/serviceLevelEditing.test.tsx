/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { serviceLevel, smallContract } from '../support/testContracts';
import { WorkbookUnderTest } from '../support/workbookUnderTest';
import { openTab, renderApp, retype } from '../support/renderApp';

// Whole-pane tests on a shared 2-core machine: typing through Fluent inputs takes a while.
jest.setTimeout(30_000);

function twoLevels() {
  return WorkbookUnderTest.withModel(
    smallContract({
      serviceLevels: [
        serviceLevel({ id: 'a', name: 'Availability' }),
        serviceLevel({ id: 'b', name: 'Resolution' }),
      ],
    }),
  );
}

const levelNames = () =>
  within(screen.getByRole('list', { name: 'Service levels' }))
    .getAllByRole('listitem')
    .map((item) => within(item).getAllByRole('button')[0].textContent);

describe('service levels tab', () => {
  it('adds a level with a unique name and selects it for editing', async () => {
    const { user } = await renderApp(await twoLevels());
    await openTab(user, 'Service levels');
    await user.click(screen.getByRole('button', { name: 'Add service level' }));
    expect(levelNames()).toEqual(['Availability', 'Resolution', 'Service level 3']);
    expect(
      screen.getByRole('button', { name: 'Service level 3', pressed: true }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('Service level 3');
    expect(screen.getByLabelText('Allocation')).toHaveValue('20');
  });

  it('renames, reorders and deletes levels', async () => {
    const { user } = await renderApp(await twoLevels());
    await openTab(user, 'Service levels');
    await retype(user, screen.getByLabelText('Name'), 'Uptime');
    expect(levelNames()).toEqual(['Uptime', 'Resolution']);
    await user.click(screen.getByRole('button', { name: 'Move Resolution up' }));
    expect(levelNames()).toEqual(['Resolution', 'Uptime']);
    expect(screen.getByRole('button', { name: 'Move Resolution up' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Delete Uptime' }));
    expect(levelNames()).toEqual(['Resolution']);
    expect(screen.getByLabelText('Name')).toHaveValue('Resolution');
  });

  it('shows "Duplicate name" next to the name being typed', async () => {
    const { user } = await renderApp(await twoLevels());
    await openTab(user, 'Service levels');
    await retype(user, screen.getByLabelText('Name'), 'resolution');
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription(
      'Duplicate name "resolution"',
    );
  });

  it('says when a name is empty', async () => {
    const { user } = await renderApp(await twoLevels());
    await openTab(user, 'Service levels');
    await retype(user, screen.getByLabelText('Name'), '');
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Name is empty');
  });

  it('says when the expected level is worse than the minimum', async () => {
    const { user } = await renderApp(await twoLevels());
    await openTab(user, 'Service levels');
    await retype(user, screen.getByLabelText('Expected level'), '98');
    expect(screen.getByLabelText('Minimum level')).toHaveAccessibleDescription(
      expect.stringContaining('Expected level 98 is worse than the minimum 99'),
    );
  });

  it('says when allocations exceed the pool, at the allocation being typed', async () => {
    const { user } = await renderApp(await twoLevels());
    await openTab(user, 'Service levels');
    // 25% elsewhere + 180% here = 205% over a 200% pool.
    await retype(user, screen.getByLabelText('Allocation'), '180%');
    expect(screen.getByLabelText('Allocation')).toHaveAccessibleDescription(
      expect.stringContaining('Allocations total 205%, over the pool of 200%'),
    );
  });

  it('keeps the number a field held before the edit while its text is not a number', async () => {
    const ops = await twoLevels();
    const { user } = await renderApp(ops);
    await openTab(user, 'Service levels');
    const expected = screen.getByLabelText('Expected level');
    // One edit: "99.7" parses on the way, then the text becomes "abc".
    await retype(user, expected, '99.7');
    await retype(user, expected, 'abc');
    expect(expected).toHaveValue('abc');
    expect(expected).toHaveAccessibleDescription('Enter a number');
    await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
    expect(ops.saveCalls[0].model.contract.serviceLevels[0]).toMatchObject({
      expected: 99.5,
      minimum: 99,
    });
  });

  it('keeps a number committed in an earlier edit when a later edit does not parse', async () => {
    const ops = await twoLevels();
    const { user } = await renderApp(ops);
    await openTab(user, 'Service levels');
    const expected = screen.getByLabelText('Expected level');
    await retype(user, expected, '99.7');
    await user.tab(); // the edit ends
    await retype(user, expected, '99.x');
    expect(expected).toHaveAccessibleDescription('Enter a number');
    await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
    expect(ops.saveCalls[0].model.contract.serviceLevels[0].expected).toBe(99.7);
  });
});
