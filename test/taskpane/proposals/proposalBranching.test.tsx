/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { smallContract } from '../support/testContracts';
import { WorkbookUnderTest } from '../support/workbookUnderTest';
import { openTab, renderApp, retype } from '../support/renderApp';

jest.setTimeout(60_000);

const names = () =>
  within(screen.getByRole('list', { name: 'Proposals' }))
    .getAllByRole('button')
    .filter((b) => b.hasAttribute('aria-pressed'))
    .map((b) => b.textContent);

it('duplicates a proposal with its terms, edits the copy alone, reorders, and writes that order', async () => {
  const ops = await WorkbookUnderTest.withModel(smallContract());
  const { user } = await renderApp(ops);
  await openTab(user, 'Proposals');
  await user.click(screen.getByRole('button', { name: 'Add proposal' }));
  await retype(user, screen.getByRole('textbox', { name: 'Proposal name' }), 'Their counter');
  await retype(user, screen.getByRole('textbox', { name: 'At-risk share of charges' }), '15');

  await user.click(screen.getByRole('button', { name: 'Duplicate this proposal' }));
  expect(names()).toEqual(['Their counter', 'Their counter (copy)']);
  // The copy is selected, its name field has focus, and it starts with the source's terms.
  const name = screen.getByRole('textbox', { name: 'Proposal name' });
  expect(name).toHaveValue('Their counter (copy)');
  expect(name).toHaveFocus();
  expect(screen.getByRole('textbox', { name: 'At-risk share of charges' })).toHaveValue('15');
  await retype(user, name, 'Our answer');
  await retype(user, screen.getByRole('textbox', { name: 'At-risk share of charges' }), '13');

  await user.click(screen.getByRole('button', { name: 'Move Our answer up' }));
  expect(names()).toEqual(['Our answer', 'Their counter']);
  expect(screen.getByRole('button', { name: 'Move Our answer up' })).toBeDisabled();
  await user.click(screen.getByRole('button', { name: 'Their counter' }));
  expect(screen.getByRole('textbox', { name: 'At-risk share of charges' })).toHaveValue('15');

  await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
  await screen.findByText(/Written to the workbook/);
  const saved = ops.saveCalls[0].model.proposals ?? [];
  expect(saved.map((p) => [p.name, p.contract.atRiskShare])).toEqual([
    ['Our answer', 0.13],
    ['Their counter', 0.15],
  ]);
  expect(new Set(saved.map((p) => p.id)).size).toBe(2);
});
