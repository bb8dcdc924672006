import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Page } from 'playwright-core';
import { openProductionPage, type ProductionPage } from './support/productionPage';
import { horizontalOverflow } from './support/paneOverflow';
import { openSection, SECTIONS } from './support/paneSections';
import { SCREENSHOTS_DIR as SCREENSHOTS } from './support/screenshots';

/**
 * The pane at the widths Excel gives it (320 and 350 px) and a wider one (450 px), with everything
 * a deal team has in it by mid-negotiation: the sample contract, a proposal, a scenario, a finished
 * run and a service-review statement. On every section nothing may scroll sideways or be cut off.
 */
jest.setTimeout(400_000);

const ACTUALS = readFileSync(path.resolve(__dirname, '../../docs/samples/actuals.csv'), 'utf8');

let opened: ProductionPage;
let page: Page;

beforeAll(async () => {
  opened = await openProductionPage({ query: '?paneWidth=320' });
  page = opened.page;
});

afterAll(async () => {
  await opened?.close();
});

const pane = () => page.getByRole('complementary', { name: 'Outcome Modeler task pane' });
const textbox = (name: string) => pane().getByRole('textbox', { name, exact: true });
const button = (name: string) => pane().getByRole('button', { name, exact: true });

async function retype(name: string, text: string) {
  await textbox(name).fill(text);
  await textbox(name).press('Tab');
}

async function runComparison() {
  await openSection(pane(), 'Compare');
  await retype('Trials', '2000');
  await button('Run').click();
  await pane().getByRole('table', { name: 'Proposals × scenarios' }).waitFor({ timeout: 120_000 });
  await pane()
    .getByRole('table', { name: /^Risk-priced fee/ })
    .waitFor({ timeout: 120_000 });
}

it('holds a negotiation in progress: sample, proposal, scenario and a June statement, written', async () => {
  await button('Insert sample model').click();
  await pane()
    .getByText(/Sample model inserted/)
    .waitFor();
  await openSection(pane(), 'Proposals');
  await button('Add proposal').click();
  await retype('Proposal name', 'Their counter with a longer name');
  await retype('At-risk share of charges', '15');
  await openSection(pane(), 'Scenarios');
  await button('Add scenario').click();
  await retype('Scenario name', 'Stressed availability year');
  await pane()
    .getByRole('combobox', { name: 'Availability: assumption' })
    .selectOption('triangular');
  await retype('Availability: minimum', '98.4');
  await retype('Availability: most likely', '99.3');
  await retype('Availability: maximum', '99.8');
  await button('Write to workbook').click();
  await pane()
    .getByText(/Written to the workbook/)
    .waitFor();
  await openSection(pane(), 'Review');
  await textbox('Actuals (CSV or cells pasted from Excel)').fill(ACTUALS);
  await button('Check actuals').click();
  await button('Import actuals').click();
  await pane()
    .getByText(/Imported into OM_Actuals/)
    .waitFor();
  await pane().getByRole('combobox', { name: 'Period' }).selectOption('2026-06');
  await button('Write statement').click();
  await pane()
    .getByText(/Wrote OM_Statement_2026_06/)
    .waitFor();
});

describe.each([320, 350, 450])('at %i px', (width) => {
  beforeAll(async () => {
    const url = new URL(page.url());
    url.searchParams.set('paneWidth', String(width));
    await page.goto(url.toString());
    await pane()
      .getByText(/Outcome Modeler/)
      .first()
      .waitFor();
    expect(await pane().evaluate((el) => el.clientWidth)).toBe(width);
    await runComparison();
  });

  it.each(SECTIONS)('%s: nothing scrolls sideways or is cut off', async (section) => {
    await openSection(pane(), section);
    await pane().getByRole('tabpanel').waitFor();
    expect(await horizontalOverflow(pane())).toEqual([]);
    // The whole section in one picture: a window as tall as the pane's content.
    const height = await pane().evaluate((el) => el.scrollHeight);
    await page.setViewportSize({ width: 1400, height: Math.min(height + 40, 8000) });
    const file = `pane-${width}-${section.toLowerCase().replace(/\s+/g, '-')}.png`;
    await pane().screenshot({ path: path.join(SCREENSHOTS, file) });
    await page.setViewportSize({ width: 1400, height: 900 });
  });
});
