/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { smallContract } from '../support/testContracts';
import { WorkbookUnderTest } from '../support/workbookUnderTest';
import { openTab, renderApp, retype, type User } from '../support/renderApp';

jest.setTimeout(60_000);

const eur = (amount: number, signed = false) =>
  new Intl.NumberFormat(undefined, {
    style: 'currency',
    currency: 'EUR',
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(amount);

const cellsOf = (tableName: string, rowName: string) => {
  const table = screen.getByRole('table', { name: tableName });
  const header = within(table).getByRole('rowheader', { name: rowName });
  return within(header.closest('tr')!)
    .getAllByRole('cell')
    .map((c) => c.textContent);
};

const pct = (x: number) =>
  new Intl.NumberFormat(undefined, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(x);

async function switchOnGainShare(user: User) {
  await user.click(
    screen.getByRole('switch', { name: 'Share cost savings and overruns against a target' }),
  );
}

describe('gain/pain share in the pane', () => {
  it('is edited on the Contract tab, shown in money and written to the workbook', async () => {
    const ops = await WorkbookUnderTest.withModel(smallContract());
    const { user } = await renderApp(ops);
    await switchOnGainShare(user);
    // Default target: 85% of 100,000 a month × 12.
    expect(screen.getByLabelText('Target cost per year')).toHaveValue('1020000');
    await retype(user, screen.getByLabelText('Target cost per year'), '1,200,000');
    await retype(user, screen.getByLabelText('Pain cap per year'), '50,000');
    await openTab(user, 'Money');
    const table = 'Gain/pain share in a full year';
    // Bands 30% from 0, 50% from 0.95, 80% from 1.05 of 1,200,000:
    // 90%: 0.05 × 50% + 0.05 × 30% = 0.04 → keeps 48,000. 95%: 0.05 × 50% → 30,000.
    // 105%: 0.05 × 50% → bears 30,000. 110%: + 0.05 × 80% = 0.065 → 78,000, capped at 50,000.
    expect(cellsOf(table, `${eur(1_080_000)} (${pct(-0.1)})`)).toEqual([eur(48_000, true)]);
    expect(cellsOf(table, `${eur(1_140_000)} (${pct(-0.05)})`)).toEqual([eur(30_000, true)]);
    expect(cellsOf(table, `${eur(1_260_000)} (${pct(0.05)})`)).toEqual([eur(-30_000, true)]);
    expect(cellsOf(table, `${eur(1_320_000)} (${pct(0.1)})`)).toEqual([eur(-50_000, true)]);
    await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
    expect(ops.saveCalls[0].model.contract.gainShare).toEqual({
      targetCostAnnual: 1_200_000,
      shareBands: [
        { bound: 0, rate: 0.3 },
        { bound: 0.95, rate: 0.5 },
        { bound: 1.05, rate: 0.8 },
      ],
      painCap: 50_000,
      gainCap: null,
    });
  });

  it('shows the engine’s verdict beside the term and can be switched off', async () => {
    const ops = await WorkbookUnderTest.withModel(smallContract());
    const { user } = await renderApp(ops);
    await switchOnGainShare(user);
    await retype(user, screen.getByLabelText('Target cost per year'), '0');
    expect(
      screen.getByText('Gain share: annual target cost must be a positive number, not 0'),
    ).toBeInTheDocument();
    await retype(user, screen.getByLabelText('Lower bound of share band 2'), '0');
    expect(screen.getAllByText('Duplicate lower bound')).toHaveLength(2);
    await switchOnGainShare(user);
    expect(screen.queryByLabelText('Target cost per year')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
    expect(ops.saveCalls[0].model.contract.gainShare).toBeUndefined();
  });

  it('gives each scenario an actual cost per contract year once a contract shares cost', async () => {
    const ops = await WorkbookUnderTest.withModel(smallContract());
    const { user } = await renderApp(ops);
    await switchOnGainShare(user);
    await openTab(user, 'Scenarios');
    await user.click(screen.getByRole('button', { name: 'Add scenario' }));
    const kind = screen.getByLabelText('Actual cost per year: assumption');
    expect(kind).toHaveValue('none');
    await user.selectOptions(kind, 'constant');
    await retype(user, screen.getByLabelText('Actual cost per year: level'), '1,100,000');
    await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
    expect(ops.saveCalls[0].model.scenarios?.[0].actualCostAnnual).toEqual({
      kind: 'constant',
      level: 1_100_000,
    });
  });

  it('is a proposal term too', async () => {
    const gainShare = {
      targetCostAnnual: 1_200_000,
      shareBands: [{ bound: 0, rate: 0.5 }],
      painCap: null,
      gainCap: null,
    };
    const ops = await WorkbookUnderTest.withModel(smallContract({ gainShare }));
    const { user } = await renderApp(ops);
    await openTab(user, 'Proposals');
    await user.click(screen.getByRole('button', { name: 'Add proposal' }));
    await retype(user, screen.getByLabelText('Gain cap per year'), '25,000');
    await openTab(user, 'Money');
    // The money view is the contract's: 10% under 1,200,000 at 50% keeps 60,000, uncapped.
    expect(cellsOf('Gain/pain share in a full year', `${eur(1_080_000)} (${pct(-0.1)})`)).toEqual([
      eur(60_000, true),
    ]);
    await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
    const saved = ops.saveCalls[0].model;
    expect(saved.contract.gainShare).toEqual(gainShare);
    expect(saved.proposals?.[0].contract.gainShare).toEqual({ ...gainShare, gainCap: 25_000 });
  });
});

describe('cost base per contract year', () => {
  it('is typed in the user’s convention and shows cost and margin over the term', async () => {
    const ops = await WorkbookUnderTest.withModel(smallContract());
    const { user } = await renderApp(ops, 'light', undefined, 'de-DE');
    await user.click(screen.getByRole('switch', { name: 'Cost base per contract year' }));
    await retype(user, screen.getByLabelText('Monthly cost by contract year'), '85.000');
    await retype(user, screen.getByLabelText('Yearly indexation of later years'), '2');
    await openTab(user, 'Money');
    // 85,000; × 1.02 = 86,700; × 1.02 = 88,434 a month. 36 months: 1,020,000 + 1,040,400 + 1,061,208
    // = 3,121,608 against charges 3,600,000: margin 478,392 = 13.3%.
    const table = 'Provider cost by contract year';
    expect(cellsOf(table, 'Year 1')).toEqual([eur(85_000), eur(1_020_000)]);
    expect(cellsOf(table, 'Year 3')).toEqual([eur(88_434), eur(1_061_208)]);
    expect(
      screen.getByText(
        `Over the term: charges ${eur(3_600_000)}, cost ${eur(3_121_608)}, margin ${eur(478_392)} (${pct(478_392 / 3_600_000)} of the charges) before credits, incentives and gain share.`,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
    expect(ops.saveCalls[0].model.contract.costBase).toEqual({
      monthlyByYear: [85_000],
      indexation: 0.02,
    });
  });
});
