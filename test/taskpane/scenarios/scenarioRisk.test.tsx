/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { type Scenario } from '../../../src/engine/simulation/scenario';
import { serviceLevel, smallContract } from '../support/testContracts';
import { WorkbookUnderTest } from '../support/workbookUnderTest';
import { openTab, renderApp, retype, type User } from '../support/renderApp';

jest.setTimeout(90_000);

/**
 * Correlations and the bad month in the Scenarios tab of a German pane (decimal comma): entered as
 * pairs, checked by the engine, repaired to the nearest valid set on request, stored as numbers.
 */

/** Lower-is-better levels pay by attainment: below 1 (worse than expected) a full credit. */
const attainmentBands = {
  basis: 'attainment',
  method: 'step',
  rows: [
    { bound: 0, rate: -1 },
    { bound: 1, rate: 0 },
  ],
} as const;

const levels = [
  serviceLevel({ id: 'avail', name: 'Availability' }),
  serviceLevel({
    id: 'hours',
    name: 'Resolution',
    unit: 'h',
    direction: 'lower',
    expected: 4,
    minimum: 6,
    bands: attainmentBands,
  }),
  serviceLevel({
    id: 'backlog',
    name: 'Backlog',
    unit: 'tickets',
    direction: 'lower',
    expected: 100,
    minimum: 150,
    bands: attainmentBands,
  }),
];

const base = (changes: Partial<Scenario> = {}): Scenario => ({
  id: 'base',
  name: 'Base',
  assumptions: {
    avail: { kind: 'normal', mean: 99.5, sd: 0.2 },
    hours: { kind: 'triangular', min: 2, mode: 4, max: 8 },
    backlog: { kind: 'resample', history: [90, 110, 130] },
  },
  ...changes,
});

async function germanPane(scenario: Scenario = base()) {
  const ops = await WorkbookUnderTest.holding({
    contract: smallContract({ serviceLevels: levels }),
    scenarios: [scenario],
  });
  const { user } = await renderApp(ops, 'light', undefined, 'de-DE');
  await openTab(user, 'Scenarios');
  return { ops, user };
}

const textbox = (name: string) => screen.getByRole('textbox', { name });

async function addPair(user: User, first: string, second: string, rho: string) {
  const form = screen.getByRole('group', { name: 'New correlation' });
  await user.selectOptions(
    within(form).getByRole('combobox', { name: 'First service level' }),
    first,
  );
  await user.selectOptions(
    within(form).getByRole('combobox', { name: 'Second service level' }),
    second,
  );
  await retype(
    user,
    within(form).getByRole('textbox', { name: 'Correlation of the new pair' }),
    rho,
  );
  await user.click(within(form).getByRole('button', { name: 'Add correlation' }));
}

async function saved(user: User, ops: Awaited<ReturnType<typeof germanPane>>['ops']) {
  await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
  await screen.findByText(/Written to the workbook/);
  return (await ops.stored())?.scenarios?.[0];
}

