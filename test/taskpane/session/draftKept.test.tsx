/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import { smallContract } from '../support/testContracts';
import { DRAFT_DOCUMENT_KEY } from '../../../src/workbook/modelDraft';
import { WorkbookUnderTest } from '../support/workbookUnderTest';
import { openTab, renderApp, retype } from '../support/renderApp';

jest.setTimeout(60_000);

const charges = () => screen.getByRole('textbox', { name: 'Monthly charges' });

/** The pane closes (Excel drops its state) and opens again on the same workbook. */
async function reopen(ops: WorkbookUnderTest, unmount: () => void) {
  unmount();
  return renderApp(ops);
}

describe('edits not yet written', () => {
  it('are kept in the workbook and come back when the pane opens again', async () => {
    const ops = await WorkbookUnderTest.withModel(smallContract());
    const first = await renderApp(ops);
    await retype(first.user, charges(), '125000');
    await waitFor(() => expect(ops.draftWrites).toBeGreaterThan(0));
    const second = await reopen(ops, first.unmount);
    expect(charges()).toHaveValue('125000');
    expect(screen.getByText(/^Restored your edits from .+, which were not written/)).toBeVisible();
    expect(screen.getByText('Unsaved changes: Write to workbook keeps them.')).toBeVisible();
    // Nothing was written: the stored model is still the one from before.
    expect((await ops.stored())?.contract.monthlyCharges).toBe(100_000);

    await second.user.click(screen.getByRole('button', { name: 'Discard them' }));
    expect(charges()).toHaveValue('100000');
    await reopen(ops, second.unmount);
    expect(charges()).toHaveValue('100000');
    expect(screen.queryByText(/^Restored your edits/)).toBeNull();
  });

  it('come back beside band edits made on the sheet since, which win as on every load', async () => {
    const ops = await WorkbookUnderTest.withModel(smallContract());
    const first = await renderApp(ops);
    await retype(first.user, charges(), '125000');
    await waitFor(() => expect(ops.draftWrites).toBeGreaterThan(0));
    first.unmount();
    await ops.editBandsInGrid('Availability', [
      { bound: 0, rate: -1 },
      { bound: 99.5, rate: 0 },
    ]);
    const { user } = await renderApp(ops);
    expect(charges()).toHaveValue('125000');
    expect(screen.getByText(/Bands of Availability were read from the grid/)).toBeVisible();
    expect(screen.getByText(/^Restored your edits from/)).toBeVisible();
    await openTab(user, 'Bands');
    expect(screen.getByRole('textbox', { name: 'Lower bound of band 2' })).toHaveValue('99.5');
    expect(screen.queryByRole('textbox', { name: 'Lower bound of band 3' })).toBeNull();
  });

  it('are refused, and the pane says so, when the workbook could not read them back', async () => {
    const ops = await WorkbookUnderTest.withModel(smallContract());
    const { user } = await renderApp(ops);
    await retype(user, screen.getByRole('textbox', { name: 'Term (months)' }), '240');
    expect(
      await screen.findByText(/could not be kept in the workbook as a draft \(The edited model/),
    ).toBeVisible();
  });

  it('are kept for a new contract that was never written', async () => {
    const ops = new WorkbookUnderTest();
    const first = await renderApp(ops);
    await retype(first.user, screen.getByRole('textbox', { name: 'Contract name' }), 'Desk deal');
    // The whole name in the kept draft, not only a first keystroke's draft being written.
    await waitFor(async () =>
      expect(await ops.host.readStoredDocument(DRAFT_DOCUMENT_KEY)).toContain('"Desk deal"'),
    );
    await reopen(ops, first.unmount);
    expect(screen.getByRole('textbox', { name: 'Contract name' })).toHaveValue('Desk deal');
    expect(screen.getByText(/Discard them goes back to an empty contract/)).toBeVisible();
  });

  it('are not offered again once written', async () => {
    const ops = await WorkbookUnderTest.withModel(smallContract());
    const first = await renderApp(ops);
    await retype(first.user, charges(), '125000');
    await waitFor(() => expect(ops.draftWrites).toBeGreaterThan(0));
    await first.user.click(screen.getByRole('button', { name: 'Write to workbook' }));
    await screen.findByText(/Written to the workbook/);
    await reopen(ops, first.unmount);
    expect(charges()).toHaveValue('125000');
    expect(screen.queryByText(/^Restored your edits/)).toBeNull();
  });

  it('are not brought back when the user typed the workbook’s value again', async () => {
    const ops = await WorkbookUnderTest.withModel(smallContract());
    const first = await renderApp(ops);
    await retype(first.user, charges(), '125000');
    await waitFor(() => expect(ops.draftWrites).toBe(1));
    await retype(first.user, charges(), '100000');
    expect(screen.queryByText(/Unsaved changes/)).toBeNull();
    // The draft of 125,000 is cleared, a moment later.
    await waitFor(async () => {
      const loaded = await ops.loadModel();
      expect(loaded.kind === 'ok' && loaded.draft).toBeNull();
    });
    await reopen(ops, first.unmount);
    expect(charges()).toHaveValue('100000');
  });

  it('say so when they cannot be kept, so the user writes them before closing', async () => {
    const ops = await WorkbookUnderTest.withModel(smallContract());
    ops.failNext.saveDraft = 'The workbook is read-only';
    const { user } = await renderApp(ops);
    await retype(user, charges(), '125000');
    expect(
      await screen.findByText(
        /could not be kept in the workbook as a draft \(The workbook is read-only\)/,
      ),
    ).toBeVisible();
  });
});
