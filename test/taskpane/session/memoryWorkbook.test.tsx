/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { cellAddress, parseRange } from '../../../src/workbook/cellAddress';
import { createWorkbookOperations } from '../../../src/workbook/createWorkbookOperations';
import { MemoryWorkbookHost } from '../../../src/workbook/memoryWorkbookHost';
import { openTab, renderApp, retype } from '../support/renderApp';

jest.setTimeout(60_000);

/** Types a value into the second data row's lower bound of a band table, as a user in the grid would. */
async function editSecondBoundInGrid(host: MemoryWorkbookHost, table: string, bound: number) {
  const content = await host.readTable(table);
  if (!content) throw new Error(`no table ${table}`);
  const at = parseRange(content.address);
  await host.writeRange(content.sheet, cellAddress(at.row + 2, at.col), [[bound]]);
}

describe('the pane on the in-memory workbook', () => {
  it('inserts the sample, writes an edit to the change log, and takes bands edited in the grid', async () => {
    const host = new MemoryWorkbookHost();
    const operations = createWorkbookOperations(host);
    const { user } = await renderApp(operations);

    await user.click(screen.getByRole('button', { name: 'Insert sample model' }));
    expect(await screen.findByText(/Sample model inserted/)).toBeInTheDocument();
    expect(screen.getByLabelText('Contract name')).toHaveValue(
      'Managed infrastructure and service desk',
    );

    await openTab(user, 'Service levels');
    await retype(user, screen.getByLabelText('Allocation'), '45');
    await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
    expect(
      await screen.findByText('Written to the workbook: 1 change logged in the change log.'),
    ).toBeInTheDocument();

    await editSecondBoundInGrid(host, 'Bands_Availability', 98.8);
    await retype(user, screen.getByLabelText('Expected level'), '99.6');
    await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
    expect(
      await screen.findByText(/The bands of Availability were edited in the grid/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: "Use the grid's bands" }));
    expect(
      await screen.findByText(
        'Bands of Availability were read from the grid, where they had been edited.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Expected level')).toHaveValue('99.6');
    await openTab(user, 'Bands');
    expect(screen.getByLabelText('Lower bound of band 2')).toHaveValue('98.8');

    await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
    expect(await screen.findByText(/Written to the workbook/)).toBeInTheDocument();
    const reloaded = await operations.loadModel();
    if (reloaded.kind !== 'ok') throw new Error(`stored model not readable: ${reloaded.kind}`);
    const availability = reloaded.model.contract.serviceLevels[0];
    expect(availability).toMatchObject({ name: 'Availability', expected: 99.6, allocation: 0.45 });
    expect(availability.bands.rows[1]).toEqual({ bound: 98.8, rate: -0.5 });
    expect(reloaded.bandsFromGrid).toEqual([]);
  });
});
