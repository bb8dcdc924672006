import { existsSync } from 'node:fs';
import path from 'node:path';
import { type Page } from 'playwright-core';
import { launchChromium, offlineContext } from '../test/e2e/support/browser';
import { serveDirectory } from '../test/e2e/support/staticServer';
import { paneOf, retype, setUpSampleNegotiation } from './sampleNegotiation';
import { median } from './timing';

/**
 * Compare in the pane as a negotiator waits for it (issue #17 goal 1): the production build in
 * headless Chromium from a local static server, the workbench with the sample negotiation
 * (bench/sampleNegotiation.ts), Compare with every analysis on (the default), Run pressed. Timed
 * in the page from the click on Run to the DOM showing:
 * - first results: the "Proposals × scenarios" grid with this run's figures (each run has its own
 *   seed, so a new run's grid differs from the one shown before it);
 * - everything: the run has ended (no Cancel in the Simulation toolbar) and the Analysis section
 *   is complete (not busy, no "Working on…" left in the results).
 * A MutationObserver stamps performance.now() on the DOM change itself, so nothing is polled.
 * The first run in the page is a warm-up (it also starts the worker pool) and is reported apart.
 */
export interface CompareRun {
  firstMs: number;
  allMs: number;
  /** Until "Write results to workbook" is enabled again, which it is once the run is over. */
  writeEnabledMs: number;
}

export interface CompareFigures {
  /** Rows of the grid (the contract counts as one) and its scenarios, as the page showed them. */
  proposals: number;
  scenarios: number;
  trials: number;
  runs: number;
  /** Medians of the timed runs, and each of them. */
  firstMs: number;
  allMs: number;
  each: CompareRun[];
  /** The first run after the page opened: worker pool started, code fetched and compiled. */
  freshPane: CompareRun;
  large: { trials: number; runs: number; firstMs: number; allMs: number; each: CompareRun[] };
}

export interface CompareSizes {
  trials: number;
  runs: number;
  largeTrials: number;
  largeRuns: number;
}

interface RunMarks {
  clickAt: number | null;
  sawRunning: boolean;
  firstAt: number | null;
  doneAt: number | null;
  writeEnabledAt: number | null;
  failed: string | null;
  proposals: number;
  scenarios: number;
}

type Marked = Window & { __compareRun?: RunMarks };

/** Runs in the page before Run is pressed: stamps the click and the two moments on the DOM. */
function watchCompareRun(): void {
  const pane = document.querySelector('aside[aria-label="Outcome Modeler task pane"]');
  if (!pane) throw new Error('no task pane on the page');
  const gridBody = () =>
    [...pane.querySelectorAll('caption')]
      .find((c) => c.textContent === 'Proposals × scenarios')
      ?.closest('table')
      ?.querySelector('tbody') ?? null;
  const shownBefore = gridBody()?.textContent ?? null;
  const buttonNamed = (root: Element | null, name: string) =>
    [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === name);
  const marks: RunMarks = {
    clickAt: null,
    sawRunning: false,
    firstAt: null,
    doneAt: null,
    writeEnabledAt: null,
    failed: null,
    proposals: 0,
    scenarios: 0,
  };
  (window as Marked).__compareRun = marks;
  const onClick = (e: Event) => {
    const name = (e.target as Element | null)?.closest('button')?.textContent?.trim();
    // Run, or Run anyway when the pane asks first about a long run.
    if (name === 'Run' || name === 'Run anyway') marks.clickAt = performance.now();
  };
  document.addEventListener('click', onClick, true);
  const observer = new MutationObserver(() => {
    if (marks.clickAt === null) return;
    const now = performance.now();
    const toolbar = pane.querySelector('[role="toolbar"][aria-label="Simulation"]');
    const running = buttonNamed(toolbar, 'Cancel') !== undefined;
    if (running) marks.sawRunning = true;
    if (!marks.sawRunning) return;
    const body = gridBody();
    if (marks.firstAt === null && body && body.textContent !== shownBefore) {
      marks.firstAt = now;
      const rows = body.querySelectorAll('tr');
      marks.proposals = rows.length;
      marks.scenarios = (rows[0]?.querySelectorAll('[role="cell"]').length ?? 0) / 2;
    }
    if (running) return;
    const results = pane.querySelector('section[aria-label="Results"]');
    const write = buttonNamed(results, 'Write results to workbook');
    if (marks.writeEnabledAt === null && write && write.getAttribute('aria-disabled') !== 'true')
      marks.writeEnabledAt = now;
    // A run that did not simply complete says why in a message bar after the toolbar.
    const message = [...(toolbar?.parentElement?.children ?? [])].find((e) =>
      e.classList.contains('fui-MessageBar'),
    );
    const text = results?.textContent ?? '';
    if (marks.firstAt === null || message) {
      marks.failed = message?.textContent ?? 'the run ended without its results';
    } else if (marks.doneAt === null) {
      const analysis = results?.querySelector('section[aria-label="Analysis"]');
      if (analysis && analysis.getAttribute('aria-busy') !== 'true' && !/Working on/.test(text))
        marks.doneAt = now;
    }
    if (marks.failed !== null || (marks.doneAt !== null && marks.writeEnabledAt !== null)) {
      observer.disconnect();
      document.removeEventListener('click', onClick, true);
    }
  });
  observer.observe(pane, { subtree: true, childList: true, characterData: true, attributes: true });
}

