/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { type OutcomeModel } from '../../../src/engine/terms/outcomeModel';
import { inProcessSimulationRunner } from '../../../src/runs/inProcessSimulationRunner';
import { TERM_DIFFERENCES_TABLE } from '../../../src/workbook/termDifferencesSheet';
import { EXCELLENT, MISSED } from '../support/negotiationFixtures';
import { openTab, renderApp, retype } from '../support/renderApp';
import { smallContract } from '../support/testContracts';
import { WorkbookUnderTest } from '../support/workbookUnderTest';

jest.setTimeout(90_000);

/** Money as the pane shows it: exact effects in cents, simulated ones in whole units, signed. */
const eur = (amount: number, whole = false) =>
  new Intl.NumberFormat(undefined, {
    style: 'currency',
    currency: 'EUR',
    signDisplay: 'exceptZero',
    ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
  }).format(amount);

/**
 * The contract (100,000 a month, 12% at risk, 36 months, availability with 25% allocation) against
 * their counter (110,000 a month, 15% at risk). Band rates: −50% from 99 (the minimum), 0 from 99.5
 * (the expected level), +10% from 99.9. Customer's cost over the term:
 * - at 99.5 no band pays: the fee is worth 10,000 × 36 = 360,000, the at-risk share nothing;
 * - at 99 (and under Missed, 99.2) each month credits 50% × 25% of the at-risk amount:
 *   left 36 × (100,000 − 1,500) = 3,546,000; fee alone 36 × (110,000 − 1,650), +354,600;
 *   at-risk alone 36 × (100,000 − 1,875), −13,500; both 36 × (110,000 − 2,062.50), +339,750;
 *   remainder 339,750 − 341,100 = −1,350;
 * - under Excellent (99.95) each month pays 10% × 25% of it: fee +36 × 10,030 = +361,080,
 *   at-risk +36 × 75 = +2,700, both +36 × 10,112.50 = +364,050, remainder +270.
 */
const MODEL: OutcomeModel = {
  contract: smallContract(),
  proposals: [
    {
      id: 'counter',
      name: 'Their counter',
      contract: smallContract({ monthlyCharges: 110_000, atRiskShare: 0.15 }),
    },
  ],
  scenarios: [EXCELLENT, MISSED],
};

const card = (term: string) => screen.getByRole('listitem', { name: term });
/** A card's effects as label → money text. */
const effects = (item: HTMLElement) => {
  const labels = within(item)
    .getAllByRole('term')
    .map((t) => t.textContent);
  const values = within(item)
    .getAllByRole('definition')
    .map((d) => d.textContent);
  return Object.fromEntries(labels.map((l, i) => [l, values[i]]));
};

describe('term by term', () => {
  it('shows each differing term with what it is worth, and writes them to a sheet', async () => {
    const workbook = await WorkbookUnderTest.holding(MODEL);
    const { user } = await renderApp(workbook, 'light', inProcessSimulationRunner());
    await openTab(user, 'Compare');
    // The scenario runs take the Compare tab's trials and seed; constant scenarios need few.
    await retype(user, screen.getByRole('textbox', { name: 'Trials' }), '200');
    expect(screen.getByRole('combobox', { name: 'Left (the base)' })).toHaveDisplayValue(
      'Service desk 2025',
    );
    expect(screen.getByRole('combobox', { name: 'Right' })).toHaveDisplayValue('Their counter');
    await user.click(screen.getByRole('button', { name: 'Compare terms' }));

    const fee = card('Monthly charges');
    expect(within(fee).getByText('100,000 EUR → 110,000 EUR')).toBeInTheDocument();
    const risk = card('At-risk %');
    expect(within(risk).getByText('12% → 15%')).toBeInTheDocument();
    expect(
      screen.getByText(/every service level at Service desk 2025's expected level/),
    ).toBeInTheDocument();
    // The exact effects are there at once; the scenario effects when their runs finish.
    await within(fee).findByText('Excellent', {}, { timeout: 30_000 });
    expect(effects(fee)).toEqual({
      'At expected level': eur(360_000),
      'At minimum level': eur(354_600),
      Excellent: eur(361_080, true),
      Missed: eur(354_600, true),
    });
    expect(effects(risk)).toEqual({
      'At expected level': eur(0),
      'At minimum level': eur(-13_500),
      Excellent: eur(2_700, true),
      Missed: eur(-13_500, true),
    });
    expect(effects(card('Whole difference'))).toEqual({
      'At expected level': eur(360_000),
      'At minimum level': eur(339_750),
      Excellent: eur(364_050, true),
      Missed: eur(339_750, true),
    });
    expect(effects(card('Remainder'))).toEqual({
      'At expected level': eur(0),
      'At minimum level': eur(-1_350),
      Excellent: eur(270, true),
      Missed: eur(-1_350, true),
    });

    // A look at the proposals keeps the comparison and its scenario effects.
    await openTab(user, 'Proposals');
    await openTab(user, 'Compare');
    expect(effects(card('Remainder'))).toEqual({
      'At expected level': eur(0),
      'At minimum level': eur(-1_350),
      Excellent: eur(270, true),
      Missed: eur(-1_350, true),
    });
    await user.click(screen.getByRole('button', { name: 'Write to sheet' }));
    await screen.findByText('Written to the OM_TermDifferences sheet.');
    const table = await workbook.host.readTable(TERM_DIFFERENCES_TABLE);
    expect((await workbook.host.readRange('OM_TermDifferences', 'A2'))[0][0]).toMatch(
      /seed 1, 200 trials each/,
    );
    expect(table?.headers).toEqual([
      'Term',
      'Service desk 2025',
      'Their counter',
      'At expected level',
      'At minimum level',
      'Excellent',
      'Missed',
    ]);
    const rows = (table?.rows ?? []).map((r) =>
      r.map((x) => (typeof x === 'number' ? Math.round(x * 100) / 100 : x)),
    );
    expect(rows).toEqual([
      ['Monthly charges', '100,000 EUR', '110,000 EUR', 360_000, 354_600, 361_080, 354_600],
      ['At-risk %', '12%', '15%', 0, -13_500, 2_700, -13_500],
      ['Whole difference', '', '', 360_000, 339_750, 364_050, 339_750],
      ['Remainder', '', '', 0, -1_350, 270, -1_350],
    ]);
  });

  it('says when the two chosen have the same terms', async () => {
    const { user } = await renderApp(await WorkbookUnderTest.holding(MODEL));
    await openTab(user, 'Compare');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Right' }), 'Service desk 2025');
    await user.click(screen.getByRole('button', { name: 'Compare terms' }));
    expect(screen.getByText('These two have the same terms.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Write to sheet' })).not.toBeInTheDocument();
  });

  it('shows term values in a German user’s numbers', async () => {
    const model: OutcomeModel = {
      contract: smallContract(),
      proposals: [
        { id: 'c', name: 'Gegenangebot', contract: smallContract({ atRiskShare: 0.125 }) },
      ],
    };
    const { user } = await renderApp(
      await WorkbookUnderTest.holding(model),
      'light',
      inProcessSimulationRunner(),
      'de-DE',
    );
    await openTab(user, 'Compare');
    await user.click(screen.getByRole('button', { name: 'Compare terms' }));
    expect(within(card('At-risk %')).getByText('12% → 12,5%')).toBeInTheDocument();
    expect(
      screen.getByText('Add a scenario to see the effects in each scenario too.'),
    ).toBeInTheDocument();
  });
});
