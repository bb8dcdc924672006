import { readFileSync } from 'node:fs';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_BASE_URL, renderManifest } = require('../../scripts/manifest.cjs') as {
  DEV_BASE_URL: string;
  renderManifest: (baseUrl: string) => string;
};

const ROOT = path.resolve(__dirname, '../..');

describe('manifest rendering', () => {
  it('keeps the committed manifest.xml equal to the template rendered for development', () => {
    expect(readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8')).toBe(
      renderManifest(DEV_BASE_URL),
    );
  });

  it('puts every URL of a production manifest on the hosting base URL, with no localhost left', () => {
    const xml = renderManifest('https://contoso.example/outcome-modeler/');
    expect(xml).not.toMatch(/localhost/);
    const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls).toContain('https://contoso.example/outcome-modeler/taskpane.html');
    expect(urls).toContain('https://contoso.example/outcome-modeler/functions.json');
    expect(urls.every((u) => u.startsWith('https://contoso.example/outcome-modeler/'))).toBe(true);
  });

  it('refuses a base URL that Office would not load', () => {
    expect(() => renderManifest('http://contoso.example')).toThrow(/must use https/);
    expect(() => renderManifest('not a url')).toThrow();
  });

  it('asks only for ReadWriteDocument, the least permission that lets it write tables and settings', () => {
    expect(renderManifest(DEV_BASE_URL)).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });
});
