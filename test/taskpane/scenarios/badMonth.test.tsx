/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { serviceLevel, smallContract } from '../support/testContracts';
import { WorkbookUnderTest } from '../support/workbookUnderTest';
import { openTab, renderApp, retype } from '../support/renderApp';
import { base, germanPane, levels, saved, textbox } from '../support/scenarioRiskPane';

jest.setTimeout(90_000);

/** The bad month in the Scenarios tab of a German pane: its chance in percent, each level's drop. */

describe('the bad month', () => {
  it('switched on, takes a chance in percent and drops in each level’s unit', async () => {
    const { ops, user } = await germanPane();
    expect(screen.queryByRole('textbox', { name: 'Chance that a month is bad' })).toBeNull();
    await user.click(screen.getByRole('switch', { name: /Some months are bad/ }));
    await retype(user, textbox('Chance that a month is bad'), '5');
    await retype(user, textbox('Availability falls by'), '0,5');
    await retype(user, textbox('Resolution rises by'), '2');
    expect(textbox('Backlog rises by')).toHaveValue('0');
    expect((await saved(user, ops))?.badMonth).toEqual({
      probability: 0.05,
      drops: { avail: 0.5, hours: 2 },
    });
  });

  it('refuses a chance above 100 % and a negative drop at their fields, in the pane’s terms', async () => {
    const { ops, user } = await germanPane(
      base({ badMonth: { probability: 0.05, drops: { avail: 0.5 } } }),
    );
    const chance = textbox('Chance that a month is bad');
    await retype(user, chance, '120');
    expect(chance).toHaveAccessibleDescription(
      'Enter a chance from 0 % to 100 % Each month, independently of the others',
    );
    const drop = textbox('Availability falls by');
    await retype(user, drop, '-1');
    expect(drop).toHaveAccessibleDescription(/Enter a drop of 0 or more/);
    expect(screen.queryByText(/between 0 and 1|1\.2|≥ 0/)).toBeNull();
    // The model kept what it had before each edit.
    expect((await saved(user, ops))?.badMonth).toEqual({
      probability: 0.05,
      drops: { avail: 0.5 },
    });
  });

  it('says a drop of a percentage is in points, and warns of a drop wider than the level’s range', async () => {
    const score = serviceLevel({
      id: 'score',
      name: 'Satisfaction',
      unit: 'points',
      expected: 4,
      minimum: 3,
    });
    const ops = await WorkbookUnderTest.holding({
      contract: smallContract({ serviceLevels: [...levels, score] }),
      scenarios: [
        base({
          assumptions: {
            ...base().assumptions,
            score: { kind: 'normal', mean: 4, sd: 0.3, bounds: { lower: 1, upper: 5 } },
          },
          badMonth: { probability: 0.05, drops: {} },
        }),
      ],
    });
    const { user } = await renderApp(ops, 'light', undefined, 'de-DE');
    await openTab(user, 'Scenarios');
    // Availability is expected at 99,5 %: a drop of 1 takes it to 98,5 %, not to 1 % less of 99,5 %.
    expect(textbox('Availability falls by')).toHaveAccessibleDescription(
      'Percentage points, not percent of the level: 1 takes 99,5 % to 98,5 %',
    );
    expect(textbox('Resolution rises by')).toHaveAccessibleDescription('In h');
    await retype(user, textbox('Satisfaction falls by'), '3,5');
    expect(screen.queryByText(/more than the whole range/)).toBeNull();
    // 1 to 5 is 4 wide: a drop of 4,5 is wider.
    await retype(user, textbox('Satisfaction falls by'), '4,5');
    expect(
      screen.getByText(
        'A drop of 4,5 is more than the whole range Satisfaction can take (1 to 5): in a bad month it is simply at its worst.',
      ),
    ).toBeInTheDocument();
    // A warning, not an error: the drop is kept.
    expect(textbox('Satisfaction falls by')).not.toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
    await screen.findByText(/Written to the workbook/);
    expect((await ops.stored())?.scenarios?.[0].badMonth?.drops).toEqual({ score: 4.5 });
  });

  it('switched off and on again, has the chance and drops it had', async () => {
    const { ops, user } = await germanPane(
      base({ badMonth: { probability: 0.05, drops: { avail: 0.5, hours: 2 } } }),
    );
    const bad = screen.getByRole('switch', { name: /Some months are bad/ });
    await user.click(bad);
    expect(screen.queryByRole('textbox', { name: 'Chance that a month is bad' })).toBeNull();
    expect((await saved(user, ops))?.badMonth).toBeUndefined();
    await user.click(bad);
    expect(textbox('Chance that a month is bad')).toHaveValue('5');
    expect(textbox('Availability falls by')).toHaveValue('0,5');
    expect(textbox('Resolution rises by')).toHaveValue('2');
    expect((await saved(user, ops))?.badMonth).toEqual({
      probability: 0.05,
      drops: { avail: 0.5, hours: 2 },
    });
  });

  it('switched on for the first time, starts at one month in ten with no drops', async () => {
    const { user } = await germanPane();
    await user.click(screen.getByRole('switch', { name: /Some months are bad/ }));
    expect(textbox('Chance that a month is bad')).toHaveValue('10');
    expect(textbox('Availability falls by')).toHaveValue('0');
  });
});
