import { type Page } from 'playwright-core';
import { openProductionPage, type ProductionPage } from './support/productionPage';
import { screenshot } from './support/screenshots';
import { openSection } from './support/paneSections';

/**
 * Drives the production build's page outside Excel, where it runs as the workbench, the way a new
 * user would: sample model, a new service level, its bands, the curve and money view, write, reload.
 */
jest.setTimeout(180_000);

let opened: ProductionPage;
let page: Page;

beforeAll(async () => {
  opened = await openProductionPage();
  page = opened.page;
});

afterAll(async () => {
  await opened?.close();
});

const pane = () => page.getByRole('complementary', { name: 'Outcome Modeler task pane' });
const cell = (address: string) => page.locator(`td[data-address="${address}"]`);

async function openSheet(name: string) {
  await page.getByRole('tablist', { name: 'Sheets' }).getByRole('tab', { name }).click();
}

it('starts as the workbench outside Office, with an empty workbook', async () => {
  await pane().getByRole('button', { name: 'Insert sample model' }).waitFor();
  expect(
    await page.getByRole('tablist', { name: 'Sheets' }).getByRole('tab').allInnerTexts(),
  ).toEqual(['Sheet1']);
});

it('inserts the sample model: Contract, Performance and Summary sheets whose OUTCOME formulas show real figures', async () => {
  await pane().getByRole('button', { name: 'Insert sample model' }).click();
  await pane()
    .getByText(/Sample model inserted/)
    .waitFor();
  const sheets = await page
    .getByRole('tablist', { name: 'Sheets' })
    .getByRole('tab')
    .allInnerTexts();
  expect(sheets).toEqual(expect.arrayContaining(['Contract', 'Performance', 'Summary']));
  await openSheet('Summary');
  const texts = await page.locator('table[aria-label="Sheet Summary"] td').allInnerTexts();
  expect(texts.filter((t) => t.startsWith('#'))).toEqual([]);
  // Availability in December: 99.74 against 99.5 → attainment 99.74 / 99.5, status Met.
  await cell('A4').click();
  expect(await cell('A4').innerText()).toBe('Availability');
  expect(await cell('E4').innerText()).toBe('Met');
  expect(Number(await cell('D4').innerText())).toBeCloseTo(99.74 / 99.5, 3);
});

it('adds a service level, edits its bands, and the payout curve and money view follow', async () => {
  await openSection(pane(), 'Service levels');
  await pane().getByRole('button', { name: 'Add service level' }).click();
  const name = pane().getByRole('textbox', { name: 'Name' });
  await name.fill('Change success');
  await openSection(pane(), 'Bands');
  const curve = pane().getByRole('img', { name: 'Payout curve for Change success' });
  const before = await curve.locator('path').first().getAttribute('d');

  // Money view before: allocation 20% × at-risk 30,000 = 6,000; best band +10% → 600 a month.
  await openSection(pane(), 'Money');
  const row = pane()
    .getByRole('table', { name: 'Money view' })
    .getByRole('row', { name: /Change success/ });
  expect(await row.innerText()).toMatch(/€600\.00/);

  await openSection(pane(), 'Bands');
  const rate = pane().getByRole('textbox', { name: 'Rate of band 4' });
  await rate.fill('20');
  await rate.press('Tab');
  const after = await curve.locator('path').first().getAttribute('d');
  expect(after).not.toEqual(before);

  // The curve's values: each band point's money shows while the chart has keyboard focus, and
  // the same values open as a table under it.
  const pointLabel = curve.locator('text', { hasText: /^99\.9 %: / });
  expect(await pointLabel.evaluate((t) => getComputedStyle(t).visibility)).toBe('hidden');
  await curve.focus();
  expect(await pointLabel.evaluate((t) => getComputedStyle(t).visibility)).toBe('visible');
  await screenshot(page, 'payout-curve-focused.png');
  await pane().getByText('Show the values').first().click();
  const values = pane().getByRole('table', { name: 'Values: Payout curve for Change success' });
  expect(await values.getByRole('row', { name: /99\.9 %/ }).innerText()).toMatch(/€1,200\.00/);

  // +20% of 6,000 = 1,200 a month; a year of it 14,400 (under the 3% annual cap of 90,000).
  await openSection(pane(), 'Money');
  const text = await row.innerText();
  expect(text).toMatch(/€1,200\.00/);
  expect(text).toMatch(/€14,400\.00/);
});

