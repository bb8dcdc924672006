import { type Page } from 'playwright-core';
import { parseBands } from '../../src/engine/rules/bands';
import { unwrap } from '../../src/engine/rules/result';
import { yearGainShare } from '../../src/engine/terms/compiledGainShare';
import { GERMAN_ACTUALS } from './support/germanActuals';
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

/** Money as the German pane shows it. */
const euros = (x: number, options: Intl.NumberFormatOptions = {}) =>
  new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', ...options }).format(x);

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
  await openSection(pane(), 'Scenarios');
  await button('Add scenario').click();
  await retype('Scenario name', 'Base case');
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

  // Term by term: the contract against their counter, with what each difference is worth.
  await openSection(pane(), 'Compare');
  await retype('Trials', '2000');
  await pane().getByRole('combobox', { name: 'Right', exact: true }).selectOption('Their counter');
  await button('Compare terms').click();
  const card = (term: string) =>
    pane().getByRole('list', { name: 'Differing terms' }).getByRole('listitem', { name: term });
  const charges = card('Monthly charges');
  await expect(charges.getByText('255.000 EUR → 240.000 EUR').count()).resolves.toBe(1);
  // 15,000 less a month over 36 months: at the expected level (and in a scenario that stays there)
  // the customer pays 540,000 less; at the minimum level less again, as the credits are a share of it.
  await charges.getByText('Base case').waitFor({ timeout: 60_000 });
  const [atExpected, atMinimum, inBaseCase] = await charges.locator('dd').allTextContents();
  expect([atExpected, inBaseCase]).toEqual([
    euros(-540_000),
    euros(-540_000, { maximumFractionDigits: 0 }),
  ]);
  expect(atMinimum).toMatch(/^-4\d\d\.\d{3},\d\d\s€$/);
  await card('At-risk %').scrollIntoViewIfNeeded();
  await screenshot(page, 'workflow-term-by-term.png');
  await button('Write to sheet').click();
  await pane().getByText('Written to the OM_TermDifferences sheet.').waitFor();
  await page
    .getByRole('tablist', { name: 'Sheets' })
    .getByRole('tab', { name: 'OM_TermDifferences' })
    .click();
  const differences = await page
    .locator('table[aria-label="Sheet OM_TermDifferences"]')
    .innerText();
  // The terms as the German user reads them; the effects are numbers in a money format.
  expect(differences).toMatch(/Monthly charges\s+255\.000 EUR\s+240\.000 EUR\s+-540,000\.00\s/);

  await openSection(pane(), 'Proposals');
  await button('Their counter').click();
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

it('a goal seek finds the fee for a margin and puts it in; Compare runs are kept across a reload', async () => {
  await openSection(pane(), 'Compare');
  await retype('Trials', '2000');
  await retype('Monthly cost base', '200000');
  await pane()
    .getByRole('combobox', { name: 'Term to change', exact: true })
    .selectOption({ label: 'Monthly fee' });
  await pane()
    .getByRole('combobox', { name: 'Figure', exact: true })
    .selectOption({ label: 'Expected margin' });
  await retype('Target', '15');
  await button('Run goal seek').click();
  const result = pane().getByRole('status', { name: 'Goal seek result' });
  await result.waitFor({ timeout: 60_000 });
  const lines = await result.locator('span').allTextContents();
  expect(lines[1]).toMatch(/^Expected margin there: 15 % ± /);
  const fee = /^Monthly fee: ([\d.,]+) EUR$/.exec(lines[0]);
  expect(fee).not.toBeNull();
  await result.scrollIntoViewIfNeeded();
  await screenshot(page, 'workflow-goal-seek.png');
  await result.getByRole('button', { name: /^Use this value in / }).click();
  await openSection(pane(), 'Contract');
  // The box shows what was found, in German numbers and without grouping.
  await expect(textbox('Monthly charges').inputValue()).resolves.toBe(
    (fee?.[1] ?? '').replace(/\./g, ''),
  );
  await written();

  await openSection(pane(), 'Compare');
  await button('Run').click();
  const grid = pane().getByRole('table', { name: 'Proposals × scenarios' });
  await grid.waitFor({ timeout: 60_000 });
  // The grid shows before the analyses finish; a run is kept in the workbook when it ends.
  await pane()
    .locator('button:has-text("Write results to workbook"):not([aria-disabled="true"])')
    .waitFor({ timeout: 60_000 });
  await page.reload();
  await openSection(pane(), 'Compare');
  await pane()
    .getByText(/kept in the workbook:/)
    .waitFor();
  await grid.waitFor();
  await retype('Seed', '7');
  await button('Run').click();
  const kept = pane().getByRole('list', { name: 'Kept runs' }).getByRole('listitem');
  await kept.nth(1).waitFor({ timeout: 60_000 });
  await button('Show side by side').click();
  const pair = pane().getByRole('region', { name: 'Runs side by side' });
  await expect(
    pair.getByRole('list', { name: 'Settings that differ' }).innerText(),
  ).resolves.toMatch(/[Ss]eed/);
  await pair.scrollIntoViewIfNeeded();
  await screenshot(page, 'workflow-run-history.png');
});

