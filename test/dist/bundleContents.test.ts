import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Nothing ships that only tests or builds use: every package in the production bundles must be a
 * production dependency or something one of them depends on. Reads the module list the
 * production build records in reports/bundle-modules.json.
 */
const ROOT = path.resolve(__dirname, '../..');
const REPORT = path.join(ROOT, 'reports/bundle-modules.json');

interface Chunk {
  names: string[];
  files: string[];
  modules: string[];
}
interface ChunkGroup {
  name: string;
  files: string[];
}

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function packageOf(module: string): string | null {
  const at = module.lastIndexOf('node_modules/');
  if (at < 0) return null;
  const parts = module.slice(at + 'node_modules/'.length).split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** The production dependencies and everything they depend on, as installed. */
function productionClosure(): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const manifest = path.join(ROOT, 'node_modules', name, 'package.json');
    if (!existsSync(manifest)) return;
    const deps = JSON.parse(readFileSync(manifest, 'utf8'));
    for (const dep of Object.keys({ ...deps.dependencies, ...deps.peerDependencies })) visit(dep);
  };
  Object.keys(pkg.dependencies).forEach(visit);
  return seen;
}

describe('production bundle contents', () => {
  let chunks: Chunk[];
  let groups: ChunkGroup[];
  /** Every module a named entry or on-demand import loads. */
  const modulesOf = (...names: string[]) => {
    const files = new Set(groups.filter((g) => names.includes(g.name)).flatMap((g) => g.files));
    return chunks.filter((c) => c.files.some((f) => files.has(f))).flatMap((c) => c.modules);
  };
  beforeAll(() => {
    if (!existsSync(REPORT))
      throw new Error('reports/bundle-modules.json is missing: run the production build first');
    ({ chunks, groups } = JSON.parse(readFileSync(REPORT, 'utf8')));
  });

  it('bundles only production dependencies and their own dependencies', () => {
    const allowed = productionClosure();
    const shipped = new Set(
      chunks
        .flatMap((c) => c.modules)
        .map(packageOf)
        .filter((p): p is string => p !== null),
    );
    expect([...shipped].filter((p) => !allowed.has(p))).toEqual([]);
    for (const devOnly of Object.keys(pkg.devDependencies))
      expect(shipped.has(devOnly) && !allowed.has(devOnly)).toBe(false);
  });

  it('bundles no test, benchmark or build-script source', () => {
    const own = chunks.flatMap((c) => c.modules).filter((m) => packageOf(m) === null);
    expect(own.filter((m) => !m.startsWith('src/') && !m.startsWith('webpack/runtime/'))).toEqual(
      [],
    );
  });

  it('keeps the workbench and its formula parser out of what the pane loads in Excel', () => {
    const pane = modulesOf('taskpane', 'pane');
    expect(pane.some((m) => m.startsWith('src/taskpane/'))).toBe(true);
    expect(
      pane.filter((m) => m.startsWith('src/workbench/') || packageOf(m) === 'fast-formula-parser'),
    ).toEqual([]);
  });

  it('starts the pane from a small entry: React, Fluent and the pane load on demand', () => {
    const entry = chunks.find((c) => c.names.includes('taskpane'));
    expect(entry?.modules.filter((m) => packageOf(m) !== null)).toEqual([]);
    expect(entry?.modules.filter((m) => m.startsWith('src/'))).toEqual([
      'src/taskpane/index.ts',
      'src/workbook/paneVisibility.ts',
    ]);
    expect(modulesOf('pane').some((m) => packageOf(m) === 'react-dom')).toBe(true);
  });

  it('keeps the custom functions bundle free of React and the pane', () => {
    const functions = chunks.find((c) => c.names.includes('functions'));
    expect(functions?.modules.filter((m) => packageOf(m) !== null)).toEqual([]);
    const own = functions?.modules.filter((m) => !m.startsWith('webpack/runtime/')) ?? [];
    expect(
      own.filter((m) => !m.startsWith('src/functions/') && !m.startsWith('src/engine/')),
    ).toEqual([]);
  });
});
