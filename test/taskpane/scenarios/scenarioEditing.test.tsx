/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { serviceLevel, smallContract } from '../support/testContracts';
import { WorkbookUnderTest } from '../support/workbookUnderTest';
import { openTab, renderApp, retype } from '../support/renderApp';

jest.setTimeout(60_000);

/** Availability (%, higher is better, expected 99.5, minimum 99) and resolution hours (lower is better, 4 h, minimum 6 h). */
function twoLevels() {
  return WorkbookUnderTest.withModel(
    smallContract({
      serviceLevels: [
        serviceLevel({ id: 'avail', name: 'Availability' }),
        serviceLevel({
          id: 'hours',
          name: 'Resolution',
          unit: 'h',
          direction: 'lower',
          expected: 4,
          minimum: 6,
          bands: {
            basis: 'attainment',
            method: 'step',
            rows: [
              { bound: 0, rate: -1 },
              { bound: 1, rate: 0 },
            ],
          },
        }),
      ],
    }),
  );
}

const write = () => screen.getByRole('button', { name: 'Write to workbook' });

describe('the Scenarios tab', () => {
  it('adds a scenario with every level at its expected level, and saves it with the model', async () => {
    const ops = await twoLevels();
    const { user } = await renderApp(ops);
    await openTab(user, 'Scenarios');
    expect(screen.getByText(/No scenarios yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add scenario' }));
    expect(screen.getByRole('textbox', { name: 'Scenario name' })).toHaveValue('Scenario 1');
    expect(screen.getByRole('combobox', { name: 'Availability: assumption' })).toHaveValue(
      'constant',
    );
    expect(screen.getByRole('textbox', { name: 'Availability: level' })).toHaveValue('99.5');
    expect(screen.getByRole('textbox', { name: 'Resolution: level' })).toHaveValue('4');
    await retype(user, screen.getByRole('textbox', { name: 'Scenario name' }), 'Expected');
    expect(
      within(screen.getByRole('list', { name: 'Scenarios' })).getByRole('button', {
        name: 'Expected',
      }),
    ).toHaveAttribute('aria-pressed', 'true');
    await user.click(write());
    await screen.findByText(/Written to the workbook/);
    expect(ops.saveCalls[0].model.scenarios).toEqual([
      {
        id: expect.stringMatching(/^scenario-/),
        name: 'Expected',
        assumptions: {
          avail: { kind: 'constant', level: 99.5 },
          hours: { kind: 'constant', level: 4 },
        },
      },
    ]);
  });

  it('offers every kind of assumption, each starting from sensible numbers the engine accepts', async () => {
    const { user } = await renderApp(await twoLevels());
    await openTab(user, 'Scenarios');
    await user.click(screen.getByRole('button', { name: 'Add scenario' }));
    const kind = screen.getByRole('combobox', { name: 'Availability: assumption' });
    await user.selectOptions(kind, 'normal');
    // Spread: half the gap between expected (99.5) and minimum (99).
    expect(screen.getByRole('textbox', { name: 'Availability: mean' })).toHaveValue('99.5');
    expect(screen.getByRole('textbox', { name: 'Availability: standard deviation' })).toHaveValue(
      '0.25',
    );
    expect(
      screen.getByRole('textbox', { name: 'Availability: month-to-month correlation' }),
    ).toHaveValue('0');
    await user.selectOptions(kind, 'triangular');
    // Worse is lower for availability: the triangle leans down, and stays within 0–100.
    expect(screen.getByRole('textbox', { name: 'Availability: minimum' })).toHaveValue('98.5');
    expect(screen.getByRole('textbox', { name: 'Availability: most likely' })).toHaveValue('99.5');
    expect(screen.getByRole('textbox', { name: 'Availability: maximum' })).toHaveValue('100');
    const hours = screen.getByRole('combobox', { name: 'Resolution: assumption' });
    await user.selectOptions(hours, 'triangular');
    // Worse is higher for resolution hours.
    expect(screen.getByRole('textbox', { name: 'Resolution: minimum' })).toHaveValue('2');
    expect(screen.getByRole('textbox', { name: 'Resolution: maximum' })).toHaveValue('8');
    await user.selectOptions(hours, 'series');
    expect(screen.getByRole('textbox', { name: 'Resolution: monthly values' })).toHaveValue(
      '4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4',
    );
    await user.selectOptions(hours, 'resample');
    expect(screen.getByRole('textbox', { name: 'Resolution: history' })).toHaveValue('6, 4, 3');
    expect(screen.queryByText(/must|outside|mix/)).not.toBeInTheDocument();
  });

  it('reads a monthly series with unmeasured months and a history, and saves them', async () => {
    const ops = await twoLevels();
    const { user } = await renderApp(ops);
    await openTab(user, 'Scenarios');
    await user.click(screen.getByRole('button', { name: 'Add scenario' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Availability: assumption' }),
      'series',
    );
    await retype(
      user,
      screen.getByRole('textbox', { name: 'Availability: monthly values' }),
      '99.6, –, 99.8 99.1',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Resolution: assumption' }),
      'resample',
    );
    await retype(user, screen.getByRole('textbox', { name: 'Resolution: history' }), '3.5; 4.2; 5');
    await user.click(write());
    await screen.findByText(/Written to the workbook/);
    expect(ops.saveCalls[0].model.scenarios?.[0].assumptions).toEqual({
      avail: { kind: 'series', values: [99.6, null, 99.8, 99.1] },
      hours: { kind: 'resample', history: [3.5, 4.2, 5] },
    });
  });

  it('shows the engine’s verdict on an assumption it cannot simulate', async () => {
    const { user } = await renderApp(await twoLevels());
    await openTab(user, 'Scenarios');
    await user.click(screen.getByRole('button', { name: 'Add scenario' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Availability: assumption' }),
      'normal',
    );
    await retype(
      user,
      screen.getByRole('textbox', { name: 'Availability: standard deviation' }),
      '-1',
    );
    expect(
      screen.getByText('Availability: standard deviation must be a number ≥ 0'),
    ).toBeInTheDocument();
    await retype(user, screen.getByRole('textbox', { name: 'Availability: mean' }), '0.995');
    await retype(
      user,
      screen.getByRole('textbox', { name: 'Availability: standard deviation' }),
      '0.001',
    );
    expect(screen.getByText(/mix a percentage with a fraction/)).toBeInTheDocument();
    await retype(user, screen.getByRole('textbox', { name: 'Availability: mean' }), '99.5');
    expect(screen.queryByText(/mix a percentage with a fraction/)).not.toBeInTheDocument();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Availability: assumption' }),
      'Not measured in this scenario',
    );
    expect(
      screen.getByText(
        'Availability is critical: give it an assumption, or the scenario cannot be simulated.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /^Availability: / })).not.toBeInTheDocument();
  });

  it('keeps several scenarios, selects one to edit, and deletes one', async () => {
    const ops = await twoLevels();
    const { user } = await renderApp(ops);
    await openTab(user, 'Scenarios');
    await user.click(screen.getByRole('button', { name: 'Add scenario' }));
    await user.click(screen.getByRole('button', { name: 'Add scenario' }));
    await retype(user, screen.getByRole('textbox', { name: 'Availability: level' }), '98.7');
    const list = screen.getByRole('list', { name: 'Scenarios' });
    await user.click(within(list).getByRole('button', { name: 'Scenario 1' }));
    expect(screen.getByRole('textbox', { name: 'Availability: level' })).toHaveValue('99.5');
    await user.click(within(list).getByRole('button', { name: 'Delete Scenario 1' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: 'Scenario name' })).toHaveValue('Scenario 2');
    expect(screen.getByRole('textbox', { name: 'Availability: level' })).toHaveValue('98.7');
    await user.click(write());
    await screen.findByText(/Written to the workbook/);
    expect(ops.saveCalls[0].model.scenarios?.map((s) => s.name)).toEqual(['Scenario 2']);
  });

  it('comes back from the workbook with its scenarios', async () => {
    const ops = await WorkbookUnderTest.holding({
      contract: smallContract(),
      scenarios: [
        {
          id: 's',
          name: 'Stressed',
          assumptions: { 'sl-availability': { kind: 'normal', mean: 99.2, sd: 0.4, rho: 0.5 } },
        },
      ],
    });
    const { user } = await renderApp(ops);
    await openTab(user, 'Scenarios');
    expect(screen.getByRole('textbox', { name: 'Scenario name' })).toHaveValue('Stressed');
    expect(
      screen.getByRole('textbox', { name: 'Availability: month-to-month correlation' }),
    ).toHaveValue('0.5');
  });

  it('asks for a service level before any scenario', async () => {
    const { user } = await renderApp(
      await WorkbookUnderTest.withModel(smallContract({ serviceLevels: [] })),
    );
    await openTab(user, 'Scenarios');
    expect(
      screen.getByText(
        'Add a service level first: a scenario says how each service level performs.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add scenario' })).not.toBeInTheDocument();
  });
});
