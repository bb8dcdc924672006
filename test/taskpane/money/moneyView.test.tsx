/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { serviceLevel, smallContract } from '../support/testContracts';
import { WorkbookUnderTest } from '../support/workbookUnderTest';
import { openTab, renderApp } from '../support/renderApp';

jest.setTimeout(30_000);

const eur = (amount: number) =>
  new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR' }).format(amount);

/**
 * Charges 100,000 × at risk 12% = 12,000. Bands: −100% below 99, −50% from 99, 0% from 99.5, +10% from 99.9.
 * Availability 25% → 3,000 per 100%: one failure (just under 99.5) 1,500; worst month 3,000; worst year 36,000;
 *   best month 300; best year 3,600.
 * Resolution 150% → 18,000 per 100%: one failure 9,000; worst month capped at 12,000; worst year 144,000;
 *   best month 1,800; best year 21,600.
 * Contract: worst 3,000 + 18,000 ≥ 12,000 → 12,000 a month, 144,000 a year, cap reachable;
 *   best 2,100 a month (monthly cap 5,000), 25,200 a year capped by 2% of 1,200,000 = 24,000.
 * Backlog is a key measurement: no money.
 */
function handComputedContract() {
  return WorkbookUnderTest.withModel(
    smallContract({
      incentiveCapAnnualShare: 0.02,
      serviceLevels: [
        serviceLevel({ id: 'a', name: 'Availability', allocation: 0.25 }),
        serviceLevel({ id: 'r', name: 'Resolution', allocation: 1.5 }),
        serviceLevel({ id: 'k', name: 'Backlog', allocation: 0, critical: false }),
      ],
    }),
  );
}

const rowOf = (name: string) => {
  const table = screen.getByRole('table', { name: 'Money view' });
  const header = within(table).getByRole('rowheader', { name });
  return within(header.closest('tr')!)
    .getAllByRole('cell')
    .map((c) => c.textContent);
};

describe('money view', () => {
  it('shows each level’s money in the contract currency', async () => {
    const { user } = await renderApp(await handComputedContract());
    await openTab(user, 'Money');
    expect(rowOf('Availability')).toEqual([eur(1500), eur(3000), eur(36000), eur(300), eur(3600)]);
    expect(rowOf('Resolution')).toEqual([
      eur(9000),
      eur(12000),
      eur(144000),
      eur(1800),
      eur(21600),
    ]);
    expect(rowOf('Backlog')).toEqual(['Key measurement: reported only']);
  });

  it('shows contract totals and that the at-risk cap is reachable', async () => {
    const { user } = await renderApp(await handComputedContract());
    await openTab(user, 'Money');
    expect(rowOf('Contract')).toEqual(['–', eur(12000), eur(144000), eur(2100), eur(24000)]);
    expect(
      screen.getByText(
        `The at-risk cap of ${eur(12000)} per month is reachable: several failures in one month can use it all.`,
      ),
    ).toBeInTheDocument();
  });

  it('follows the currency and the at-risk share typed on the Contract tab', async () => {
    const { user } = await renderApp(await handComputedContract());
    const share = screen.getByLabelText('At-risk share of charges');
    await user.clear(share);
    await user.type(share, '10%');
    const currency = screen.getByLabelText('Currency');
    await user.clear(currency);
    await user.type(currency, 'usd');
    await openTab(user, 'Money');
    const usd = (amount: number) =>
      new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' }).format(amount);
    // At risk 10,000: Availability 25% → 2,500 worst month, 1,250 for one failure.
    expect(rowOf('Availability').slice(0, 3)).toEqual([usd(1250), usd(2500), usd(30000)]);
  });

  it('says when failures cannot reach the cap', async () => {
    const ops = await WorkbookUnderTest.withModel(smallContract());
    const { user } = await renderApp(ops);
    await openTab(user, 'Money');
    expect(
      screen.getByText(
        `The at-risk cap of ${eur(12000)} per month cannot be reached: every critical level failing at once costs ${eur(3000)}.`,
      ),
    ).toBeInTheDocument();
  });
});
