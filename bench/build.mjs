// Builds what the benchmark measures. The add-in: a production build of the current code into
// bench/.build/dist (so `npm run bench` works on a fresh checkout and never measures a stale dist/).
// The benchmark itself: bundled like the production build bundles the add-in, one scope-hoisted file
// per entry, so calls between our modules are plain calls (tsx's per-module transform would add an
// export getter to each and measure that instead). Packages stay external.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);

if (!process.argv.includes('--no-bundle')) {
  console.log('Building the add-in for the benchmark (production mode)…');
  const webpackCli = path.join(root, 'node_modules/webpack-cli/bin/cli.js');
  execFileSync(
    process.execPath,
    [
      webpackCli,
      '--mode',
      'production',
      '--env',
      'baseUrl=https://bench.example.com/addin',
      '--env',
      `outputPath=${path.join(here, '.build/dist')}`,
      '--env',
      `reportPath=${path.join(here, '.build/bundle-modules.json')}`,
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
}
await build({
  entryPoints: ['run.ts', 'parallelWorker.ts', 'coldStart.ts', 'engineVsC.ts'].map((f) =>
    path.join(here, f),
  ),
  outdir: path.join(here, '.build'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
