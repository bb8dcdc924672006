/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { smallContract } from '../support/testContracts';
import { EXCELLENT } from '../support/negotiationFixtures';
import { WorkbookUnderTest } from '../support/workbookUnderTest';
import { openTab, renderApp, retype, type User } from '../support/renderApp';

jest.setTimeout(90_000);

/** Money as the pane shows it, in the contract currency; `whole` for simulated figures. */
const eur = (amount: number, whole = false) =>
  new Intl.NumberFormat(undefined, {
    style: 'currency',
    currency: 'EUR',
    ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
  }).format(amount);

const cellsOf = (table: HTMLElement, rowName: string) => {
  const header = within(table).getByRole('rowheader', { name: rowName });
  return within(header.closest('tr')!)
    .getAllByRole('cell')
    .map((c) => c.textContent);
};

/** A row of a proposal's details under a scenario: its value. */
const detail = (caption: string, label: string) => {
  const table = screen.getByRole('table', { name: caption });
  return cellsOf(table, label)[0];
};

/** "Tickets resolved" per ticket, graduated: from 0 at 2,50, from 1.000 at 1,75, typed in German. */
async function addTickets(user: User) {
  await user.click(screen.getByRole('button', { name: 'Add volume-priced outcome' }));
  await retype(user, screen.getByLabelText('Outcome 1 name'), 'Tickets resolved');
  await retype(user, screen.getByLabelText('Outcome 1 unit'), 'ticket');
  await retype(user, screen.getByLabelText('Price per unit, outcome 1 tier 1'), '2,50');
  await user.click(screen.getByRole('button', { name: 'Add tier' }));
  await retype(user, screen.getByLabelText('Units from, outcome 1 tier 2'), '1.000');
  await retype(user, screen.getByLabelText('Price per unit, outcome 1 tier 2'), '1,75');
}

async function runComparison(user: User) {
  await openTab(user, 'Compare');
  await retype(user, screen.getByRole('textbox', { name: 'Trials' }), '200');
  await user.click(
    screen.getByRole('switch', { name: 'Sensitivity, break-even and risk-priced fee' }),
  );
  await user.click(screen.getByRole('button', { name: 'Run' }));
  await screen.findByRole('table', { name: 'Proposals × scenarios' }, { timeout: 60_000 });
}

describe('volume pricing in the pane', () => {
  it('is typed in the user’s convention, priced in money, simulated and compared', async () => {
    const ops = await WorkbookUnderTest.holding({
      contract: smallContract(),
      scenarios: [EXCELLENT],
    });
    const { user } = await renderApp(ops, 'light', undefined, 'de-DE');
    await addTickets(user);

    await openTab(user, 'Money');
    const curve = screen.getByRole('table', {
      name: 'Tickets resolved: charge a month (graduated)',
    });
    // 500 × 2.50 = 1,250; 1,000 × 2.50 = 2,500; 2,500 + 500 × 1.75 = 3,375 (2.25 a ticket).
    expect(cellsOf(curve, '500')).toEqual([eur(1_250), eur(2.5)]);
    expect(cellsOf(curve, '1.000')).toEqual([eur(2_500), eur(2.5)]);
    expect(cellsOf(curve, '1.500')).toEqual([eur(3_375), eur(2.25)]);

    await openTab(user, 'Scenarios');
    const kind = screen.getByLabelText('Tickets resolved: units a month: assumption');
    expect(kind).toHaveValue('none');
    await user.selectOptions(kind, 'constant');
    await retype(user, screen.getByLabelText('Tickets resolved: units a month: level'), '1.200');

    // Their counter: the same tiers, the second 0,25 cheaper.
    await openTab(user, 'Proposals');
    await user.click(screen.getByRole('button', { name: 'Add proposal' }));
    await retype(user, screen.getByLabelText('Price per unit, outcome 1 tier 2'), '1,5');

    await runComparison(user);
    // 1,200 tickets a month: 1,000 × 2.50 + 200 × 1.75 = 2,850, × 36 months = 102,600.
    expect(detail('Service desk 2025 under Excellent', 'Volume charges, expected')).toBe(
      eur(102_600, true),
    );
    expect(detail('Service desk 2025 under Excellent', 'Volume charges, P95')).toBe(
      eur(102_600, true),
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Focus proposal' }),
      'Proposal 1',
    );
    // 0.25 less on each of the 200 tickets beyond 1,000, for 36 months: 1,800 less.
    expect(detail('Proposal 1 under Excellent', 'Volume charges, expected')).toBe(
      eur(102_600 - 1_800, true),
    );

    await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
    const saved = ops.saveCalls[ops.saveCalls.length - 1].model;
    const [term] = saved.contract.volumePricing ?? [];
    expect(term).toMatchObject({
      name: 'Tickets resolved',
      unit: 'ticket',
      method: 'graduated',
      tiers: [
        { bound: 0, rate: 2.5 },
        { bound: 1_000, rate: 1.75 },
      ],
    });
    expect(saved.scenarios?.[0].volumes).toEqual({ [term.id]: { kind: 'constant', level: 1_200 } });
    expect(saved.proposals?.[0].contract.volumePricing?.[0].tiers[1]).toEqual({
      bound: 1_000,
      rate: 1.5,
    });
  });

  it('shows the engine’s verdict beside a term, and removing the last term leaves none', async () => {
    const ops = await WorkbookUnderTest.withModel(smallContract());
    const { user } = await renderApp(ops);
    await addTickets(user);
    await retype(user, screen.getByLabelText('Units from, outcome 1 tier 2'), '0');
    expect(screen.getAllByText('Duplicate units from')).toHaveLength(2);
    expect(
      screen.getByText('Volume pricing "Tickets resolved": tiers: duplicate lower bound 0'),
    ).toBeInTheDocument();
    await retype(user, screen.getByLabelText('Outcome 1 name'), '');
    expect(screen.getByText('Volume pricing, outcome 1: name is empty')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove outcome 1' }));
    expect(screen.queryByLabelText('Outcome 1 name')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
    expect(ops.saveCalls[0].model.contract.volumePricing).toBeUndefined();
  });
});
