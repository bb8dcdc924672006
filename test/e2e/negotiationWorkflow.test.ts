import { type Page } from 'playwright-core';
import { openProductionPage, type ProductionPage } from './support/productionPage';
import { horizontalOverflow } from './support/paneOverflow';
import { openSection } from './support/paneSections';
import { screenshot } from './support/screenshots';

/**
 * A live negotiation in a German 320 px pane of the production build, as a deal team runs it: the
 * sample contract, "Our offer" following the contract, their counter duplicated from it and edited,
 * the two compared term by term with what each difference is worth, the counter adopted as the
 * contract, and the change log reading so.
 */
jest.setTimeout(300_000);

let opened: ProductionPage;
let page: Page;

const pane = () => page.getByRole('complementary', { name: 'Outcome Modeler task pane' });
const button = (name: string) => pane().getByRole('button', { name, exact: true });
const textbox = (name: string) => pane().getByRole('textbox', { name, exact: true });
const retype = async (name: string, text: string) => {
  await textbox(name).fill(text);
  await textbox(name).press('Tab');
};
const written = async () => {
  await button('Write to workbook').click();
  await pane()
    .getByText(/Written to the workbook/)
    .waitFor();
};
/** Waits for a Fluent dialog's opening animation, so a screenshot shows it whole. */
const settled = (dialog: ReturnType<Page['getByRole']>) =>
  dialog.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));

beforeAll(async () => {
  opened = await openProductionPage({ locale: 'de-DE', query: '?paneWidth=320' });
  page = opened.page;
  await button('Insert sample model').click();
  await pane()
    .getByText(/Sample model inserted/)
    .waitFor();
});

afterAll(async () => {
  await opened?.close();
});

afterEach(async () => {
  expect(opened.pageErrors).toEqual([]);
  expect(await horizontalOverflow(pane())).toEqual([]);
});

it('a following proposal is duplicated, the copy edited alone, and the counter adopted as the contract', async () => {
  await openSection(pane(), 'Proposals');
  await button('Add proposal').click();
  await retype('Proposal name', 'Our offer');
  await pane()
    .getByText(/It sets no terms of its own yet/)
    .waitFor();

  await button('Duplicate this proposal').click();
  await retype('Proposal name', 'Their counter');
  await retype('At-risk share of charges', '15');
  await retype('Monthly charges', '240000');
  const own = pane().getByRole('list', { name: 'Terms it sets' });
  await expect(own.getByRole('listitem').allTextContents()).resolves.toEqual([
    'At-risk %: 15%contract: 12%Follow the contract',
    'Monthly charges: 240.000 EURcontract: 250.000 EURFollow the contract',
  ]);
  await screenshot(page, 'workflow-proposal-terms.png');

  // The contract's charges move; "Our offer" follows, the counter keeps its own.
  await openSection(pane(), 'Contract');
  await retype('Monthly charges', '255000');
  await openSection(pane(), 'Proposals');
  await button('Our offer').click();
  await expect(textbox('Monthly charges').inputValue()).resolves.toBe('255000');
  await button('Their counter').click();
  await expect(textbox('Monthly charges').inputValue()).resolves.toBe('240000');
  await written();

  await button('Adopt as the contract…').click();
  const dialog = page.getByRole('alertdialog', { name: 'Adopt “Their counter” as the contract?' });
  await settled(dialog);
  await expect(
    dialog.getByRole('list', { name: 'Terms that change' }).getByRole('listitem').allTextContents(),
  ).resolves.toEqual(['Monthly charges: 255.000 EUR → 240.000 EUR', 'At-risk %: 12% → 15%']);
  await screenshot(page, 'workflow-adopt.png');
  await dialog.getByRole('button', { name: 'Adopt', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await written();
  await page
    .getByRole('tablist', { name: 'Sheets' })
    .getByRole('tab', { name: 'OM_ChangeLog' })
    .click();
  const log = await page.locator('table[aria-label="Sheet OM_ChangeLog"]').innerText();
  expect(log).toMatch(/Adopted proposal\s+Their counter/);
  expect(log).toMatch(/At-risk %\s+12%\s+15%/);

  await openSection(pane(), 'Contract');
  await expect(textbox('At-risk share of charges').inputValue()).resolves.toBe('15');
  await expect(textbox('Monthly charges').inputValue()).resolves.toBe('240000');
  // After a reload the adoption is still there, and "Our offer", which sets no terms, is the adopted contract.
  await page.reload();
  await openSection(pane(), 'Proposals');
  await button('Our offer').click();
  await expect(textbox('At-risk share of charges').inputValue()).resolves.toBe('15');
  await pane()
    .getByText(/It sets no terms of its own yet/)
    .waitFor();
});
