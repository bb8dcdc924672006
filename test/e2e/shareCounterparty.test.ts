import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Page } from 'playwright-core';
import { GERMAN_ACTUALS } from './support/germanActuals';
import { openProductionPage, type ProductionPage } from './support/productionPage';
import { horizontalOverflow } from './support/paneOverflow';
import { openSection } from './support/paneSections';
import { screenshot } from './support/screenshots';
import { periodStatement } from '../../src/engine/review/serviceReview';
import { invoiceCents } from '../../src/engine/rules/moneyRules';
import { unwrap } from '../../src/engine/rules/result';
import { sampleContract } from '../../src/workbook/sampleModel';
import { WORKBENCH_STORAGE_KEY } from '../../src/workbench/workbenchStorage';
import { mismatches, openCounterpartyFile, zipTexts } from '../workbook/share/counterpartyFile';

/**
 * A German deal team, in a 320 px pane of the production build, shares the deal with the other
 * side: the sample contract with their counter-offer and a private walk-away, a year of actuals
 * exported the German way. They tick the money view, June's statement and the comparison of the
 * contract with the counter, make the file, and the browser downloads it. The test opens the
 * download as the other side's software would and recalculates every formula.
 */
jest.setTimeout(240_000);

let opened: ProductionPage;
let page: Page;

const pane = () => page.getByRole('complementary', { name: 'Outcome Modeler task pane' });
const button = (name: string) => pane().getByRole('button', { name, exact: true });
const retype = async (name: string, text: string) => {
  const box = pane().getByRole('textbox', { name, exact: true });
  await box.fill(text);
  await box.press('Tab');
};

beforeAll(async () => {
  opened = await openProductionPage({ locale: 'de-DE', query: '?paneWidth=320' });
  page = opened.page;
  await button('Insert sample model').click();
  await pane()
    .getByText(/Sample model inserted/)
    .waitFor();
  await openSection(pane(), 'Proposals');
  await button('Add proposal').click();
  await retype('Proposal name', 'Their counter');
  await retype('At-risk share of charges', '15');
  await button('Add proposal').click();
  await retype('Proposal name', 'Our walk-away');
  await retype('At-risk share of charges', '7,5');
  await openSection(pane(), 'Scenarios');
  await button('Add scenario').click();
  await retype('Scenario name', 'Our grim view');
  await button('Write to workbook').click();
  await pane()
    .getByText(/Written to the workbook/)
    .waitFor();
  await openSection(pane(), 'Review');
  await pane()
    .getByRole('textbox', { name: 'Actuals (CSV or cells pasted from Excel)' })
    .fill(GERMAN_ACTUALS);
  await button('Check actuals').click();
  await button('Import actuals').click();
  await pane().getByText('Imported into OM_Actuals: 60 added, 0 replaced.').waitFor();
});

afterAll(async () => {
  await opened?.close();
});

it('lists what the file will hold, downloads it, and the file recalculates to its figures', async () => {
  await openSection(pane(), 'Share');
  await pane()
    .getByRole('checkbox', { name: /Money view/ })
    .check();
  await pane().getByRole('checkbox', { name: "A month's statement" }).check();
  await pane().getByRole('combobox', { name: 'Statement month' }).selectOption('2026-06');
  await pane().getByRole('checkbox', { name: 'Managed infrastructure and service desk' }).check();
  await pane().getByRole('checkbox', { name: 'Their counter' }).check();
  const contents = await pane()
    .getByRole('list', { name: 'The file will contain' })
    .getByRole('listitem')
    .allInnerTexts();
  expect(contents.map((c) => c.split(':')[0])).toEqual([
    'Contract',
    'Money',
    'Statement 2026-06',
    'Comparison',
    'Terms Their counter',
  ]);
  expect(await pane().getByRole('list', { name: 'It will not contain' }).innerText()).toContain(
    '1 proposal you did not choose',
  );

  const download = page.waitForEvent('download');
  await button('Create file for the other side').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    /^Managed infrastructure and service desk – for the other side \d{4}-\d\d-\d\d\.xlsx$/,
  );
  await pane()
    .getByText(/^Downloaded “Managed infrastructure/)
    .waitFor();
  const shareSection = pane().getByRole('region', { name: 'Share with the other side' });
  await shareSection.scrollIntoViewIfNeeded();
  await screenshot(page, 'share-counterparty.png');
  expect(await horizontalOverflow(pane())).toEqual([]);

  const bytes = new Uint8Array(readFileSync(await file.path()));
  const shared = await openCounterpartyFile(bytes);
  expect(shared.sheetNames).toEqual([
    'Contract',
    'Money',
    'Statement 2026-06',
    'Comparison',
    'Terms Their counter',
  ]);
  expect(shared.formulas.length).toBeGreaterThan(300);
  expect(mismatches(shared)).toEqual([]);
  // June's invoice adjustment, recalculated, is the engine's to the cent.
  const adjustment = shared.rowsLabelled(
    'Statement 2026-06',
    'Invoice adjustment, rounded to cents',
  )[0];
  expect(shared.value('Statement 2026-06', `B${adjustment}`)).toBe(juneAdjustment());

  const everything = Object.values(await zipTexts(bytes)).join('\n');
  const workbook = await page.evaluate((key) => localStorage.getItem(key), WORKBENCH_STORAGE_KEY);
  expect(everything).not.toMatch(/OUTCOME\./i);
  for (const secret of [
    'Our walk-away',
    'Our grim view',
    'OM_ChangeLog',
    'OM_Actuals',
    'OutcomeModeler',
  ])
    expect(everything).not.toContain(secret);
  // The change log's and the stored model's times (ISO, to the second) are nowhere in the file.
  const times = workbook?.match(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/g) ?? [];
  expect(times.length).toBeGreaterThan(0);
  for (const time of times) expect(everything).not.toContain(time);
  expect(opened.pageErrors).toEqual([]);
  // Office.js's own telemetry frame is refused by the page policy on every page: not ours.
  expect((await opened.cspViolations()).filter((v) => !v.includes('telemetry'))).toEqual([]);
});

