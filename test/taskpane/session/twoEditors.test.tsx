/** @jest-environment jsdom */
import { act, screen, waitFor } from '@testing-library/react';
import { smallContract } from '../support/testContracts';
import { WorkbookUnderTest } from '../support/workbookUnderTest';
import { renderApp, retype } from '../support/renderApp';

jest.setTimeout(60_000);

/**
 * Two editors on one workbook (two panes, or co-authors with AutoSave): the pane never writes over a
 * model written since it read it, hears when that happens, and lets the user choose whose stays.
 */
const charges = () => screen.getByRole('textbox', { name: 'Monthly charges' });
const writeButton = () => screen.getByRole('button', { name: 'Write to workbook' });
const theirs = () => ({ contract: { ...smallContract(), monthlyCharges: 111_000 } });
const at = new Date(Date.UTC(2026, 0, 15, 10, 42));

describe('when someone else writes the model while this pane is open', () => {
  it('says so as it happens, and reloading shows their model', async () => {
    const ops = await WorkbookUnderTest.withModel(smallContract());
    const { user } = await renderApp(ops);
    await act(() => ops.someoneElseWrites(theirs(), at));
    expect(await screen.findByText('The model changed elsewhere.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Reload theirs' }));
    await waitFor(() => expect(charges()).toHaveValue('111000'));
    expect(screen.queryByText('The model changed elsewhere.')).toBeNull();
  });

  it('writes nothing over it: the write says why, and "Write mine over theirs" then writes', async () => {
    const ops = await WorkbookUnderTest.withModel(smallContract());
    const { user } = await renderApp(ops);
    await retype(user, charges(), '125000');
    await act(() => ops.someoneElseWrites(theirs(), at));
    await user.click(await screen.findByRole('button', { name: 'Keep editing mine' }));
    await user.click(writeButton());
    expect(await screen.findByText('Nothing was written.')).toBeVisible();
    expect((await ops.stored())?.contract.monthlyCharges).toBe(111_000);
    expect(charges()).toHaveValue('125000');

    await user.click(screen.getByRole('button', { name: 'Write mine over theirs' }));
    await waitFor(async () => expect((await ops.stored())?.contract.monthlyCharges).toBe(125_000));
    expect(screen.queryByText('Nothing was written.')).toBeNull();
    // Now this pane's model is the one it expects: the next write goes through without asking.
    await retype(user, charges(), '126000');
    await user.click(writeButton());
    await waitFor(async () => expect((await ops.stored())?.contract.monthlyCharges).toBe(126_000));
  });

  it('logs what writing over theirs changes in their model, so the log agrees with the contract', async () => {
    const ops = await WorkbookUnderTest.withModel(smallContract());
    const { user } = await renderApp(ops);
    await act(() => ops.someoneElseWrites(theirs(), at));
    await user.click(await screen.findByRole('button', { name: 'Keep editing mine' }));
    await retype(user, charges(), '125000');
    await user.click(writeButton());
    await user.click(await screen.findByRole('button', { name: 'Write mine over theirs' }));
    await waitFor(async () => expect((await ops.stored())?.contract.monthlyCharges).toBe(125_000));
    const charged = (await ops.changeLogRows()).filter((r) => r[2] === 'Monthly charges');
    // Theirs 100,000 → 111,000, then mine 111,000 → 125,000: no gap in the trail.
    expect(charged.map((r) => [r[3], r[4]])).toEqual([
      ['100000', '111000'],
      ['111000', '125000'],
    ]);
  });

  it('does not take its own writes for someone else’s', async () => {
    const ops = await WorkbookUnderTest.withModel(smallContract());
    const { user } = await renderApp(ops);
    await retype(user, charges(), '125000');
    await user.click(writeButton());
    await waitFor(async () => expect((await ops.stored())?.contract.monthlyCharges).toBe(125_000));
    await retype(user, charges(), '127000');
    await user.click(writeButton());
    await waitFor(async () => expect((await ops.stored())?.contract.monthlyCharges).toBe(127_000));
    expect(screen.queryByText('The model changed elsewhere.')).toBeNull();
    expect(screen.queryByText('Nothing was written.')).toBeNull();
  });
});