it('a gain-share term edited in the pane shows in the comparison and settles on the statement', async () => {
  await openSection(pane(), 'Contract');
  await pane()
    .getByRole('switch', { name: 'Share cost savings and overruns against a target' })
    .click();
  await retype('Target cost per year', '2400000');
  await written();
  // The scenario's provider runs 10% over target every year.
  await openSection(pane(), 'Scenarios');
  await pane()
    .getByRole('combobox', { name: 'Actual cost per year: assumption', exact: true })
    .selectOption({ label: 'The same cost every year' });
  await retype('Actual cost per year: level', '2640000');
  await written();

  // The share the provider bears of a 240,000 overrun, by the default bands (what the pane starts from).
  const shares = unwrap(
    parseBands(
      [
        { bound: 0, rate: 0.3 },
        { bound: 0.95, rate: 0.5 },
        { bound: 1.05, rate: 0.8 },
      ],
      'bands',
    ),
  );
  const gainShare = { targetCostAnnual: 2_400_000, shares, painCap: Infinity, gainCap: Infinity };
  const year = yearGainShare(gainShare, 0, 2_640_000, 36);
  expect(year).toBeLessThan(0);

  await openSection(pane(), 'Compare');
  await button('Run').click();
  const details = pane().getByRole('table', {
    name: 'Managed infrastructure and service desk under Base case',
    exact: true,
  });
  await details.waitFor({ timeout: 60_000 });
  const row = details.getByRole('row', { name: /^Gain\/pain share, expected/ });
  await expect(row.getByRole('cell').innerText()).resolves.toBe(
    euros(3 * year, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }),
  );
  await row.scrollIntoViewIfNeeded();
  await screenshot(page, 'workflow-gain-share-compare.png');

  await openSection(pane(), 'Review');
  await pane()
    .getByRole('textbox', { name: 'Actuals (CSV or cells pasted from Excel)' })
    .fill(GERMAN_ACTUALS);
  await button('Check actuals').click();
  await button('Import actuals').click();
  await pane()
    .getByText(/Imported into OM_Actuals/)
    .waitFor();
  await pane().getByRole('combobox', { name: 'Period' }).selectOption('2026-12');
  await retype('Actual cost of contract year 1, 2026-01 to 2026-12', '2640000');
  const levers = pane().getByRole('list', { name: 'Commercial levers this month' });
  await expect(levers.innerText()).resolves.toContain(
    `Gain/pain share, contract year 1: ${euros(year, { signDisplay: 'exceptZero' })} (an overrun borne by the provider, off the invoice).`,
  );
  await levers.scrollIntoViewIfNeeded();
  await screenshot(page, 'workflow-gain-share-statement.png');
  await button('Write statement').click();
  await pane()
    .getByText(/Wrote OM_Statement_2026_12/)
    .waitFor();
  await page
    .getByRole('tablist', { name: 'Sheets' })
    .getByRole('tab', { name: 'OM_Statement_2026_12' })
    .click();
  const sheet = await page.locator('table[aria-label="Sheet OM_Statement_2026_12"]').innerText();
  expect(sheet).toMatch(/[Gg]ain\/pain share/);
});