it('removes the negotiation data from the working workbook after asking, and a reload keeps it removed', async () => {
  const carried = pane().getByRole('list', { name: 'Negotiation data in this workbook' });
  expect(await carried.innerText()).toContain('2 proposals: Their counter, Our walk-away');
  await button('Remove negotiation data…').click();
  const dialog = page.getByRole('alertdialog', { name: 'Remove negotiation data?' });
  expect(await dialog.getByRole('list', { name: 'Removed' }).innerText()).toContain(
    'Our walk-away',
  );
  // Fluent's dialog fades in: the picture is taken once it is fully there.
  await dialog.evaluate((el) =>
    Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)),
  );
  await screenshot(page, 'share-remove-dialog.png');
  await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
  await pane()
    .getByText(
      /^Removed from the workbook: 2 proposals, 1 scenario and the change log \(\d+ rows\)/,
    )
    .waitFor();
  expect(await carried.innerText()).toContain('No proposals');
  expect(
    await page.getByRole('tablist', { name: 'Sheets' }).getByRole('tab').allInnerTexts(),
  ).not.toContain('OM_ChangeLog');

  await page.reload();
  await pane().getByRole('textbox', { name: 'Monthly charges' }).waitFor();
  await openSection(pane(), 'Share');
  expect(
    await pane().getByRole('list', { name: 'Negotiation data in this workbook' }).innerText(),
  ).toContain('No proposals');
  expect(await pane().getByRole('checkbox', { name: 'Their counter' }).count()).toBe(0);
  expect(opened.pageErrors).toEqual([]);
});

it('an edit not yet written stays out of the file, and the pane says so', async () => {
  await openSection(pane(), 'Contract');
  await retype('Monthly charges', '300000');
  await openSection(pane(), 'Share');
  await pane()
    .getByText(/^Edits not yet written are not in the file/)
    .waitFor();
  const download = page.waitForEvent('download');
  await button('Create file for the other side').click();
  const shared = await openCounterpartyFile(
    new Uint8Array(readFileSync(await (await download).path())),
  );
  const charges = shared.rowsLabelled('Contract', 'Monthly charges')[0];
  expect(shared.value('Contract', `B${charges}`)).toBe(250_000);
  // Focus stays on the button that made the file, for the next keystroke.
  expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(
    'Create file for the other side',
  );
});

function juneAdjustment(): number {
  const records = readFileSync(path.resolve(__dirname, '../../docs/samples/actuals.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [name, period, value, excluded] = line.split(',');
      const sl = sampleContract().serviceLevels.find((s) => s.name === name);
      return {
        serviceLevelId: sl?.id ?? name,
        period,
        value: Number(value),
        excludedMinutes: excluded ? Number(excluded) : null,
      };
    });
  const june = unwrap(periodStatement(sampleContract(), records, '2026-01', '2026-06'));
  return invoiceCents(june.invoiceAdjustment);
}
