/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { smallContract } from '../support/testContracts';
import { WorkbookUnderTest } from '../support/workbookUnderTest';
import { renderApp, retype } from '../support/renderApp';

jest.setTimeout(30_000);

const eur = (amount: number) =>
  new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR' }).format(amount);

describe('contract tab', () => {
  it('shows the at-risk amount behind the at-risk share as the user types', async () => {
    const { user } = await renderApp(await WorkbookUnderTest.withModel(smallContract()));
    const share = screen.getByLabelText('At-risk share of charges');
    expect(share).toHaveValue('12');
    expect(screen.getByText(`At-risk amount: ${eur(12000)} per month`)).toBeInTheDocument();
    await retype(user, share, '15%');
    expect(screen.getByText(`At-risk amount: ${eur(15000)} per month`)).toBeInTheDocument();
    await retype(user, screen.getByLabelText('Monthly charges'), '200,000');
    expect(screen.getByText(`At-risk amount: ${eur(30000)} per month`)).toBeInTheDocument();
  });

  it('writes percentages as fractions and an empty cap as none', async () => {
    const ops = await WorkbookUnderTest.withModel(smallContract());
    const { user } = await renderApp(ops);
    await retype(user, screen.getByLabelText('Pool available for allocation'), '150');
    await retype(user, screen.getByLabelText('Monthly incentive cap'), '');
    await retype(user, screen.getByLabelText('Annual incentive cap'), '2.5%');
    await user.selectOptions(screen.getByLabelText('Earnback mode'), 'prorata');
    await retype(user, screen.getByLabelText('Earnback window (months)'), '6');
    await user.selectOptions(screen.getByLabelText('Ratchet method'), 'midpoint');
    await retype(user, screen.getByLabelText('Largest move, share of gap to perfect'), '10');
    await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
    expect(ops.saveCalls[0].model.contract).toMatchObject({
      poolShare: 1.5,
      incentiveCapMonthlyShare: null,
      incentiveCapAnnualShare: 0.025,
      earnback: { mode: 'prorata', window: 6 },
      ratchet: { method: 'midpoint', maxGapShare: 0.1 },
    });
  });

  it('explains a term the engine rejects next to it and blocks writing', async () => {
    const ops = await WorkbookUnderTest.withModel(smallContract());
    const { user } = await renderApp(ops);
    await retype(user, screen.getByLabelText('At-risk share of charges'), '120');
    expect(screen.getByLabelText('At-risk share of charges')).toHaveAccessibleDescription(
      expect.stringContaining('At-risk % must be between 0% and 100%'),
    );
    const write = screen.getByRole('button', { name: 'Write to workbook' });
    expect(write).toHaveAttribute('aria-disabled', 'true');
    expect(write).toHaveAccessibleDescription('Fix 1 problem before writing: see Contract.');
    await user.click(write);
    expect(ops.saveCalls).toHaveLength(0);
  });
});
