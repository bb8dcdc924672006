import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchBundle } from './bundleBench';
import { benchFormulaEngine } from './formulaEngineBench';
import { benchFunctions } from './functionsBench';
import { benchInteractive } from './interactiveBench';
import { benchCorrelation, benchMonteCarlo } from './monteCarloBench';
import { benchParallel } from './parallelBench';

/**
 * `npm run bench`: the speed figures of the engine, the functions and the pane, printed as a table
 * and written to bench/results.json so commits can be compared. `--quick` runs tiny sizes (the
 * smoke test uses the same code). Every figure is a median after a warm-up; ratios come from the
 * same run.
 */
export interface BenchSizes {
  trials: number;
  runs: number;
  formulaTrials: number;
  interactiveTrials: number;
  functionCells: number;
  workers: number;
}

export const FULL: BenchSizes = {
  trials: 100_000,
  runs: 5,
  formulaTrials: 60,
  interactiveTrials: 10_000,
  functionCells: 10_000,
  workers: Math.max(2, os.availableParallelism()),
};
export const QUICK: BenchSizes = {
  trials: 500,
  runs: 2,
  formulaTrials: 3,
  interactiveTrials: 200,
  functionCells: 100,
  workers: 2,
};

export async function runBench(sizes: BenchSizes, build: { dist: string; report: string } | null) {
  const monteCarlo = benchMonteCarlo(sizes.trials, sizes.runs);
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
  return {
    monteCarlo,
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
    functions: { cells: functions.cells, ms: functions.ms },
    bundle,
  };
}

type Figures = Awaited<ReturnType<typeof runBench>>;

function table(f: Figures, judged: boolean): string {
  const n = (x: number, digits = 0) =>
    x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const goal = (ok: boolean) => (!judged ? 'not judged (quick sizes)' : ok ? 'met' : 'MISSED');
  const rows: [string, string, string][] = [
    [
      `Monte Carlo, ${n(f.monteCarlo.trials)} trials, 1 thread`,
      `${n(f.monteCarlo.ms)} ms, ${n(f.monteCarlo.slMonthsPerSec / 1e6, 1)} M SL-months/s`,
      `≤ 1,000 ms: ${goal(f.monteCarlo.ms <= 1000)}`,
    ],
    [
      '  net mean / P5 / P50 / P95',
      `${n(f.monteCarlo.mean)} / ${n(f.monteCarlo.p5)} / ${n(f.monteCarlo.p50)} / ${n(f.monteCarlo.p95)}`,
      'ref ≈ −397,000 / −719,000 / — / −110,000',
    ],
    [
      'Correlation (every pair 0.3), same trials',
      `${n(f.correlation.correlatedMs)} ms vs ${n(f.correlation.independentMs)} ms: +${n(f.correlation.cost * 100, 1)} %`,
      `≤ +25 %: ${goal(f.correlation.cost <= 0.25)}`,
    ],
    [
      '  net P5; share of trials at the cap',
      `${n(f.correlation.p5)} vs ${n(f.correlation.independentP5)} independent; ${n(f.correlation.capHit * 100, 1)} % vs ${n(f.correlation.independentCapHit * 100, 1)} %`,
      'correlation widens the risk',
    ],
    [
      `Formula engine (HyperFormula), ${f.formulaEngine.trials} trials`,
      `${n(f.formulaEngine.trialsPerSec, 1)} trials/s; engine ${n(f.formulaEngine.speedup)}× faster`,
      `≥ 500×: ${goal(f.formulaEngine.speedup >= 500)}`,
    ],
    ['  formula net − engine net (max)', n(f.formulaEngine.maxDifference, 6), 'same model'],
    [
      `Parallel, ${f.parallel.workers} workers`,
      `${n(f.parallel.ms)} ms, speedup ${n(f.parallel.speedup, 2)}×, identical ${f.parallel.identical}`,
      '',
    ],
    [
      `Interactive, ${n(f.interactive.trials)} trials`,
      `cold ${n(f.interactive.coldMs)} ms, warm ${n(f.interactive.warmMs)} ms`,
      `cold ≤ 200: ${goal(f.interactive.coldMs <= 200)}, warm ≤ 100: ${goal(f.interactive.warmMs <= 100)}`,
    ],
    [
      `Custom functions, ${n(f.functions.cells)} cells`,
      `${n(f.functions.ms, 1)} ms`,
      `≤ 10 ms: ${goal(f.functions.ms <= 10)}`,
    ],
  ];
  if (f.bundle) {
    rows.push([
      'Bundle (minified)',
      `task pane in Excel ${n(f.bundle.taskpaneBytes / 1024)} KB, functions ${n(f.bundle.functionsBytes / 1024)} KB`,
      `pane ≤ 600 KB: ${goal(f.bundle.taskpaneBytes <= 600 * 1024)}`,
    ]);
    rows.push([
      'Functions registered after navigation',
      `${n(f.bundle.registerMs)} ms, ${n(f.bundle.bytesBeforeRegistered / 1024)} KB loaded before (Office.js included)`,
      `≤ 1,000 ms: ${goal(f.bundle.registerMs <= 1000)}`,
    ]);
  }
  const width = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(width[i])).join('  │  ')).join('\n');
}

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
      return execSync('git rev-parse --short HEAD', { cwd: root, encoding: 'utf8' }).trim();
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
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
