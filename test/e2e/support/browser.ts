import path from 'node:path';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';

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
const OFFICE_NPM = path.join(
  path.dirname(require.resolve('@microsoft/office-js/package.json')),
  'dist',
);

/** The npm copy of an Office.js file the page asks Microsoft's CDN for; null for other URLs. */
export function officeJsFile(url: string): string | null {
  return url.startsWith(OFFICE_CDN)
    ? path.join(OFFICE_NPM, url.slice(OFFICE_CDN.length).split('?')[0])
    : null;
}

/**
 * The production page loads Office.js from Microsoft's CDN; here the npm copy answers for it, and
 * every other outside request is refused and recorded, so a test can prove nothing leaves the page.
 */
export async function offlineContext(
  browser: Browser,
  allowedOrigin: string,
  options: { readonly locale?: string } = {},
): Promise<{ context: BrowserContext; outsideRequests: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const outsideRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(allowedOrigin) || url.startsWith('data:')) return route.continue();
    const officeFile = officeJsFile(url);
    if (officeFile) return route.fulfill({ path: officeFile }).catch(() => route.abort());
    outsideRequests.push(url);
    return route.abort();
  });
  return { context, outsideRequests };
}
