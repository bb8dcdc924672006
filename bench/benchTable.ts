import { type Figures } from './run';

/**
 * The printed table: every figure beside its goal (issue #17 and the earlier speed goals), "met" or
 * "MISSED"; quick runs are too small to judge. One row per figure, sub-rows indented.
 */
type Row = [string, string, string];

const n = (x: number, digits = 0) =>
  x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Goals on the engine, against docs/benchmark-model.md and the C yardstick. */
function engineRows(f: Figures, goal: (ok: boolean) => string): Row[] {
  const rows: Row[] = [
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
  ];
  const c = f.referenceC;
  if (!c.available) {
    rows.push([`C reference: ${c.reason}`, 'skipped', 'engine ≤ 2× C: not judged']);
    return rows;
  }
  rows.push(
    [
      `C reference (cc -O2), same trials, 1 thread`,
      `${n(c.ms)} ms; engine ÷ C = ${n(c.engineOverC, 2)}×`,
      `engine ≤ 2× C: ${goal(c.engineOverC <= 2)}`,
    ],
    [
      '  C net mean / P5 / P50 / P95',
      `${n(c.mean)} / ${n(c.p5)} / ${n(c.p50)} / ${n(c.p95)}`,
      'own random numbers: agrees statistically',
    ],
  );
  return rows;
}

/** Round trips per workbook operation: one row each, the counts for every contract size. */
function syncRows(f: Figures, goal: (ok: boolean) => string): Row[] {
  const sizes = f.syncs[0]?.counts.map((c) => c.serviceLevels) ?? [];
  const rows: Row[] = [
    [
      `Workbook syncs (Excel.run calls), ${sizes.join(' / ')} SLs`,
      'Office host over the tests’ Office.js mock',
      '',
    ],
  ];
  for (const op of f.syncs) {
    const counts = op.counts.map((c) => `${n(c.syncs)} (${n(c.runs)})`).join(' / ');
    const worst = Math.max(...op.counts.map((c) => c.syncs));
    rows.push(
      op.failure
        ? [`  ${op.operation}`, `not counted: ${op.failure}`, '≤ 5: not judged']
        : [`  ${op.operation}`, counts, `≤ 5: ${goal(worst <= 5)}`],
    );
  }
  return rows;
}

/** Compare in the pane, from the click on Run (issue #17 goal 1). */
function compareRows(c: NonNullable<Figures['compare']>, goal: (ok: boolean) => string): Row[] {
  const times = (r: { firstMs: number; allMs: number }) =>
    `first results ${n(r.firstMs)} ms, everything ${n(r.allMs)} ms`;
  return [
    [
      `Compare in the pane, ${c.proposals} proposals × ${c.scenarios} scenarios, ${n(c.trials)} trials`,
      times(c),
      `first ≤ 300 ms: ${goal(c.firstMs <= 300)}, everything ≤ 1,000 ms: ${goal(c.allMs <= 1000)}`,
    ],
    ['  first run after the page opened', times(c.freshPane), 'starts the workers: not judged'],
    [
      `Compare in the pane, same negotiation, ${n(c.large.trials)} trials`,
      times(c.large),
      `everything ≤ 5,000 ms: ${goal(c.large.allMs <= 5000)}`,
    ],
  ];
}

export function table(f: Figures, judged: boolean): string {
  const goal = (ok: boolean) => (!judged ? 'not judged (quick sizes)' : ok ? 'met' : 'MISSED');
  const rows: Row[] = [
    ...engineRows(f, goal),
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
      `Custom functions, ${n(f.functions.cells)} cells, a recalculation (the first after loading)`,
      `${n(f.functions.ms, 1)} ms (${n(f.functions.firstMs, 1)} ms)`,
      `≤ 10 ms: ${goal(f.functions.ms <= 10)}`,
    ],
  ];
  if (f.bundle) {
    rows.push(
      [
        'Bundle (minified)',
        `task pane in Excel ${n(f.bundle.taskpaneBytes / 1024)} KB, functions ${n(f.bundle.functionsBytes / 1024)} KB`,
        `pane ≤ 600 KB: ${goal(f.bundle.taskpaneBytes <= 600 * 1024)}`,
      ],
      [
        'Functions registered after navigation',
        `${n(f.bundle.registerMs)} ms, ${n(f.bundle.bytesBeforeRegistered / 1024)} KB loaded before (Office.js included)`,
        `≤ 1,000 ms: ${goal(f.bundle.registerMs <= 1000)}`,
      ],
      [
        'Pane ready after navigation (workbench)',
        `${n(f.bundle.paneReadyMs)} ms until "Insert sample model" is enabled`,
        `≤ 500 ms: ${goal(f.bundle.paneReadyMs <= 500)}`,
      ],
    );
  }
  if (f.compare) rows.push(...compareRows(f.compare, goal));
  rows.push(...syncRows(f, goal));
  const width = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(width[i])).join('  │  ')).join('\n');
}
