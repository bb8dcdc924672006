// One manifest source for every environment: the base URL is a parameter, never a search-and-replace of localhost.
const { readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const DEV_BASE_URL = 'https://localhost:3000';
const root = path.dirname(__dirname);

/** Renders manifest.template.xml for a hosting base URL (https; a trailing slash is dropped). */
function renderManifest(baseUrl) {
  const url = new URL(baseUrl);
  if (url.protocol !== 'https:')
    throw new Error(`The add-in base URL must use https, not ${baseUrl}`);
  const base = url.href.replace(/\/$/, '');
  return readFileSync(path.join(root, 'manifest.template.xml'), 'utf8')
    .split('{{BASE_URL}}')
    .join(base)
    .replace(/^<!-- Source of every manifest.*-->\n/m, '');
}

module.exports = { DEV_BASE_URL, renderManifest };

// `node scripts/manifest.cjs [baseUrl]` rewrites the committed development manifest.xml.
if (require.main === module) {
  writeFileSync(path.join(root, 'manifest.xml'), renderManifest(process.argv[2] ?? DEV_BASE_URL));
  console.log('manifest.xml written');
}
