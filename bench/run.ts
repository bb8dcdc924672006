import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchBundle } from './bundleBench';
import { benchCompare, type CompareSizes } from './compareBench';
import { benchFormulaEngine } from './formulaEngineBench';
import { benchFunctions } from './functionsBench';
import { benchInteractive } from './interactiveBench';
import { benchCorrelation, benchMonteCarlo } from './monteCarloBench';
import { benchParallel } from './parallelBench';
import { benchReferenceC } from './referenceCBench';
import { benchSyncs } from './syncCountBench';
import { appendRow, comparison, previousRow } from './history';
import { headlines } from './headlines';
import { table } from './benchTable';

/**
 * `npm run bench`: the speed figures of the engine, the functions and the pane, printed as a table
 * beside their goals and written to bench/results.json; a full run also appends its headline
 * figures to bench/history.csv (committed) and prints them against the previous row. `--quick`
 * runs tiny sizes (the smoke test uses the same code). Every figure is a median after a warm-up;
 * ratios come from the same run.
 */
export interface BenchSizes {
  trials: number;
  runs: number;
  formulaTrials: number;
  interactiveTrials: number;
  functionCells: number;
  workers: number;
  /** Contract sizes (service levels) whose workbook operations have their syncs counted. */
  syncServiceLevels: number[];
  /** Compare in the pane (needs the build): timed runs at `trials`, then at `largeTrials`. */
  compare: CompareSizes;
}

export const FULL: BenchSizes = {
  trials: 100_000,
  runs: 5,
  formulaTrials: 60,
  interactiveTrials: 10_000,
  functionCells: 10_000,
  workers: Math.max(2, os.availableParallelism()),
  syncServiceLevels: [10, 30, 100],
  compare: { trials: 10_000, runs: 3, largeTrials: 100_000, largeRuns: 2 },
};
export const QUICK: BenchSizes = {
  trials: 500,
  runs: 2,
  formulaTrials: 3,
  interactiveTrials: 200,
  functionCells: 100,
  workers: 2,
  syncServiceLevels: [10],
  compare: { trials: 1_000, runs: 1, largeTrials: 2_000, largeRuns: 1 },
};

export async function runBench(sizes: BenchSizes, build: { dist: string; report: string } | null) {
  const monteCarlo = benchMonteCarlo(sizes.trials, sizes.runs);
  const referenceC = benchReferenceC(sizes.trials, sizes.runs);
  const correlation = benchCorrelation(sizes.trials, Math.max(2, sizes.runs - 2));
  const formula = benchFormulaEngine(sizes.formulaTrials);
  const engineTrialsPerSec = sizes.trials / (monteCarlo.ms / 1000);
  const parallel = await benchParallel(
    sizes.trials,
    sizes.runs,
    monteCarlo.ms,
    monteCarlo.mean,
    sizes.workers,
  );
  const interactive = benchInteractive(sizes.interactiveTrials, sizes.runs);
  const functions = benchFunctions(sizes.functionCells, sizes.runs);
  const bundle = build ? await benchBundle(build.dist, build.report, sizes.runs) : null;
  const compare = build ? await benchCompare(build.dist, sizes.compare) : null;
  const syncs = await benchSyncs(sizes.syncServiceLevels);
  return {
    monteCarlo,
    referenceC: referenceC.available
      ? { ...referenceC, engineOverC: monteCarlo.ms / referenceC.ms }
      : referenceC,
    correlation,
    formulaEngine: {
      trialsPerSec: formula.trialsPerSec,
      speedup: engineTrialsPerSec / formula.trialsPerSec,
      trials: formula.trials,
      maxDifference: formula.maxDifference,
    },
    parallel: {
      workers: parallel.workers,
      speedup: parallel.speedup,
      ms: parallel.ms,
      identical: parallel.identical,
    },
    interactive: {
      coldMs: interactive.coldMs,
      warmMs: interactive.warmMs,
      trials: interactive.trials,
    },
    functions: { cells: functions.cells, ms: functions.ms, firstMs: functions.firstMs },
    bundle,
    compare,
    syncs,
  };
}

export type Figures = Awaited<ReturnType<typeof runBench>>;

async function main() {
  const quick = process.argv.includes('--quick');
  const root = path.resolve(__dirname, __dirname.endsWith('.build') ? '../..' : '..');
  const build = process.argv.includes('--no-bundle')
    ? null
    : {
        dist: path.join(root, 'bench/.build/dist'),
        report: path.join(root, 'bench/.build/bundle-modules.json'),
      };
  const figures = await runBench(quick ? QUICK : FULL, build);
  const commit = (() => {
    try {
      const head = execSync('git rev-parse --short HEAD', { cwd: root, encoding: 'utf8' }).trim();
      // "+": measured with uncommitted changes on top of that commit.
      const dirty = execSync('git status --porcelain --untracked-files=no', {
        cwd: root,
        encoding: 'utf8',
      }).trim();
      return dirty ? `${head}+` : head;
    } catch {
      return null;
    }
  })();
  const results = {
    date: new Date().toISOString(),
    commit,
    node: process.version,
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.availableParallelism(),
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.platform()} ${os.arch()}`,
    },
    quick,
    ...figures,
  };
  console.log(table(figures, !quick));
  writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nWritten to bench/results.json');
  if (quick) return; // tiny sizes are not figures to compare
  const history = path.join(root, 'bench/history.csv');
  const previous = previousRow(history);
  const headline = headlines(figures);
  if (previous) {
    console.log(
      `\nAgainst the previous run in bench/history.csv (${previous.date}, ${previous.commit}):`,
    );
    console.log(comparison(headline, previous));
  }
  appendRow(
    history,
    {
      date: results.date,
      commit: commit ?? 'unknown',
      node: process.version,
      cores: results.machine.cores,
    },
    headline,
  );
  console.log('Appended to bench/history.csv');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
