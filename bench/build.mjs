// Bundles the benchmark like the production build bundles the add-in: one scope-hoisted file per
// entry, so calls between our modules are plain calls (tsx's per-module transform would add an
// export getter to each and measure that instead). Packages stay external.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
await build({
  entryPoints: ['run.ts', 'parallelWorker.ts', 'coldStart.ts'].map((f) => path.join(here, f)),
  outdir: path.join(here, '.build'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
