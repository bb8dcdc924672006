import { type Page } from 'playwright-core';
import { openProductionPage, type ProductionPage } from './support/productionPage';
import { horizontalOverflow } from './support/paneOverflow';
import { openSection } from './support/paneSections';
import { screenshot } from './support/screenshots';

/**
 * A negotiator in a German-speaking browser, in a 320 px pane, types without writing, reloads the
 * pane (as Excel does when it closes it), finds every edit back, deletes things and undoes the
 * deletes with the Undo button and with Ctrl+Z.
 */
jest.setTimeout(180_000);

let opened: ProductionPage;
let page: Page;

beforeAll(async () => {
  opened = await openProductionPage({ locale: 'de-DE', query: '?paneWidth=320' });
  page = opened.page;
});

afterAll(async () => {
  await opened?.close();
});

const pane = () => page.getByRole('complementary', { name: 'Outcome Modeler task pane' });
const textbox = (name: string) => pane().getByRole('textbox', { name, exact: true });
const button = (name: string) => pane().getByRole('button', { name, exact: true });
const levelNames = async () =>
  (
    await pane().getByRole('list', { name: 'Service levels' }).getByRole('listitem').allInnerTexts()
  ).map((t) => t.trim());

it('keeps edits that were never written through a reload, and says they were restored', async () => {
  await button('Insert sample model').click();
  await pane()
    .getByText(/Sample model inserted/)
    .waitFor();
  await textbox('Monthly charges').fill('262.500,50');
  await textbox('Monthly charges').press('Tab');
  await openSection(pane(), 'Service levels');
  await textbox('Expected level').fill('99,7');
  await textbox('Expected level').press('Tab');
  await openSection(pane(), 'Proposals');
  await button('Add proposal').click();
  await textbox('Proposal name').fill('Unser Angebot');
  await textbox('Proposal name').press('Tab');
  await pane().getByText('Unsaved changes: Write to workbook keeps them.').waitFor();
  // A moment for the draft to reach the workbook, as a person pausing before closing the pane.
  await page.waitForTimeout(1_000);

  await page.reload();
  await pane()
    .getByText(/^Restored your edits from .+, which were not written to the workbook/)
    .waitFor();
  expect(await textbox('Monthly charges').inputValue()).toBe('262500,5');
  await openSection(pane(), 'Service levels');
  expect(await textbox('Expected level').inputValue()).toBe('99,7');
  await openSection(pane(), 'Proposals');
  await pane().getByRole('list', { name: 'Proposals' }).getByText('Unser Angebot').waitFor();
  await pane().evaluate((el) => el.scrollTo(0, 0));
  await screenshot(page, 'nothing-lost-restored.png');
  expect(await horizontalOverflow(pane())).toEqual([]);
});

it('undoes deleting a service level with the Undo button and a band row with Ctrl+Z', async () => {
  await openSection(pane(), 'Service levels');
  const before = await levelNames();
  await button('Delete P1 resolved within 4h').click();
  expect(await levelNames()).toEqual(before.filter((n) => n !== 'P1 resolved within 4h'));
  const bar = pane().getByRole('region', { name: 'Undo' });
  await bar.getByText('Deleted service level “P1 resolved within 4h”').waitFor();
  await screenshot(page, 'nothing-lost-undo.png');
  expect(await horizontalOverflow(pane())).toEqual([]);
  await bar.getByRole('button', { name: 'Undo' }).click();
  expect(await levelNames()).toEqual(before);

  await openSection(pane(), 'Bands');
  const bound2 = textbox('Lower bound of band 2');
  const original = await bound2.inputValue();
  await button('Remove band 2').click();
  expect(await bound2.inputValue()).not.toBe(original);
  // Focus left the removed row with it; Ctrl+Z anywhere outside a text field undoes.
  await page.keyboard.press('Control+z');
  expect(await bound2.inputValue()).toBe(original);
});

it('writes what was restored, and the next reload offers nothing', async () => {
  await button('Write to workbook').click();
  await pane()
    .getByText(/Written to the workbook/)
    .waitFor();
  await page.reload();
  await pane().getByRole('tab', { name: 'Contract' }).waitFor();
  expect(await textbox('Monthly charges').inputValue()).toBe('262500,5');
  expect(
    await pane()
      .getByText(/^Restored your edits/)
      .count(),
  ).toBe(0);
  expect(opened.pageErrors).toEqual([]);
});
