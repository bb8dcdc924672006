import { existsSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { launchChromium, offlineContext } from './browser';
import { type RunningServer, serveDirectory } from './staticServer';

const DIST = path.resolve(__dirname, '../../../dist');

/** The production build's page, served from dist/ as a static host would, open in headless Chromium. */
export interface ProductionPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Requests to anywhere but the page's own origin (refused). */
  readonly outsideRequests: string[];
  readonly pageErrors: string[];
  /** Content-Security-Policy violations the page has met so far. */
  cspViolations(): Promise<string[]>;
  close(): Promise<void>;
}

export async function openProductionPage(
  options: { locale?: string; query?: string } = {},
): Promise<ProductionPage> {
  if (!existsSync(path.join(DIST, 'taskpane.html')))
    throw new Error('dist/ is missing: run "npm run build:test" first');
  const server: RunningServer = await serveDirectory(DIST);
  const browser: Browser = await launchChromium();
  const { context, outsideRequests } = await offlineContext(browser, server.url, options);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(`${server.url}/taskpane.html${options.query ?? ''}`);
  return {
    page,
    context,
    outsideRequests,
    pageErrors,
    cspViolations: () =>
      page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