it('writes to the workbook: the band table appears with a workbook name, and the change log records it', async () => {
  await pane().getByRole('button', { name: 'Write to workbook' }).click();
  await pane()
    .getByText(/Written to the workbook: \d+ changes? logged/)
    .waitFor();
  await page
    .getByRole('region', { name: 'Names and tables' })
    .getByText('Bands_Change_success')
    .waitFor();
  await openSheet('OM_ChangeLog');
  const log = await page.locator('table[aria-label="Sheet OM_ChangeLog"]').innerText();
  expect(log).toMatch(/Change success/);
  await screenshot(page, 'workbench.png');
});

it('restores the model after a reload', async () => {
  await page.reload();
  await openSection(pane(), 'Service levels');
  await pane().getByRole('list', { name: 'Service levels' }).getByText('Change success').waitFor();
  await openSection(pane(), 'Bands');
  await pane()
    .getByRole('combobox', { name: 'Service level' })
    .selectOption({ label: 'Change success' });
  expect(await pane().getByRole('textbox', { name: 'Rate of band 4' }).inputValue()).toBe('20');
});

it('renders a name with markup in it as inert text, in the pane and in the cells it writes', async () => {
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await openSection(pane(), 'Service levels');
  await pane().getByRole('list', { name: 'Service levels' }).getByText('Change success').click();
  await pane().getByRole('textbox', { name: 'Name' }).fill(hostile);
  await pane().getByRole('list', { name: 'Service levels' }).getByText(hostile).waitFor();
  await pane().getByRole('button', { name: 'Write to workbook' }).click();
  await pane()
    .getByText(/Written to the workbook/)
    .waitFor();
  await openSheet('Contract');
  await page.locator('table[aria-label="Sheet Contract"]').getByText(hostile).first().waitFor();
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});

it('sent nothing anywhere but the page itself, broke no security policy and raised no page errors', async () => {
  // Office.js outside Office tries to frame its telemetry service: the policy blocks it, as it should.
  const isOfficeTelemetry = (s: string) => s.includes('telemetry');
  expect(opened.outsideRequests.filter((url) => !isOfficeTelemetry(url))).toEqual([]);
  const violations = await opened.cspViolations();
  expect(violations.filter((v) => !isOfficeTelemetry(v))).toEqual([]);
  expect(opened.pageErrors).toEqual([]);
});

it('resets the workbook only after the person confirms in a dialog (Office.js disables window.confirm)', async () => {
  await page.getByRole('button', { name: 'Reset workbook' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Start over with an empty workbook?' });
  await dialog.waitFor();
  // Once the dialog has finished appearing, for the picture.
  await page.waitForFunction(() => {
    const surface = document.querySelector('.fui-DialogSurface');
    return surface !== null && getComputedStyle(surface).opacity === '1';
  });
  await screenshot(page, 'workbench-reset-dialog.png');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'hidden' });
  expect(
    await page.getByRole('tablist', { name: 'Sheets' }).getByRole('tab').allInnerTexts(),
  ).toContain('Contract');

  await page.getByRole('button', { name: 'Reset workbook' }).click();
  await dialog.getByRole('button', { name: 'Delete and start over' }).click();
  await pane().getByRole('button', { name: 'Insert sample model' }).waitFor();
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[role="tablist"][aria-label="Sheets"] [role="tab"]').length === 1,
  );
  expect(
    await page.getByRole('tablist', { name: 'Sheets' }).getByRole('tab').allInnerTexts(),
  ).toEqual(['Sheet1']);
  expect(opened.pageErrors).toEqual([]);
});
