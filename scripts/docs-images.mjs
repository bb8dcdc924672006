// `npm run docs:images`: refreshes the pictures in docs/images from the browser tests' screenshots.
// The tests write to test-results/screenshots; only the files the docs already show are copied.
import { execSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const shots = path.join(root, 'test-results/screenshots');
const images = path.join(root, 'docs/images');

if (!process.argv.includes('--copy-only')) {
  execSync('npm run build:test && npx jest --selectProjects e2e', { cwd: root, stdio: 'inherit' });
}
const missing = [];
for (const file of readdirSync(images).filter((f) => f.endsWith('.png'))) {
  const source = path.join(shots, file);
  if (existsSync(source)) copyFileSync(source, path.join(images, file));
  else missing.push(file);
}
if (missing.length > 0) {
  console.error(`No screenshot was taken for: ${missing.join(', ')}`);
  process.exit(1);
}
console.log(`docs/images refreshed from ${path.relative(root, shots)}`);
