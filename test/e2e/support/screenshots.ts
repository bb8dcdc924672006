import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Page } from 'playwright-core';

/**
 * Browser tests save what the user saw here, never into docs/: `npm run docs:images` copies the
 * pictures the docs use from this folder, so a test run leaves the repository unchanged.
 */
export const SCREENSHOTS_DIR = path.resolve(__dirname, '../../../test-results/screenshots');

export async function screenshot(page: Page, file: string): Promise<void> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS_DIR, file) });
}
