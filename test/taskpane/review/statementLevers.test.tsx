/** @jest-environment jsdom */
import { readFileSync } from 'fs';
import { join } from 'path';
import { screen, within } from '@testing-library/react';
import { periodStatement } from '../../../src/engine/review/serviceReview';
import { unwrap } from '../../../src/engine/rules/result';
import { type Contract } from '../../../src/engine/terms/contract';
import { formatMoney } from '../../../src/taskpane/money/paneMoneyText';
import { sampleContract } from '../../../src/workbook/sampleModel';
import { openTab, renderApp, retype } from '../support/renderApp';
import { WorkbookUnderTest } from '../support/workbookUnderTest';

jest.setTimeout(90_000);

const CSV = readFileSync(join(__dirname, '../../../docs/samples/actuals.csv'), 'utf8');

/** The sample contract (from 2026-01) with tickets priced per unit and gain/pain share. */
const contract: Contract = {
  ...sampleContract(),
  volumePricing: [
    {
      id: 'tickets',
      name: 'Tickets resolved',
      unit: 'ticket',
      method: 'graduated',
      tiers: [
        { bound: 0, rate: 12 },
        { bound: 1000, rate: 9 },
      ],
    },
  ],
  gainShare: {
    targetCostAnnual: 2_400_000,
    shareBands: [
      { bound: 0, rate: 0.3 },
      { bound: 0.95, rate: 0.5 },
      { bound: 1.05, rate: 0.8 },
    ],
    painCap: 100_000,
    gainCap: null,
  },
};

/** The pane in German over a workbook holding the contract and the sample year of actuals. */
async function germanReview() {
  const ops = await WorkbookUnderTest.withModel(contract);
  const preview = ops.serviceReview.previewImport(CSV, contract);
  if (preview.kind !== 'ok') throw new Error(preview.problems.join('\n'));
  await ops.serviceReview.importActuals(contract, preview.records);
  const { user } = await renderApp(ops, 'light', undefined, 'de-DE');
  await openTab(user, 'Review');
  await screen.findByText(/OM_Actuals holds 60 rows/);
  return { ops, user };
}

const levers = () => within(screen.getByRole('list', { name: 'Commercial levers this month' }));

describe('the statement’s commercial levers in the Review tab (German)', () => {
  it('takes units and the year’s actual cost with decimal commas, shows the lines and writes them', async () => {
    const { ops, user } = await germanReview();
    await user.selectOptions(screen.getByLabelText('Period'), '2026-12');
    // Before anything is typed: the volume line and the settlement are pending, not zero.
    expect(levers().getByText('Tickets resolved: pending: units not given')).toBeInTheDocument();
    expect(
      levers().getByText(/contract year 1: pending until the year’s actual cost is given/),
    ).toBeInTheDocument();

    await retype(
      user,
      screen.getByLabelText('Units this month: Tickets resolved (ticket)'),
      '1250,5',
    );
    await retype(
      user,
      screen.getByLabelText('Actual cost of contract year 1, 2026-01 to 2026-12'),
      '2.640.000,5',
    );
    // 1,250.5 tickets graduated: 1,000 × 12 + 250.5 × 9 = 14,254.50.
    expect(
      levers().getByText(`Tickets resolved: 1.250,5 ticket → ${formatMoney(14_254.5, 'EUR')}`),
    ).toBeInTheDocument();
    // 2,640,000.50 ÷ 2,400,000 ≈ 1.1: 0.5 × 0.05 + 0.8 × 0.05 → 156,000.01, capped at the pain cap.
    expect(
      levers().getByText(
        `Gain/pain share, contract year 1: ${formatMoney(-100_000, 'EUR', { signed: true })} (an overrun borne by the provider, off the invoice).`,
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Write statement' }));
    const status = await screen.findByText(/Wrote OM_Statement_2026_12/);
    const { records } = await ops.serviceReview.readActuals(contract);
    const inputs = { units: { tickets: 1250.5 }, yearActualCost: 2_640_000.5 };
    const engine = unwrap(periodStatement(contract, records, '2026-01', '2026-12', inputs));
    expect(engine.levers.invoiceEffect).toBeCloseTo(14_254.5 - 100_000, 6);
    expect(status).toHaveTextContent(
      `Invoice adjustment: ${formatMoney(engine.invoiceAdjustment, 'EUR', { signed: true })}.`,
    );
    // The sheet keeps the inputs the statement was made with, and its lines refer to them.
    expect(await ops.host.readRange('OM_Statement_2026_12', 'T5:U6')).toEqual([
      ['units:tickets', 1250.5],
      ['yearActualCost', 2_640_000.5],
    ]);
    expect(await ops.serviceReview.readStatementInputs(contract, '2026-12')).toEqual(inputs);
  });

  it('keeps what was typed through a visit to another tab, and says when the year settles', async () => {
    const { user } = await germanReview();
    await user.selectOptions(screen.getByLabelText('Period'), '2026-06');
    expect(
      levers().getByText('Gain/pain share: contract year 1 settles in 2026-12.'),
    ).toBeVisible();
    expect(screen.queryByLabelText(/Actual cost of contract year/)).toBeNull();
    await retype(user, screen.getByLabelText('Units this month: Tickets resolved (ticket)'), '800');
    await openTab(user, 'Money');
    await openTab(user, 'Review');
    await screen.findByText(/OM_Actuals holds 60 rows/);
    await user.selectOptions(screen.getByLabelText('Period'), '2026-06');
    expect(screen.getByLabelText('Units this month: Tickets resolved (ticket)')).toHaveValue('800');
    expect(
      levers().getByText(`Tickets resolved: 800 ticket → ${formatMoney(9600, 'EUR')}`),
    ).toBeInTheDocument();
  });
});
