import { screen } from '@testing-library/react';
import { type Scenario } from '../../../src/engine/simulation/scenario';
import { openTab, renderApp, type User } from './renderApp';
import { serviceLevel, smallContract } from './testContracts';
import { WorkbookUnderTest } from './workbookUnderTest';

/**
 * A German pane (decimal comma) on the Scenarios tab, with three service levels of different units
 * and directions and a scenario drawing each at random: where correlations and the bad month are
 * entered.
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

export const levels = [
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

export const base = (changes: Partial<Scenario> = {}): Scenario => ({
  id: 'base',
  name: 'Base',
  assumptions: {
    avail: { kind: 'normal', mean: 99.5, sd: 0.2 },
    hours: { kind: 'triangular', min: 2, mode: 4, max: 8 },
    backlog: { kind: 'resample', history: [90, 110, 130] },
  },
  ...changes,
});

export async function germanPane(scenario: Scenario = base()) {
  const ops = await WorkbookUnderTest.holding({
    contract: smallContract({ serviceLevels: levels }),
    scenarios: [scenario],
  });
  const { user } = await renderApp(ops, 'light', undefined, 'de-DE');
  await openTab(user, 'Scenarios');
  return { ops, user };
}

export const textbox = (name: string) => screen.getByRole('textbox', { name });

export async function saved(user: User, ops: Awaited<ReturnType<typeof germanPane>>['ops']) {
  await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
  await screen.findByText(/Written to the workbook/);
  return (await ops.stored())?.scenarios?.[0];
}