async function timeOneRun(
  page: Page,
  trials: number,
  seed: number,
): Promise<CompareRun & { proposals: number; scenarios: number }> {
  const pane = paneOf(page);
  await retype(pane, 'Trials', String(trials));
  await retype(pane, 'Seed', String(seed));
  await page.evaluate(watchCompareRun);
  await pane.getByRole('button', { name: 'Run', exact: true }).click();
  const anyway = page.getByRole('button', { name: 'Run anyway', exact: true });
  await page.waitForFunction(
    () =>
      (window as Marked).__compareRun?.sawRunning ||
      document.querySelector('[role="dialog"], [role="alertdialog"]') !== null,
  );
  if (await anyway.isVisible()) await anyway.click();
  const marks = (await (
    await page.waitForFunction(
      () => {
        const m = (window as Marked).__compareRun;
        return m && (m.failed !== null || (m.doneAt !== null && m.writeEnabledAt !== null)) && m;
      },
      null,
      { timeout: 600_000, polling: 50 },
    )
  ).jsonValue()) as RunMarks;
  if (marks.failed !== null || marks.clickAt === null || marks.firstAt === null)
    throw new Error(`Compare at ${trials} trials did not finish: ${marks.failed}`);
  // What "everything" stands for was there at that moment: the tornado, the break-even, the fees.
  const analysis = pane.getByRole('region', { name: 'Analysis' });
  const shown = await Promise.all(
    [
      analysis.getByRole('img', { name: /^Sensitivity of expected net: / }),
      analysis.getByRole('table', { name: /^Risk-priced fee/ }),
      analysis.getByText(/^Break-even: (?!Working on)/),
    ].map((l) => l.count()),
  );
  if (shown.some((count) => count !== 1))
    throw new Error(`Compare at ${trials} trials ended without every analysis (${shown})`);
  const since = (at: number | null) => (at ?? NaN) - (marks.clickAt ?? NaN);
  return {
    proposals: marks.proposals,
    scenarios: marks.scenarios,
    firstMs: since(marks.firstAt),
    allMs: since(marks.doneAt),
    writeEnabledMs: since(marks.writeEnabledAt),
  };
}

export async function benchCompare(dist: string, sizes: CompareSizes): Promise<CompareFigures> {
  if (!existsSync(path.join(dist, 'taskpane.html')))
    throw new Error(`${dist} has no build: bench/build.mjs makes it`);
  const server = await serveDirectory(dist);
  const browser = await launchChromium();
  try {
    const { context } = await offlineContext(browser, server.url);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/taskpane.html`);
    await setUpSampleNegotiation(page);
    let seed = 1;
    const fresh = await timeOneRun(page, sizes.trials, seed++);
    const only = ({ firstMs, allMs, writeEnabledMs }: CompareRun) => ({
      firstMs,
      allMs,
      writeEnabledMs,
    });
    const timed: CompareRun[] = [];
    for (let i = 0; i < sizes.runs; i++)
      timed.push(only(await timeOneRun(page, sizes.trials, seed++)));
    const large: CompareRun[] = [];
    for (let i = 0; i < sizes.largeRuns; i++)
      large.push(only(await timeOneRun(page, sizes.largeTrials, seed++)));
    if (errors.length > 0) throw new Error(`the page failed: ${errors.join('; ')}`);
    await context.close();
    return {
      proposals: fresh.proposals,
      scenarios: fresh.scenarios,
      trials: sizes.trials,
      runs: sizes.runs,
      firstMs: median(timed.map((r) => r.firstMs)),
      allMs: median(timed.map((r) => r.allMs)),
      each: timed,
      freshPane: only(fresh),
      large: {
        trials: sizes.largeTrials,
        runs: sizes.largeRuns,
        firstMs: median(large.map((r) => r.firstMs)),
        allMs: median(large.map((r) => r.allMs)),
        each: large,
      },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
