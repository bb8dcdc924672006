import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Checks what `npm run build` shipped in dist/ (npm test runs the build first): the metadata Excel
 * registers, the manifest, the page with its security policy, and the user docs behind help links.
 */
const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const read = (file: string) => readFileSync(path.join(DIST, file), 'utf8');
/** The hosting URL `npm run build:test` passes, as a deployment would pass its own. */
const BASE_URL = 'https://outcome-modeler.example.com/addin';

function shippedFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? shippedFiles(full) : [full];
  });
}

describe('production build in dist/', () => {
  beforeAll(() => {
    if (!existsSync(path.join(DIST, 'functions.json')))
      throw new Error('dist/ is missing: run "npm run build:test" first');
  });

  it('ships functions.json equal to the reviewed golden metadata, help links on the hosting URL', () => {
    const shipped = JSON.parse(read('functions.json'));
    const golden = JSON.parse(
      readFileSync(path.join(ROOT, 'test/metadata/functions.expected.json'), 'utf8'),
    );
    const rebased = golden.functions.map((f: { helpUrl: string }) => ({
      ...f,
      helpUrl: f.helpUrl.replace('https://localhost:3000', BASE_URL),
    }));
    expect(shipped).toEqual({ ...golden, functions: rebased });
    expect(shipped.functions.map((f: { id: string }) => f.id).sort()).toEqual([
      'ATTAINMENT',
      'CREDIT',
      'EARNBACK',
      'GAINSHARE',
      'NETFEES',
      'PAYOUT',
      'RATCHET',
      'STATUS',
      'VOLUMEPRICE',
    ]);
  });

  it('ships a manifest for the hosting base URL: every URL on it, the OUTCOME namespace', () => {
    const manifest = read('manifest.xml');
    const urls = [...manifest.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url.startsWith(`${BASE_URL}/`)).toBe(true);
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="OUTCOME"\/>/);
  });

  it('has no localhost URL anywhere in what it ships', () => {
    const offenders = shippedFiles()
      .filter((file) => !file.endsWith('.map'))
      .filter((file) => /localhost/i.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(DIST, file));
    expect(offenders).toEqual([]);
  });

  it('serves every help URL: each anchor exists in docs/functions.html', () => {
    const html = read('docs/functions.html');
    const shipped = JSON.parse(read('functions.json'));
    for (const fn of shipped.functions as { helpUrl: string }[]) {
      const anchor = fn.helpUrl.split('#')[1];
      // The build minifies HTML, so attribute quotes may be dropped.
      expect(html).toMatch(new RegExp(`id="?${anchor}"?[ >]`));
    }
  });

  it('loads the page scripts in shared-runtime order under a Content-Security-Policy without eval', () => {
    const html = read('taskpane.html');
    const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    expect(csp).not.toContain('unsafe-eval');
    expect(html).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(html.indexOf('functions.js')).toBeGreaterThan(-1);
    expect(html.indexOf('functions.js')).toBeLessThan(html.indexOf('taskpane.js'));
  });

  it('ships the icons the manifest refers to', () => {
    for (const size of [16, 32, 64, 80])
      expect(existsSync(path.join(DIST, `assets/icon-${size}.png`))).toBe(true);
  });
});
