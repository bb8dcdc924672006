import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { launchChromium, officeJsFile, offlineContext } from '../test/e2e/support/browser';
import { serveDirectory } from '../test/e2e/support/staticServer';
import { median } from './timing';

/**
 * What a user downloads and waits for, from a production build served locally to headless Chromium:
 * - the pane's JavaScript in Excel: the page's entries plus the on-demand "pane" import (minified);
 * - the functions bundle, and every byte the page loaded before the OUTCOME functions were registered
 *   (Office.js included), with the time from navigation to that moment (the performance mark the
 *   functions bundle sets after associating them);
 * - the time from navigation until the pane is ready: outside Excel the page is the workbench, and
 *   the pane is ready when its "Insert sample model" button is there and enabled — it is enabled
 *   only once the pane has read the workbook, so a person can act.
 */
export interface BundleFigures {
  taskpaneBytes: number;
  functionsBytes: number;
  bytesBeforeRegistered: number;
  registerMs: number;
  paneReadyMs: number;
}

const PANE_READY_MARK = 'bench:pane-ready';

/**
 * Runs in the page before its scripts: marks the first moment the pane's "Insert sample model"
 * button exists without aria-disabled (Fluent's disabledFocusable), watching every DOM change.
 */
function markPaneReady(markName: string): void {
  const ready = () =>
    [...document.querySelectorAll('button')].some(
      (b) =>
        b.textContent?.trim() === 'Insert sample model' &&
        !b.disabled &&
        b.getAttribute('aria-disabled') !== 'true',
    );
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    performance.mark(markName);
    observer.disconnect();
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-disabled', 'disabled'],
  });
}

interface BundleReport {
  groups: { name: string; files: string[] }[];
}

export async function benchBundle(
  dist: string,
  report: string,
  runs: number,
): Promise<BundleFigures> {
  if (!existsSync(path.join(dist, 'taskpane.js')) || !existsSync(report))
    throw new Error(`${dist} has no build: bench/build.mjs makes it`);
  const size = (file: string) => statSync(path.join(dist, file)).size;
  const { groups } = JSON.parse(readFileSync(report, 'utf8')) as BundleReport;
  const paneFiles = new Set(
    groups
      .filter((g) => ['functions', 'taskpane', 'pane'].includes(g.name))
      .flatMap((g) => g.files),
  );
  const server = await serveDirectory(dist);
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    const bytes: number[] = [];
    const readyTimes: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const { context } = await offlineContext(browser, server.url);
      const page = await context.newPage();
      await page.addInitScript(markPaneReady, PANE_READY_MARK);
      await page.goto(`${server.url}/taskpane.html`);
      const loaded = await page.waitForFunction(() => {
        const mark = performance.getEntriesByName('outcome-modeler:functions-registered')[0];
        if (!mark) return undefined;
        const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const before = resources
          .filter((r) => r.responseEnd <= mark.startTime)
          .map((r) => ({ url: r.name, bytes: r.decodedBodySize }));
        const navigation = performance.getEntriesByType(
          'navigation',
        )[0] as PerformanceResourceTiming;
        return {
          ms: mark.startTime,
          resources: [...before, { url: navigation.name, bytes: navigation.decodedBodySize }],
        };
      });
      const figures = (await loaded.jsonValue()) as {
        ms: number;
        resources: { url: string; bytes: number }[];
      };
      // Cross-origin timings hide sizes: Office.js files count at the size of the copy served for them.
      const sizeOf = (r: { url: string; bytes: number }) => {
        const officeFile = officeJsFile(r.url);
        return officeFile ? statSync(officeFile).size : r.bytes;
      };
      const ready = await page.waitForFunction(
        (mark) => performance.getEntriesByName(mark)[0]?.startTime,
        PANE_READY_MARK,
      );
      const readyMs = (await ready.jsonValue()) as number;
      if (i > 0) {
        // The first load warms the browser's caches.
        times.push(figures.ms);
        readyTimes.push(readyMs);
        bytes.push(figures.resources.reduce((sum, r) => sum + sizeOf(r), 0));
      }
      await context.close();
    }
    return {
      taskpaneBytes: [...paneFiles].reduce((sum, file) => sum + size(file), 0),
      functionsBytes: size('functions.js'),
      bytesBeforeRegistered: median(bytes),
      registerMs: median(times),
      paneReadyMs: median(readyTimes),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
