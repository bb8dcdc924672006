/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { smallContract } from '../support/testContracts';
import { WorkbookUnderTest } from '../support/workbookUnderTest';
import { renderApp, retype } from '../support/renderApp';

jest.setTimeout(60_000);

describe('the contract start on the Contract tab', () => {
  it('takes a month typed as 2026-3 and stores it as 2026-03; text that is no month changes nothing', async () => {
    const ops = await WorkbookUnderTest.withModel(smallContract());
    const { user } = await renderApp(ops);
    const start = screen.getByRole('textbox', { name: 'Contract start (first month)' });
    expect(start).toHaveValue('');
    await retype(user, start, '2026-3');
    await user.tab();
    await retype(user, start, 'March');
    expect(screen.getByText('Enter the month as YYYY-MM, e.g. 2026-01')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
    await screen.findByText(/Written to the workbook/);
    expect(ops.saveCalls[0].model.contract.startPeriod).toBe('2026-03');
    const log = await ops.changeLogRows();
    expect(log.some((row) => row.includes('Contract start') && row.includes('2026-03'))).toBe(true);
  });
});
