/** @jest-environment jsdom */
import { act, screen, waitFor, within } from '@testing-library/react';
import { type OutcomeModel } from '../../../src/engine/terms/outcomeModel';
import { MODEL_DOCUMENT_KEY } from '../../../src/workbook/modelDocument';
import { results } from '../../workbook/support/writeScenarios';
import { EXCELLENT, MISSED, OUR_OFFER, THEIR_COUNTER } from '../support/negotiationFixtures';
import { openTab, renderApp, retype, type User } from '../support/renderApp';
import { zipTexts } from '../../workbook/share/counterpartyFile';
import { smallContract } from '../support/testContracts';
import { WorkbookUnderTest } from '../support/workbookUnderTest';

jest.setTimeout(60_000);

/**
 * The Share tab says what the file carries to whoever receives it and removes the negotiation
 * data before it goes: over the real workbook operations and the in-memory workbook.
 */
const WALK_AWAY = {
  id: 'walk-away',
  name: 'Walk-away',
  contract: smallContract({ atRiskShare: 0.2 }),
};
const NEGOTIATION: OutcomeModel = {
  contract: smallContract(),
  proposals: [OUR_OFFER, THEIR_COUNTER, WALK_AWAY],
  scenarios: [EXCELLENT, MISSED],
};

/** The model written by the pane's own operations, a run's results on OM_Scenarios. */
async function negotiatedWorkbook(): Promise<WorkbookUnderTest> {
  const ops = await WorkbookUnderTest.holding(NEGOTIATION);
  await ops.writeScenarioResults(results(0.15), { proposalId: 'offer', scenarioId: 'expected' });
  return ops;
}

const removeButton = () => screen.getByRole('button', { name: 'Remove negotiation data…' });
const carried = () =>
  within(screen.getByRole('list', { name: 'Negotiation data in this workbook' }));
/** The figures as the list shows them, one text per line. */
const lines = async () => {
  await waitFor(() => screen.getByRole('list', { name: 'Negotiation data in this workbook' }));
  return carried()
    .getAllByRole('listitem')
    .map((li) => li.textContent);
};
async function openShare(user: User) {
  await openTab(user, 'Share');
  await screen.findByRole('list', { name: 'Negotiation data in this workbook' });
}

it('shows what the file carries, asks before removing, and a cancel removes nothing', async () => {
  const ops = await negotiatedWorkbook();
  const logRows = (await ops.changeLogRows()).length;
  const { user } = await renderApp(ops);
  await openShare(user);
  // The stored text is 2,799 characters, all ASCII: 2,799 bytes / 1,024 = 2.73 KB.
  expect((await ops.host.readStoredDocument(MODEL_DOCUMENT_KEY))?.length).toBe(2799);
  expect(await lines()).toEqual([
    'Stored model: 2.7 KB',
    '3 proposals: Our offer, Their counter, Walk-away',
    '2 scenarios: Excellent, Missed',
    `Change log: ${logRows} rows`,
    'Simulation results sheet OM_Scenarios',
    'No unwritten edits kept',
  ]);
  expect(
    screen.getByText(
      'Also in this workbook, for both sides: the contract, actuals (0 rows) and 0 statement sheets.',
    ),
  ).toBeVisible();

  await user.click(removeButton());
  const dialog = await screen.findByRole('alertdialog', { name: 'Remove negotiation data?' });
  const removed = within(within(dialog).getByRole('list', { name: 'Removed' }));
  expect(removed.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
    'From the stored model, 3 proposals: Our offer, Their counter, Walk-away',
    'From the stored model, 2 scenarios: Excellent, Missed',
    `The change log: the OM_ChangeLog sheet (${logRows} rows)`,
    'The simulation results: the OM_Scenarios sheet and its charts',
  ]);
  expect(within(dialog).getByRole('list', { name: 'Kept' })).toHaveTextContent(
    /The contract, its service levels and bands/,
  );
  // Removal cannot be undone: the dialog opens on Cancel, so Enter keeps everything.
  await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus());
  await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  await waitFor(() => expect(removeButton()).toHaveFocus());
  expect((await ops.stored())?.proposals).toHaveLength(3);
  expect(await ops.host.listSheets()).toContain('OM_Scenarios');
});

it('removes the negotiation data: the figures drop, the proposals go, and a reload keeps it so', async () => {
  const ops = await negotiatedWorkbook();
  const logRows = (await ops.changeLogRows()).length;
  const { user, unmount } = await renderApp(ops);
  await openShare(user);
  await user.click(removeButton());
  const dialog = await screen.findByRole('alertdialog', { name: 'Remove negotiation data?' });
  await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());

  expect(
    await screen.findByText(
      `Removed from the workbook: 3 proposals, 2 scenarios, the change log (${logRows} rows) and the simulation results sheet. The contract, its service levels and bands, actuals and statements stay.`,
    ),
  ).toBeVisible();
  await waitFor(async () =>
    expect((await lines()).slice(1)).toEqual([
      'No proposals',
      'No scenarios',
      'No change log',
      'No simulation results sheet',
      'No unwritten edits kept',
    ]),
  );
  expect(removeButton()).toHaveAttribute('aria-disabled', 'true');
  expect(removeButton()).toHaveAccessibleDescription('This workbook carries no negotiation data.');
  expect(await ops.stored()).toEqual({ contract: smallContract() });
  expect(await ops.host.listSheets()).not.toContain('OM_Scenarios');

  // The editor holds the contract alone: the next write does not put the proposals back.
  await openTab(user, 'Proposals');
  expect(screen.getByText(/No proposals yet/)).toBeVisible();
  await openTab(user, 'Contract');
  await retype(user, screen.getByRole('textbox', { name: 'Monthly charges' }), '120000');
  await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
  await screen.findByText(/Written to the workbook/);
  expect(await ops.stored()).toEqual({
    contract: { ...smallContract(), monthlyCharges: 120_000 },
  });

  unmount();
  const again = await renderApp(ops);
  await openTab(again.user, 'Proposals');
  expect(screen.getByText(/No proposals yet/)).toBeVisible();
  await openShare(again.user);
  // The write after the removal started a new change log: one row, for the charges.
  expect((await lines()).slice(1)).toEqual([
    'No proposals',
    'No scenarios',
    'Change log: 1 row',
    'No simulation results sheet',
    'No unwritten edits kept',
  ]);
});

