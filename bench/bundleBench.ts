import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { launchChromium, offlineContext } from '../test/e2e/support/browser';
import { serveDirectory } from '../test/e2e/support/staticServer';
import { median } from './timing';

/**
 * What a user downloads and waits for: minified bytes of the task pane and the functions code,
 * and the time from page load to the custom functions registered (the performance mark the
 * functions bundle sets after associating them), in the workbench in headless Chromium.
 */
export interface BundleFigures {
  taskpaneBytes: number;
  functionsBytes: number;
  registerMs: number;
}

export async function benchBundle(dist: string, runs: number): Promise<BundleFigures> {
  if (!existsSync(path.join(dist, 'taskpane.js'))) throw new Error(`${dist} has no build: run "npm run build" first`);
  const size = (file: string) => statSync(path.join(dist, file)).size;
  const server = await serveDirectory(dist);
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const { context } = await offlineContext(browser, server.url);
      const page = await context.newPage();
      await page.goto(`${server.url}/taskpane.html`);
      const mark = await page.waitForFunction(() => performance.getEntriesByName('outcome-modeler:functions-registered')[0]?.startTime);
      if (i > 0) times.push((await mark.jsonValue()) as number); // the first load warms the browser's caches
      await context.close();
    }
    return { taskpaneBytes: size('taskpane.js'), functionsBytes: size('functions.js'), registerMs: median(times) };
  } finally {
    await browser.close();
    await server.close();
  }
}
