import { type Page } from 'playwright-core';
import { openProductionPage, type ProductionPage } from './support/productionPage';
import { screenshot } from './support/screenshots';
import { openSection } from './support/paneSections';

/**
 * A negotiator whose browser speaks German uses the production build: types "99,8" and "275.000",
 * writes, reloads, and finds the numbers they meant — shown back the German way.
 */
jest.setTimeout(180_000);

let opened: ProductionPage;
let page: Page;

beforeAll(async () => {
  opened = await openProductionPage({ locale: 'de-DE' });
  page = opened.page;
});

afterAll(async () => {
  await opened?.close();
});

const pane = () => page.getByRole('complementary', { name: 'Outcome Modeler task pane' });

it('reads "99,8" and "275.000" as a German user means them, through a write and a reload', async () => {
  expect(await page.evaluate(() => navigator.language)).toBe('de-DE');
  await pane().getByRole('button', { name: 'Insert sample model' }).click();
  await pane()
    .getByText(/Sample model inserted/)
    .waitFor();

  const charges = pane().getByRole('textbox', { name: 'Monthly charges' });
  expect(await charges.inputValue()).toBe('250000');
  await charges.fill('275.000');
  await openSection(pane(), 'Service levels');
  const expected = pane().getByRole('textbox', { name: 'Expected level' });
  expect(await expected.inputValue()).toBe('99,5');
  await expected.fill('99,8');
  await screenshot(page, 'german-numbers.png');
  await pane().getByText('Unsaved changes: Write to workbook keeps them.').waitFor();
  await pane().getByRole('toolbar', { name: 'Workbook' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'german-unsaved-changes.png');
  await pane().getByRole('button', { name: 'Write to workbook' }).click();
  await pane()
    .getByText(/Written to the workbook/)
    .waitFor();

  await page.reload();
  await pane().getByRole('tab', { name: 'Contract' }).waitFor();
  expect(await pane().getByRole('textbox', { name: 'Monthly charges' }).inputValue()).toBe(
    '275000',
  );
  await openSection(pane(), 'Service levels');
  expect(await pane().getByRole('textbox', { name: 'Expected level' }).inputValue()).toBe('99,8');
  // The Contract sheet holds the numbers themselves.
  await page
    .getByRole('tablist', { name: 'Sheets' })
    .getByRole('tab', { name: 'Contract' })
    .click();
  expect(await page.locator('td[data-address="B4"]').innerText()).toMatch(/^275[,.]000/);
  expect(opened.pageErrors).toEqual([]);
});

it('keeps the model when a German field holds "99.9", which is not a German number', async () => {
  const expected = pane().getByRole('textbox', { name: 'Expected level' });
  // Read the English way this would be 99.9; the model must keep 99.8.
  await expected.fill('99.9');
  await pane().getByText('Enter a number').waitFor();
  await pane().getByRole('button', { name: 'Write to workbook' }).click();
  await page.reload();
  await openSection(pane(), 'Service levels');
  expect(await pane().getByRole('textbox', { name: 'Expected level' }).inputValue()).toBe('99,8');
});