it('is refused while the pane holds unwritten edits, and allowed again once they are written', async () => {
  const ops = await negotiatedWorkbook();
  const logRows = (await ops.changeLogRows()).length;
  const { user } = await renderApp(ops);
  await retype(user, screen.getByRole('textbox', { name: 'Monthly charges' }), '120000');
  await openShare(user);
  expect(removeButton()).toHaveAttribute('aria-disabled', 'true');
  expect(removeButton()).toHaveAccessibleDescription(
    'Write or undo your unwritten edits first: removing keeps the contract as the workbook holds it, and the pane then shows that.',
  );
  await user.click(removeButton());
  expect(screen.queryByRole('alertdialog')).toBeNull();
  // The edits are kept in the file as a draft a moment after they are made, and the list says so.
  await waitFor(async () =>
    expect(await lines()).toContain('Unwritten edits kept in this workbook'),
  );

  await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
  await screen.findByText(/Written to the workbook/);
  // The write logged one change (the charges) and the figures were read again.
  await waitFor(async () => expect(await lines()).toContain(`Change log: ${logRows + 1} rows`));
  expect(await lines()).toContain('No unwritten edits kept');
  expect(removeButton()).not.toHaveAttribute('aria-disabled');
});

it('over a model written elsewhere since the pane read it, removes nothing and says so', async () => {
  const ops = await negotiatedWorkbook();
  const { user } = await renderApp(ops);
  await openShare(user);
  await act(() =>
    ops.someoneElseWrites(
      { ...NEGOTIATION, proposals: [OUR_OFFER] },
      new Date(Date.UTC(2026, 0, 15, 10)),
    ),
  );
  await user.click(await screen.findByRole('button', { name: 'Keep editing mine' }));
  await user.click(removeButton());
  const dialog = await screen.findByRole('alertdialog', { name: 'Remove negotiation data?' });
  await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
  expect(await screen.findByText('Nothing was written.')).toBeVisible();
  expect((await ops.stored())?.proposals).toEqual([OUR_OFFER]);
  expect(await ops.host.listSheets()).toContain('OM_ChangeLog');
});

it('shows the figures with the user’s decimal mark', async () => {
  const ops = await negotiatedWorkbook();
  const { user } = await renderApp(ops, 'light', undefined, 'de-DE');
  await openShare(user);
  // 2,799 bytes / 1,024 = 2.73 KB, with a decimal comma.
  expect((await lines())[0]).toBe('Stored model: 2,7 KB');
});

it('says why when the removal fails, and the pane keeps the model it had', async () => {
  const ops = await negotiatedWorkbook();
  const { user } = await renderApp(ops);
  await openShare(user);
  ops.failNext.removeNegotiationData = 'Excel lost the connection.';
  await user.click(removeButton());
  const dialog = await screen.findByRole('alertdialog', { name: 'Remove negotiation data?' });
  await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
  expect(
    await screen.findByText('Could not remove the negotiation data: Excel lost the connection.'),
  ).toBeVisible();
  expect((await lines())[1]).toBe('3 proposals: Our offer, Their counter, Walk-away');
  await openTab(user, 'Proposals');
  expect(screen.queryByText(/No proposals yet/)).toBeNull();
});

it('keeps what was ticked for the other side while the user visits other tabs', async () => {
  const ops = await negotiatedWorkbook();
  const { user } = await renderApp(ops);
  await openShare(user);
  await user.click(await screen.findByRole('checkbox', { name: /Money view/ }));
  await user.click(screen.getByRole('checkbox', { name: 'Their counter' }));
  await openTab(user, 'Contract');
  await openShare(user);
  expect(await screen.findByRole('checkbox', { name: /Money view/ })).toBeChecked();
  expect(screen.getByRole('checkbox', { name: 'Their counter' })).toBeChecked();
  expect(screen.getByRole('checkbox', { name: 'Walk-away' })).not.toBeChecked();
  await user.click(screen.getByRole('button', { name: 'Create file for the other side' }));
  await screen.findByText(/^Downloaded/);
  expect(ops.madeFiles).toHaveLength(1);
  const everything = Object.values(await zipTexts(ops.madeFiles[0].bytes)).join('\n');
  expect(everything).toContain('Their counter');
  expect(everything).not.toContain('Walk-away');
});
