import { type Browser, type Page } from 'playwright-core';
import { launchChromium, offlineContext } from './support/browser';
import { type StartedProject, startProject } from './support/npmStart';
import { readFileSync } from 'node:fs';
import { openSection } from './support/paneSections';
import { screenshot } from './support/screenshots';
import { mismatches, openCounterpartyFile } from '../workbook/share/counterpartyFile';

/**
 * What a new user on Linux does: `npm start`, open the address it prints, insert the sample model.
 * This drives the development build the dev server serves, under the same page policy as
 * production, and fails on any page error or policy violation.
 */
jest.setTimeout(240_000);

let project: StartedProject;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  project = await startProject(180_000);
  browser = await launchChromium();
  const { context } = await offlineContext(browser, new URL(project.url).origin);
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
});

afterAll(async () => {
  await browser?.close();
  await project?.stop();
});

const pane = () => page.getByRole('complementary', { name: 'Outcome Modeler task pane' });
const isOfficeTelemetry = (s: string) => s.includes('telemetry');

it('prints the bare address, and that address opens the workbench', async () => {
  expect(project.url).toMatch(/^http:\/\/localhost:\d+\/$/);
  await page.goto(project.url);
  expect(new URL(page.url()).pathname).toBe('/taskpane.html');
  await pane().getByRole('button', { name: 'Insert sample model' }).waitFor({ timeout: 30_000 });
});

it('registers the OUTCOME functions from the served page, with metadata that lets error cells through', async () => {
  const registered = await page.evaluate(
    () => performance.getEntriesByName('outcome-modeler:functions-registered').length,
  );
  expect(registered).toBe(1);
  const metadata = await (
    await page.request.get(new URL('functions.json', project.url).href)
  ).json();
  expect(metadata.allowErrorForDataTypeAny).toBe(true);
  expect(metadata.functions).toHaveLength(9);
});

it('inserts the sample model, and its OUTCOME formulas show figures', async () => {
  await pane().getByRole('button', { name: 'Insert sample model' }).click();
  await pane()
    .getByText(/Sample model inserted/)
    .waitFor();
  await page.getByRole('tablist', { name: 'Sheets' }).getByRole('tab', { name: 'Summary' }).click();
  const cells = await page.locator('table[aria-label="Sheet Summary"] td').allInnerTexts();
  expect(cells).toContain('Availability');
  expect(cells.filter((t) => t.startsWith('#'))).toEqual([]);
  await screenshot(page, 'npm-start-workbench.png');
});

it('serves a development build without eval, which the page policy would block', async () => {
  const script = await (await page.request.get(new URL('taskpane.js', project.url).href)).text();
  expect(script).not.toMatch(/\beval\(/);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
});

it('makes a file for the other side, which opens and recalculates to its cached figures', async () => {
  await openSection(pane(), 'Share');
  await pane()
    .getByRole('checkbox', { name: /Money view/ })
    .check();
  const download = page.waitForEvent('download');
  await pane().getByRole('button', { name: 'Create file for the other side' }).click();
  const bytes = new Uint8Array(readFileSync(await (await download).path()));
  const file = await openCounterpartyFile(bytes);
  expect(file.sheetNames).toEqual(['Contract', 'Money']);
  expect(file.formulas.length).toBeGreaterThan(50);
  expect(mismatches(file)).toEqual([]);
});

it('raised no page error, console error or policy violation', async () => {
  const violations = await page.evaluate(
    () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
  );
  expect(violations.filter((v) => !isOfficeTelemetry(v))).toEqual([]);
  expect(pageErrors).toEqual([]);
  expect(consoleErrors.filter((e) => !isOfficeTelemetry(e))).toEqual([]);
});
