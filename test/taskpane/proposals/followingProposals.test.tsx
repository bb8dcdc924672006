/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { smallContract } from '../support/testContracts';
import { WorkbookUnderTest } from '../support/workbookUnderTest';
import { openTab, renderApp, retype } from '../support/renderApp';

jest.setTimeout(60_000);

const box = (name: string) => screen.getByRole('textbox', { name });
const ownTerms = () =>
  within(screen.getByRole('list', { name: 'Terms it sets' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

it('a proposal follows the contract except in the terms it sets; a frozen copy does not', async () => {
  const ops = await WorkbookUnderTest.withModel(smallContract({ monthlyCharges: 100_000 }));
  const { user } = await renderApp(ops);
  await openTab(user, 'Proposals');
  await user.click(screen.getByRole('button', { name: 'Add proposal' }));
  await retype(user, box('Proposal name'), 'Our offer');
  expect(screen.getByRole('radio', { name: /^Follows the contract/ })).toBeChecked();
  expect(screen.getByText(/It sets no terms of its own yet/)).toBeInTheDocument();
  await retype(user, box('At-risk share of charges'), '15');
  expect(ownTerms()).toEqual(['At-risk %: 15%contract: 12%Follow the contract']);

  await user.click(screen.getByRole('button', { name: 'Add proposal' }));
  await retype(user, box('Proposal name'), 'Kept as sent');
  await user.click(screen.getByRole('radio', { name: /^Frozen copy/ }));
  expect(screen.getByText('Its terms are the contract’s today.')).toBeInTheDocument();

  // The contract's charges change after both proposals were made.
  await openTab(user, 'Contract');
  await retype(user, box('Monthly charges'), '97722');
  await openTab(user, 'Proposals');
  expect(box('Monthly charges')).toHaveValue('100000');
  expect(
    within(screen.getByRole('list', { name: 'Terms that differ' })).getByText(/Monthly charges/),
  ).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Our offer' }));
  expect(box('Monthly charges')).toHaveValue('97722');
  expect(box('At-risk share of charges')).toHaveValue('15');

  // Giving the term back: the contract's 12% again, and it keeps following it.
  await user.click(screen.getByRole('button', { name: 'Follow the contract: At-risk %' }));
  expect(box('At-risk share of charges')).toHaveValue('12');
  await waitFor(() =>
    expect(document.activeElement).toHaveTextContent(/^It sets no terms of its own yet/),
  );
  // Typing its old value back sets the term again.
  await retype(user, box('At-risk share of charges'), '15');
  expect(ownTerms()).toEqual(['At-risk %: 15%contract: 12%Follow the contract']);
  await user.click(screen.getByRole('button', { name: 'Follow the contract: At-risk %' }));

  await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
  await screen.findByText(/Written to the workbook/);
  const stored = (await ops.stored())?.proposals ?? [];
  expect(stored.map((p) => [p.name, p.contract.monthlyCharges, p.overrides])).toEqual([
    ['Our offer', 97_722, []],
    ['Kept as sent', 100_000, undefined],
  ]);
});

it('adopts a proposal as the contract after saying what changes, and the change log records it', async () => {
  const ops = await WorkbookUnderTest.withModel(smallContract());
  const { user } = await renderApp(ops);
  await openTab(user, 'Proposals');
  await user.click(screen.getByRole('button', { name: 'Add proposal' }));
  await retype(user, box('Proposal name'), 'Agreed');
  await retype(user, box('At-risk share of charges'), '15');

  await user.click(screen.getByRole('button', { name: 'Adopt as the contract…' }));
  const dialog = await screen.findByRole('alertdialog', {
    name: 'Adopt “Agreed” as the contract?',
  });
  expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  expect(
    within(within(dialog).getByRole('list', { name: 'Terms that change' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(['At-risk %: 12% → 15%']);
  await user.click(within(dialog).getByRole('button', { name: 'Adopt' }));
  // Focus goes back where the user was once the dialog has gone.
  await waitFor(() =>
    expect(screen.getByRole('button', { name: 'Adopt as the contract…' })).toHaveFocus(),
  );
  expect(screen.getByText(/Adopted “Agreed” as the contract. Undo/)).toBeInTheDocument();

  await openTab(user, 'Contract');
  expect(box('At-risk share of charges')).toHaveValue('15');
  await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
  await screen.findByText(/Written to the workbook/);
  const log = (await ops.changeLogRows()).map((row) => row.slice(2));
  expect(log).toEqual(
    expect.arrayContaining([
      ['Adopted proposal', '', 'Agreed'],
      ['At-risk %', '12%', '15%'],
    ]),
  );
  // Only the contract records it: the proposal following the contract does not adopt anything.
  expect(log.filter((row) => String(row[0]).endsWith('Adopted proposal'))).toEqual([
    ['Adopted proposal', '', 'Agreed'],
  ]);
  const adoption = log.findIndex((row) => row[0] === 'Adopted proposal');
  expect(log[adoption + 1]).toEqual(['At-risk %', '12%', '15%']);
  expect((await ops.stored())?.contract.adoptedFrom?.name).toBe('Agreed');
});
