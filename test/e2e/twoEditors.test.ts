import { type Locator, type Page } from 'playwright-core';
import { openProductionPage, type ProductionPage } from './support/productionPage';
import { horizontalOverflow } from './support/paneOverflow';
import { screenshot } from './support/screenshots';

/**
 * Two negotiators on one workbook — two tabs of the workbench, which share the workbook as
 * co-authors share a file in Excel on the web: one writes, the other hears it at once, cannot
 * write over it unasked, and chooses whose model stays. French locale, 320 px panes.
 */
jest.setTimeout(180_000);

let opened: ProductionPage;
let first: Page;
let second: Page;

const pane = (page: Page) => page.getByRole('complementary', { name: 'Outcome Modeler task pane' });
const textbox = (page: Page, name: string) =>
  pane(page).getByRole('textbox', { name, exact: true });
const button = (page: Page, name: string) => pane(page).getByRole('button', { name, exact: true });
const write = async (page: Page) => {
  await button(page, 'Write to workbook').click();
};
const retype = async (box: Locator, text: string) => {
  await box.fill(text);
  await box.press('Tab');
};

beforeAll(async () => {
  opened = await openProductionPage({ locale: 'fr-FR', query: '?paneWidth=320' });
  first = opened.page;
  await button(first, 'Insert sample model').click();
  await pane(first)
    .getByText(/Sample model inserted/)
    .waitFor();
  second = await opened.context.newPage();
  await second.goto(first.url());
  await textbox(second, 'Monthly charges').waitFor();
});

afterAll(async () => {
  await opened?.close();
});

it('tells the other editor as soon as one writes, and reloading shows what was written', async () => {
  expect(await textbox(second, 'Monthly charges').inputValue()).toBe('250000');
  await retype(textbox(first, 'Monthly charges'), '255000');
  await write(first);
  await pane(first)
    .getByText(/Written to the workbook/)
    .waitFor();

  await pane(second).getByText('The model changed elsewhere.').waitFor();
  await screenshot(second, 'two-editors-changed.png');
  expect(await horizontalOverflow(pane(second))).toEqual([]);
  await button(second, 'Reload theirs').click();
  await pane(second).getByText('The model changed elsewhere.').waitFor({ state: 'detached' });
  expect(await textbox(second, 'Monthly charges').inputValue()).toBe('255000');
});

it('writes nothing over a newer model unasked, then writes over it when told to', async () => {
  await retype(textbox(first, 'Monthly charges'), '256000');
  await write(first);
  await pane(first)
    .getByText(/Written to the workbook/)
    .waitFor();
  await button(second, 'Keep editing mine').click();
  await retype(textbox(second, 'Monthly charges'), '240000,5');
  await write(second);
  await pane(second).getByText('Nothing was written.').waitFor();
  await screenshot(second, 'two-editors-nothing-written.png');
  expect(await horizontalOverflow(pane(second))).toEqual([]);

  await button(second, 'Write mine over theirs').click();
  await pane(second)
    .getByText(/Written to the workbook/)
    .waitFor();
  await pane(first).getByText('The model changed elsewhere.').waitFor();
  await first.reload();
  await textbox(first, 'Monthly charges').waitFor();
  expect(await textbox(first, 'Monthly charges').inputValue()).toBe('240000,5');
});
