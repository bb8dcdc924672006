import { type Page } from 'playwright-core';
import { openProductionPage, type ProductionPage } from './support/productionPage';

/**
 * The production page outside Excel when the browser's storage misbehaves or holds a workbook no
 * one would write by hand: a damaged save, a full storage, a cell at XFD1048576 with whole-sheet
 * formulas and a chain of 20,000 formulas. The page must start, say what happened, and reset.
 */
jest.setTimeout(180_000);

const KEY = 'outcome-modeler.workbench.v1';
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
const notice = (title: string) => page.getByRole('group', { name: title });
const stored = () => page.evaluate((key) => window.localStorage.getItem(key), KEY);

it('starts with a damaged save, says why, and Reset workbook deletes it', async () => {
  await page.evaluate((key) => window.localStorage.setItem(key, '{"format":"outc'), KEY);
  await page.reload();
  await pane().getByRole('button', { name: 'Insert sample model' }).waitFor();
  expect(await notice('The saved workbook was not opened').innerText()).toContain(
    'The saved workbook is damaged: it is not readable JSON.',
  );
  await page.getByRole('button', { name: 'Reset workbook' }).click();
  await page.getByRole('button', { name: 'Delete and start over' }).click();
  await page.waitForLoadState('load');
  await pane().getByRole('button', { name: 'Insert sample model' }).waitFor();
  expect(await notice('The saved workbook was not opened').count()).toBe(0);
  expect(await stored()).toBeNull();
  expect(opened.pageErrors).toEqual([]);
});

it('says the change was not kept when the browser storage is full', async () => {
  // Fill the origin's quota with another key, as other pages of the same site could.
  const filled = await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    let n = 0;
    while (chunk.length > 0) {
      try {
        window.localStorage.setItem(`filler${n}`, chunk);
        n++;
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
    return n;
  });
  expect(filled).toBeGreaterThan(0);
  await pane().getByRole('button', { name: 'Insert sample model' }).click();
  await pane()
    .getByText(/Sample model inserted/)
    .waitFor();
  expect(await notice('Not kept in this browser').innerText()).toContain(
    'The last change could not be kept in this browser (its storage for this page is full).',
  );
  expect(await stored()).toBeNull();
  await page.evaluate(() => {
    for (const key of Object.keys(window.localStorage))
      if (key.startsWith('filler')) window.localStorage.removeItem(key);
  });
  expect(opened.pageErrors).toEqual([]);
});

it('shows a sheet with a cell at XFD1048576, whole-sheet sums and a 20,000-formula chain', async () => {
  const chain = Array.from({ length: 20_000 }, (_, i) => ({
    row: i + 1,
    col: 1,
    input: i === 0 ? '=1' : `=A${i}+1`,
    format: null,
  }));
  const state = {
    format: 'outcome-modeler-memory-workbook',
    version: 1,
    sheets: [
      {
        name: 'Far',
        cells: [
          ...chain,
          { row: 1, col: 2, input: '=A20000', format: null },
          { row: 2, col: 2, input: '=SUM(A:A)', format: null },
          { row: 3, col: 2, input: '=SUM(A1:XFD1048576)', format: null },
          { row: 1_048_576, col: 16_384, input: 5, format: null },
        ],
      },
    ],
    tables: [],
    names: [],
    charts: [],
    documents: {},
    activeSheet: 'Far',
  };
  await page.evaluate(
    ([key, text]) => window.localStorage.setItem(key, text),
    [KEY, JSON.stringify(state)],
  );
  await page.reload();
  const cell = (address: string) => page.locator(`td[data-address="${address}"]`);
  await cell('B1').waitFor();
  expect(await cell('B1').innerText()).toBe('20000');
  expect(await cell('B2').innerText()).toBe('200010000');
  expect(await cell('B3').innerText()).toBe('#NUM!');
  // 1,000 rows are drawn; the rest of the chain and the far cell are named, not drawn.
  expect(await page.getByRole('note', { name: 'Sheet Far not shown whole' }).innerText()).toBe(
    'Showing rows up to 1,000 and columns up to XFD; 19,001 cells holding something lie beyond: A1001, A1002, A1003 and 18,998 more.',
  );
  expect(opened.pageErrors).toEqual([]);
});
