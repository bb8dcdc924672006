/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { openTab, renderApp, retype } from '../support/renderApp';
import { smallContract } from '../support/testContracts';
import { WorkbookUnderTest } from '../support/workbookUnderTest';

/**
 * Numbers are read and shown as the user's locale writes them. A German negotiator types "99,8"
 * and "250.000"; the model holds 99.8 and 250,000, and the fields show them back the German way.
 * Text that does not parse shows an error and never changes the model.
 */
jest.setTimeout(60_000);

const write = () => screen.getByRole('button', { name: 'Write to workbook' });

it('reads a decimal comma and point grouping in German, and writes the numbers they mean', async () => {
  const ops = await WorkbookUnderTest.withModel(smallContract());
  const { user } = await renderApp(ops, 'light', undefined, 'de-DE');
  await openTab(user, 'Service levels');
  const expected = screen.getByLabelText('Expected level');
  expect(expected).toHaveValue('99,5');
  await retype(user, expected, '99,8');
  await openTab(user, 'Contract');
  const charges = screen.getByRole('textbox', { name: 'Monthly charges' });
  expect(charges).toHaveValue('100000');
  await retype(user, charges, '250.000');
  await user.click(write());
  await screen.findByText(/Written to the workbook/);
  const saved = (await ops.stored())?.contract;
  expect(saved?.monthlyCharges).toBe(250_000);
  expect(saved?.serviceLevels[0].expected).toBe(99.8);
});

it('in German, "99.8" is not a number: the field says so and the model keeps 99.5', async () => {
  const ops = await WorkbookUnderTest.withModel(smallContract());
  const { user } = await renderApp(ops, 'light', undefined, 'de-DE');
  await openTab(user, 'Service levels');
  const expected = screen.getByLabelText('Expected level');
  await retype(user, expected, '99.8');
  expect(expected).toHaveAccessibleDescription('Enter a number');
  await user.click(write());
  await screen.findByText(/Written to the workbook/);
  expect((await ops.stored())?.contract.serviceLevels[0].expected).toBe(99.5);
});

it('in English, "250,000" is a quarter million and "99,5" an error, as before', async () => {
  const ops = await WorkbookUnderTest.withModel(smallContract());
  const { user } = await renderApp(ops, 'light', undefined, 'en-US');
  const charges = screen.getByRole('textbox', { name: 'Monthly charges' });
  await retype(user, charges, '250,000');
  await openTab(user, 'Service levels');
  const expected = screen.getByLabelText('Expected level');
  await retype(user, expected, '99,5');
  expect(expected).toHaveAccessibleDescription('Enter a number');
  await user.click(write());
  await screen.findByText(/Written to the workbook/);
  expect((await ops.stored())?.contract.monthlyCharges).toBe(250_000);
});
