import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Checks what `npm run build` shipped in dist/ (npm test runs the build first): the metadata Excel
 * registers, the manifest, the page with its security policy, and the user docs behind help links.
 */
const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const read = (file: string) => readFileSync(path.join(DIST, file), 'utf8');

describe('production build in dist/', () => {
  beforeAll(() => {
    if (!existsSync(path.join(DIST, 'functions.json'))) throw new Error('dist/ is missing: run "npm run build" first');
  });

  it('ships functions.json equal to the reviewed golden metadata, all nine OUTCOME functions', () => {
    const shipped = JSON.parse(read('functions.json'));
    const golden = JSON.parse(readFileSync(path.join(ROOT, 'test/metadata/functions.expected.json'), 'utf8'));
    expect(shipped).toEqual(golden);
    expect(shipped.functions.map((f: { id: string }) => f.id).sort()).toEqual(
      ['ATTAINMENT', 'CREDIT', 'EARNBACK', 'GAINSHARE', 'NETFEES', 'PAYOUT', 'RATCHET', 'STATUS', 'VOLUMEPRICE'],
    );
  });

  it('ships the manifest rendered for the build base URL, with the OUTCOME namespace', () => {
    const manifest = read('manifest.xml');
    expect(manifest).toBe(readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'));
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="OUTCOME"\/>/);
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
    for (const size of [16, 32, 64, 80]) expect(existsSync(path.join(DIST, `assets/icon-${size}.png`))).toBe(true);
  });
});
