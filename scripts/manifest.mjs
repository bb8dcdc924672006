// One manifest source for every environment: the base URL is a parameter, never a search-and-replace of localhost.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const DEV_BASE_URL = 'https://localhost:3000';
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const template = () => readFileSync(path.join(root, 'manifest.template.xml'), 'utf8');

/** Renders the manifest for a hosting base URL (https, no trailing slash). */
export function renderManifest(baseUrl) {
  const url = new URL(baseUrl);
  if (url.protocol !== 'https:') throw new Error(`The add-in base URL must use https, not ${baseUrl}`);
  const base = url.href.replace(/\/$/, '');
  return template()
    .split('{{BASE_URL}}')
    .join(base)
    .replace(/^<!-- Source of every manifest.*-->\n/m, '');
}

// `node scripts/manifest.mjs` rewrites the committed development manifest.xml.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(path.join(root, 'manifest.xml'), renderManifest(process.argv[2] ?? DEV_BASE_URL));
  console.log('manifest.xml written');
}