describe('correlation between service levels', () => {
  it('adds a pair typed "0,6" and stores 0.6', async () => {
    const { ops, user } = await germanPane();
    expect(screen.getByText(/\+ means they miss together/)).toBeInTheDocument();
    await addPair(user, 'Availability', 'Resolution', '0,6');
    expect(textbox('Correlation Availability – Resolution')).toHaveValue('0,6');
    expect((await saved(user, ops))?.correlations).toEqual([
      { first: 'avail', second: 'hours', rho: 0.6 },
    ]);
  });

  it('shows the engine’s message for a correlation above 1 and for a level paired with itself', async () => {
    const { user } = await germanPane(
      base({ correlations: [{ first: 'avail', second: 'hours', rho: 0.5 }] }),
    );
    await retype(user, textbox('Correlation Availability – Resolution'), '1,5');
    expect(
      screen.getByText(
        'Correlation of "Availability" and "Resolution" must be between −1 and 1, not 1.5',
      ),
    ).toBeInTheDocument();
    await retype(user, textbox('Correlation Availability – Resolution'), '0,5');
    await addPair(user, 'Backlog', 'Backlog', '0,2');
    expect(
      screen.getByText('Correlation: "Backlog" and "Backlog" is the same service level'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add correlation' })).toBeDisabled();
  });

  it('repairs pairs that cannot hold together, says how, and uses the repaired values on request', async () => {
    const { ops, user } = await germanPane();
    await addPair(user, 'Availability', 'Resolution', '0,9');
    await addPair(user, 'Resolution', 'Backlog', '0,9');
    await addPair(user, 'Availability', 'Backlog', '-0,9');
    // Copula correlations r = 2·sin(π·0.9/6) = 0.908 (AB, BC) and −0.908 (AC) make the determinant
    // (1 − z)(1 + z − 2y²) negative. The nearest valid matrix with AB = BC = y, AC = z lies on
    // 1 + z = 2y²; minimising 2(y − r)² + (z + r)² there gives y = ½, z = −½ for any r, whose rank
    // correlations are ±(6/π)·asin(¼) = ±0.48258 → shown as ±0,483.
    const used = screen.getByRole('list', { name: 'Correlations the simulation uses' });
    expect(
      within(used)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Availability – Resolution: 0,9 → 0,483',
      'Availability – Backlog: -0,9 → -0,483',
      'Resolution – Backlog: 0,9 → 0,483',
    ]);
    // Typed back to three decimals they must stay valid: ±0.483 gives r = 2·sin(π·0.483/6) = 0.50042
    // and 1 + z − 2y² = 1 − r − 2r² < 0 again; ±0.482 gives r = 0.49938, and 1 − r − 2r² > 0.
    await user.click(screen.getByRole('button', { name: 'Use these values' }));
    expect(textbox('Correlation Availability – Resolution')).toHaveValue('0,482');
    expect(textbox('Correlation Availability – Backlog')).toHaveValue('-0,482');
    expect(textbox('Correlation Resolution – Backlog')).toHaveValue('0,482');
    expect(screen.queryByRole('button', { name: 'Use these values' })).not.toBeInTheDocument();
    expect((await saved(user, ops))?.correlations).toEqual([
      { first: 'avail', second: 'hours', rho: 0.482 },
      { first: 'avail', second: 'backlog', rho: -0.482 },
      { first: 'hours', second: 'backlog', rho: 0.482 },
    ]);
  });

  it('says a pair has no effect on a level that is constant in the scenario, and removes a pair', async () => {
    const { ops, user } = await germanPane(
      base({
        assumptions: { ...base().assumptions, hours: { kind: 'constant', level: 4 } },
        correlations: [
          { first: 'avail', second: 'hours', rho: 0.4 },
          { first: 'avail', second: 'backlog', rho: 0.3 },
        ],
      }),
    );
    const constant = screen.getByRole('group', { name: 'Availability – Resolution' });
    expect(within(constant).getByText(/Resolution has no random draws/)).toBeInTheDocument();
    const random = screen.getByRole('group', { name: 'Availability – Backlog' });
    expect(within(random).queryByText(/no random draws/)).not.toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Remove correlation Availability – Resolution' }),
    );
    expect(screen.getByText('Removed a correlation from scenario “Base”')).toBeInTheDocument();
    expect((await saved(user, ops))?.correlations).toEqual([
      { first: 'avail', second: 'backlog', rho: 0.3 },
    ]);
  });
});

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

  it('shows the engine’s message for a chance above 100 % and a negative drop', async () => {
    const { user } = await germanPane(base({ badMonth: { probability: 0.05, drops: {} } }));
    await retype(user, textbox('Chance that a month is bad'), '120');
    expect(
      screen.getByText(/probability must be between 0 and 1 \(0 % to 100 %\), not 1.2/),
    ).toBeInTheDocument();
    await retype(user, textbox('Chance that a month is bad'), '8');
    await retype(user, textbox('Availability falls by'), '-1');
    expect(
      screen.getByText('Bad month: the drop of "Availability" must be a number ≥ 0, not -1'),
    ).toBeInTheDocument();
  });
});

describe('a deleted service level', () => {
  it('leaves every scenario’s pairs and drops, and comes back with them on undo', async () => {
    const second: Scenario = {
      id: 'stressed',
      name: 'Stressed',
      assumptions: {},
      correlations: [{ first: 'hours', second: 'backlog', rho: 0.7 }],
    };
    const ops = await WorkbookUnderTest.holding({
      contract: smallContract({ serviceLevels: levels }),
      scenarios: [
        base({
          correlations: [
            { first: 'avail', second: 'backlog', rho: 0.3 },
            { first: 'avail', second: 'hours', rho: 0.4 },
          ],
          badMonth: { probability: 0.05, drops: { backlog: 20, avail: 0.5 } },
        }),
        second,
      ],
    });
    const { user } = await renderApp(ops, 'light', undefined, 'de-DE');
    await openTab(user, 'Service levels');
    const list = screen.getByRole('list', { name: 'Service levels' });
    await user.click(within(list).getByRole('button', { name: 'Delete Backlog' }));
    await openTab(user, 'Scenarios');
    expect(screen.queryByRole('group', { name: 'Availability – Backlog' })).toBeNull();
    expect(screen.getByRole('group', { name: 'Availability – Resolution' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
    await screen.findByText(/Written to the workbook/);
    const [stored, stressed] = (await ops.stored())?.scenarios ?? [];
    expect(stored.correlations).toEqual([{ first: 'avail', second: 'hours', rho: 0.4 }]);
    expect(stored.badMonth).toEqual({ probability: 0.05, drops: { avail: 0.5 } });
    expect(stressed.correlations).toBeUndefined();
    await user.click(
      within(screen.getByRole('region', { name: 'Undo' })).getByRole('button', { name: 'Undo' }),
    );
    expect(screen.getByRole('group', { name: 'Availability – Backlog' })).toBeInTheDocument();
    expect(textbox('Backlog rises by')).toHaveValue('20');
  });
});
