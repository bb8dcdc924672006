/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { createWorkbookOperations } from '../../../src/workbook/createWorkbookOperations';
import { MemoryWorkbookHost } from '../../../src/workbook/memoryWorkbookHost';
import { MODEL_DOCUMENT_KEY } from '../../../src/workbook/modelDocument';
import { sampleContract } from '../../../src/workbook/sampleModel';
import { serviceLevel, smallContract } from '../support/testContracts';
import { WorkbookUnderTest } from '../support/workbookUnderTest';
import { openTab, renderApp, retype } from '../support/renderApp';

jest.setTimeout(60_000);

const writeButton = () => screen.getByRole('button', { name: 'Write to workbook' });
const restoreButton = () => screen.getByRole('button', { name: 'Restore from workbook tables' });

/** A workbook whose stored model cannot be read (cut short), and whose tables hold `tables`. */
async function invalidWorkbook(tables = smallContract({ name: 'From the tables' })) {
  const ops = await WorkbookUnderTest.withModel(tables);
  await ops.storeUnreadableModel('{"format":"outcome-modeler","version":1,"model":{');
  return ops;
}

describe('an unreadable stored model, restored from the workbook tables', () => {
  it('offers both ways forward, and neither writes anything by itself', async () => {
    const ops = await invalidWorkbook();
    await renderApp(ops);
    expect(screen.getByText(/^The stored model is not valid JSON \(.+\)\.$/)).toBeInTheDocument();
    expect(restoreButton()).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start fresh' })).toBeInTheDocument();
    expect(ops.restoreCalls).toBe(0);
    expect(ops.saveCalls).toHaveLength(0);
  });

  it('shows the restored contract and what was restored, and writes only when the user writes', async () => {
    const tables = smallContract({
      name: 'From the tables',
      serviceLevels: [
        serviceLevel({ id: 'availability', name: 'Availability' }),
        serviceLevel({ id: 'p1-fixed-in-4h', name: 'P1 fixed in 4h' }), // ids come back from names
      ],
    });
    const ops = await invalidWorkbook(tables);
    const { user } = await renderApp(ops);
    await user.click(restoreButton());
    expect(await screen.findByLabelText('Contract name')).toHaveValue('From the tables');
    expect(
      screen.getByText(
        'Restored from the workbook tables: the terms of "From the tables" and 2 service levels with their bands (Availability, P1 fixed in 4h). ' +
          'Gain-share terms, scenarios and proposals are not kept in those tables and were not restored. ' +
          'Check the contract, then write it to replace the stored model that could not be read.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start fresh' })).not.toBeInTheDocument();
    expect(ops.saveCalls).toHaveLength(0);
    expect(ops.restoreCalls).toBe(1);

    await retype(user, screen.getByLabelText('Contract name'), 'Restored deal');
    await user.click(writeButton());
    await screen.findByText(/Written to the workbook/);
    expect(ops.saveCalls).toHaveLength(1);
    // The restored model is the base: the change log records the user's edit, not the whole contract again.
    expect(ops.saveCalls[0].previous).toEqual({ contract: tables });
    expect(ops.saveCalls[0].model.contract).toEqual({ ...tables, name: 'Restored deal' });
    // The workbook's change log: the rows written when the tables were made, then the user's edit.
    expect((await ops.changeLogRows()).at(-1)?.slice(1)).toEqual([
      '',
      'Contract name',
      'From the tables',
      'Restored deal',
    ]);
  });

  it('moves keyboard focus to the editor once restored', async () => {
    const ops = await invalidWorkbook();
    const { user } = await renderApp(ops);
    restoreButton().focus();
    await user.keyboard('{Enter}');
    await screen.findByLabelText('Contract name');
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Contract' })).toHaveFocus());
  });

  it('says why when the tables cannot be restored, and keeps both choices and the stored model', async () => {
    const ops = await invalidWorkbook();
    await ops.typeInTable('OM_ServiceLevels', 1, 'Expected', 'eight');
    const { user } = await renderApp(ops);
    await user.click(restoreButton());
    expect(
      await screen.findByText(
        'The workbook tables could not be restored: OM_ServiceLevels row 1: Expected is not a number ("eight").',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/^The stored model is not valid JSON \(.+\)\.$/)).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Contract' })).not.toBeInTheDocument();
    expect(writeButton()).toHaveAttribute('aria-disabled', 'true');
    await user.click(writeButton());
    expect(ops.saveCalls).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Start fresh' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Start a new contract?' });
    await user.click(within(dialog).getByRole('button', { name: 'Start a new contract' }));
    expect(await screen.findByLabelText('Contract name')).toHaveValue('New contract');
  });

  it('says so when reading the tables fails, and stays on the choice', async () => {
    const ops = await invalidWorkbook();
    ops.failNext.restoreFromWorkbookTables = 'Excel is busy';
    const { user } = await renderApp(ops);
    await user.click(restoreButton());
    expect(
      await screen.findByText('Could not restore from the workbook tables: Excel is busy'),
    ).toBeInTheDocument();
    expect(restoreButton()).not.toHaveAttribute('aria-disabled');
    await user.click(restoreButton());
    expect(await screen.findByLabelText('Contract name')).toHaveValue('From the tables');
  });
});

describe('restoring on the in-memory workbook', () => {
  it('rebuilds the sample from its tables after the stored model was damaged, and writes it back', async () => {
    const host = new MemoryWorkbookHost();
    const operations = createWorkbookOperations(host);
    await operations.insertSampleModel();
    const stored = (await host.readStoredDocument(MODEL_DOCUMENT_KEY)) ?? '';
    await host.writeStoredDocument(MODEL_DOCUMENT_KEY, stored.slice(0, stored.length / 2));

    const { user } = await renderApp(operations);
    expect(screen.getByText(/^The stored model is not valid JSON/)).toBeInTheDocument();
    await user.click(restoreButton());
    expect(await screen.findByLabelText('Contract name')).toHaveValue(
      'Managed infrastructure and service desk',
    );
    expect(
      screen.getByText(
        /^Restored from the workbook tables: .* and 5 service levels with their bands/,
      ),
    ).toBeInTheDocument();
    expect(await host.readStoredDocument(MODEL_DOCUMENT_KEY)).toBe(
      stored.slice(0, stored.length / 2),
    );

    await openTab(user, 'Service levels');
    await retype(user, screen.getByLabelText('Allocation'), '45');
    await user.click(writeButton());
    expect(
      await screen.findByText('Written to the workbook: 1 change logged in the change log.'),
    ).toBeInTheDocument();
    const reloaded = await operations.loadModel();
    if (reloaded.kind !== 'ok') throw new Error(`stored model not readable: ${reloaded.kind}`);
    const expected = sampleContract();
    expect(
      reloaded.model.contract.serviceLevels.map((sl) => [sl.name, sl.allocation, sl.bands]),
    ).toEqual(
      expected.serviceLevels.map((sl, i) => [sl.name, i === 0 ? 0.45 : sl.allocation, sl.bands]),
    );
  });
});
