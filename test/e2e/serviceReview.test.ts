import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { periodStatement } from '../../src/engine/review/serviceReview';
import { createWorkbookOperations } from '../../src/workbook/createWorkbookOperations';
import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import { screenshot } from './support/screenshots';
import { launchChromium, offlineContext } from './support/browser';
import { type RunningServer, serveDirectory } from './support/staticServer';
import { openSection } from './support/paneSections';

/**
 * A monthly service review in the workbench, as finance would run it: sample model, paste the
 * month's measured actuals, check and import them, write June's statement, and find on the
 * statement sheet the invoice adjustment the engine computes for the same actuals.
 */
jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const ACTUALS = readFileSync(path.join(ROOT, 'docs/samples/actuals.csv'), 'utf8');

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!existsSync(path.join(DIST, 'taskpane.html')))
    throw new Error('dist/ is missing: run the production build first');
  server = await serveDirectory(DIST);
  browser = await launchChromium();
  const { context } = await offlineContext(browser, server.url);
  page = await context.newPage();
  await page.goto(`${server.url}/taskpane.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** June 2026's invoice adjustment computed directly by the engine from the same sample and CSV. */
async function engineInvoiceForJune(): Promise<number> {
  const operations = createWorkbookOperations(new MemoryWorkbookHost());
  const { contract } = await operations.insertSampleModel();
  const parsed = operations.serviceReview?.previewImport(ACTUALS, contract);
  if (parsed?.kind !== 'ok') throw new Error('the sample actuals do not parse');
  const statement = periodStatement(contract, parsed.records, '2026-01', '2026-06');
  if (!statement.ok) throw new Error(statement.error.message);
  return statement.value.invoiceAdjustment;
}

const pane = () => page.getByRole('complementary', { name: 'Outcome Modeler task pane' });

it('imports pasted actuals after a preview and writes the statement whose total the engine agrees with', async () => {
  await pane().getByRole('button', { name: 'Insert sample model' }).click();
  await pane()
    .getByText(/Sample model inserted/)
    .waitFor();
  await openSection(pane(), 'Review');

  await pane()
    .getByRole('textbox', { name: 'Actuals (CSV or cells pasted from Excel)' })
    .fill(ACTUALS);
  await pane().getByRole('button', { name: 'Check actuals' }).click();
  await pane()
    .getByText(/Ready to import 60 rows: 12 periods \(2026-01 to 2026-12\)/)
    .waitFor();
  expect(
    await page.getByRole('tablist', { name: 'Sheets' }).getByRole('tab').allInnerTexts(),
  ).not.toContain('OM_Actuals');

  await pane().getByRole('button', { name: 'Import actuals' }).click();
  await pane().getByText('Imported into OM_Actuals: 60 added, 0 replaced.').waitFor();
  await pane().getByRole('combobox', { name: 'Period' }).selectOption('2026-06');
  await pane().getByRole('button', { name: 'Write statement' }).click();
  await pane()
    .getByText(/Wrote OM_Statement_2026_06/)
    .waitFor();

  const expected = await engineInvoiceForJune();
  await page
    .getByRole('tablist', { name: 'Sheets' })
    .getByRole('tab', { name: 'OM_Statement_2026_06' })
    .click();
  const sheet = page.locator('table[aria-label="Sheet OM_Statement_2026_06"]');
  const row = sheet.locator('tr', { hasText: 'Invoice adjustment, rounded to cents' });
  const shown = Number((await row.locator('td').nth(1).innerText()).replace(/,/g, ''));
  expect(shown).toBeCloseTo(Math.round(expected * 100) / 100, 2);
  const texts = await sheet.locator('td').allInnerTexts();
  expect(texts.filter((t) => t.startsWith('#'))).toEqual([]);
  await screenshot(page, 'service-review.png');
});
