import { type Page } from 'playwright-core';
import { GERMAN_ACTUALS } from './support/germanActuals';
import { openProductionPage, type ProductionPage } from './support/productionPage';
import { horizontalOverflow } from './support/paneOverflow';
import { openSection } from './support/paneSections';
import { screenshot } from './support/screenshots';

/**
 * Risk as it really happens, in a German 320 px pane of the production build: a scenario where
 * availability and P1 resolution miss together and some months are bad for both, compared with the
 * same scenario with independent service levels; a scenario fitted from the actuals of the Review
 * tab; the precision of the simulated figures.
 */
jest.setTimeout(300_000);

let opened: ProductionPage;
let page: Page;

const pane = () => page.getByRole('complementary', { name: 'Outcome Modeler task pane' });
const button = (name: string) => pane().getByRole('button', { name, exact: true });
const textbox = (name: string) => pane().getByRole('textbox', { name, exact: true });
const combobox = (name: string) => pane().getByRole('combobox', { name, exact: true });
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

it('correlation and a bad month typed in German change the risk, shown with and without them, and survive a reload', async () => {
  await openSection(pane(), 'Scenarios');
  await button('Add scenario').click();
  await retype('Scenario name', 'Incidents');
  await combobox('Availability: assumption').selectOption({
    label: 'Normal (mean, spread, correlation)',
  });
  await combobox('P1 resolved within 4h: assumption').selectOption({
    label: 'Normal (mean, spread, correlation)',
  });
  await combobox('First service level').selectOption({ label: 'Availability' });
  await combobox('Second service level').selectOption({ label: 'P1 resolved within 4h' });
  await retype('Correlation of the new pair', '0,8');
  await button('Add correlation').click();
  const pair = pane().getByRole('textbox', { name: /^Correlation .*Availability/ });
  await expect(pair.inputValue()).resolves.toBe('0,8');
  await pane()
    .getByRole('switch', { name: 'Some months are bad for several service levels at once' })
    .click();
  await retype('Chance that a month is bad', '5');
  await retype('Availability falls by', '1,2');
  await retype('P1 resolved within 4h falls by', '10');
  await retype('Mean resolution hours rises by', '4');
  await pair.scrollIntoViewIfNeeded();
  await screenshot(page, 'risk-correlation.png');
  await written();

  await openSection(pane(), 'Compare');
  await retype('Trials', '5000');
  const why = pane().getByRole('region', { name: 'Why correlation matters' });
  await why.getByRole('button', { name: 'Compare with independent service levels' }).click();
  const table = why.getByRole('table', { name: 'Incidents: with and without correlation' });
  await table.waitFor({ timeout: 60_000 });
  const cells = await table
    .getByRole('row', { name: /^Managed infrastructure/ })
    .getByRole('cell')
    .allInnerTexts();
  // Cap reached, months at the cap, P5 net — correlated, then independent.
  expect(cells).toHaveLength(6);
  // The figure before its interval: "71,4 %, 95 %: 70,2–72,7 %" and "−253.288 € ± 1.912".
  const percent = (text: string) =>
    Number(
      text
        .split('%')[0]
        .replace(/[^\d,]/g, '')
        .replace(',', '.'),
    );
  const money = (text: string) =>
    Number(
      text
        .split('€')[0]
        .replace(/[^\d,\-−]/g, '')
        .replace('−', '-')
        .replace(',', '.'),
    );
  expect(cells[0]).toMatch(/^\d{1,3},\d\s%, 95\s%: /);
  // Missing together, and bad months for three levels at once: the cap is reached, and the
  // provider's bad case is clearly worse.
  expect(percent(cells[0])).toBeGreaterThan(percent(cells[1]));
  expect(money(cells[4])).toBeLessThan(money(cells[5]) * 1.1);
  await table.scrollIntoViewIfNeeded();
  await screenshot(page, 'risk-why-correlation.png');

  await page.reload();
  await openSection(pane(), 'Scenarios');
  await button('Incidents').click();
  await expect(
    pane()
      .getByRole('textbox', { name: /^Correlation .*Availability/ })
      .inputValue(),
  ).resolves.toBe('0,8');
  await expect(textbox('Chance that a month is bad').inputValue()).resolves.toBe('5');
  await expect(textbox('Availability falls by').inputValue()).resolves.toBe('1,2');
});

it('a scenario fitted from German actuals is added and can be edited', async () => {
  await openSection(pane(), 'Review');
  await pane()
    .getByRole('textbox', { name: 'Actuals (CSV or cells pasted from Excel)' })
    .fill(GERMAN_ACTUALS);
  await button('Check actuals').click();
  await button('Import actuals').click();
  await pane()
    .getByText(/Imported into OM_Actuals/)
    .waitFor();
  const fit = pane().getByRole('region', { name: 'Scenario from these actuals' });
  await fit.getByText(/12 months\. Each service level is fitted three ways/).waitFor();
  await fit.scrollIntoViewIfNeeded();
  await screenshot(page, 'review-fitted-scenario.png');
  await fit.getByRole('button', { name: 'Add as a scenario' }).click();
  await fit
    .getByText('Added “As measured, last 12 months” to the Scenarios tab, where it can be edited.')
    .waitFor();
  await openSection(pane(), 'Scenarios');
  await expect(
    pane().getByRole('textbox', { name: 'Scenario name', exact: true }).inputValue(),
  ).resolves.toBe('As measured, last 12 months');
  await screenshot(page, 'risk-fitted-scenario.png');
});

it('every simulated figure carries its 95 % interval; a run until precise says where it stopped', async () => {
  await openSection(pane(), 'Compare');
  await pane().getByRole('switch', { name: 'Run until precise' }).click();
  await retype('Precision (95 %)', '5');
  await retype('Trials', '40000');
  await button('Run').click();
  const grid = pane().getByRole('table', { name: 'Proposals × scenarios' });
  await grid.waitFor({ timeout: 120_000 });
  const report = pane().getByText(
    /^(Precise to ±5 % after [\d.]+ trials per scenario|Stopped at 40\.000 trials, the most)/,
  );
  await report.waitFor();
  // German numbers in the ± as in the figure: "−185.849 € ± 1.234".
  const cells = await grid.getByRole('cell').allInnerTexts();
  expect(cells.some((text) => /€ ± \d{1,3}(\.\d{3})*$/.test(text))).toBe(true);
  await report.scrollIntoViewIfNeeded();
  await screenshot(page, 'risk-precision.png');
});
