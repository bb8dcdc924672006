import path from 'node:path';
import { Browser, BrowserContext, chromium } from 'playwright-core';

/** Debian's Chromium, headless, with the flags this closed network needs. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_NPM = path.resolve(__dirname, '../../../node_modules/@microsoft/office-js/dist');

/**
 * The production page loads Office.js from Microsoft's CDN; here the npm copy answers for it, and
 * every other outside request is refused and recorded, so a test can prove nothing leaves the page.
 */
export async function offlineContext(browser: Browser, allowedOrigin: string): Promise<{ context: BrowserContext; outsideRequests: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const outsideRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(allowedOrigin) || url.startsWith('data:')) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const relative = url.slice(OFFICE_CDN.length).split('?')[0];
      return route.fulfill({ path: path.join(OFFICE_NPM, relative) }).catch(() => route.abort());
    }
    outsideRequests.push(url);
    return route.abort();
  });
  return { context, outsideRequests };
}
