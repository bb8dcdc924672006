import { type Headline } from './history';
import { type Figures } from './run';

/**
 * The figures bench/history.csv keeps per run: the ones with goals, plus the syncs of each workbook
 * operation at the largest contract size counted. Null where this run could not measure one (no C
 * compiler, no build). The Compare keys name the full run's trials (quick runs are not recorded).
 */
export function headlines(f: Figures): Headline[] {
  const c = f.referenceC.available ? f.referenceC : null;
  const largest = (counts: Figures['syncs'][number]['counts']) => counts[counts.length - 1];
  const syncs: Headline[] = f.syncs.map((op) => {
    const last = largest(op.counts);
    const size = last?.serviceLevels ?? 0;
    return {
      key: `syncs_${op.operation.replace(/\W+/g, '_').replace(/^_|_$/g, '')}_${size}sl`,
      label: `syncs, ${op.operation}, ${size} SLs`,
      value: op.failure || !last ? null : last.syncs,
    };
  });
  return [
    { key: 'monte_carlo_ms', label: 'Monte Carlo, 1 thread (ms)', value: f.monteCarlo.ms },
    { key: 'c_reference_ms', label: 'C reference (ms)', value: c?.ms ?? null },
    { key: 'engine_over_c', label: 'engine ÷ C', value: c?.engineOverC ?? null },
    { key: 'correlation_cost_pct', label: 'correlation cost (%)', value: f.correlation.cost * 100 },
    { key: 'formula_speedup', label: 'engine ÷ formula engine', value: f.formulaEngine.speedup },
    { key: 'parallel_ms', label: 'parallel (ms)', value: f.parallel.ms },
    { key: 'interactive_cold_ms', label: 'interactive cold (ms)', value: f.interactive.coldMs },
    { key: 'interactive_warm_ms', label: 'interactive warm (ms)', value: f.interactive.warmMs },
    { key: 'functions_ms', label: 'custom functions (ms)', value: f.functions.ms },
    {
      key: 'pane_kb',
      label: 'pane bundle (KB)',
      value: f.bundle ? f.bundle.taskpaneBytes / 1024 : null,
    },
    {
      key: 'functions_registered_ms',
      label: 'functions registered (ms)',
      value: f.bundle?.registerMs ?? null,
    },
    { key: 'pane_ready_ms', label: 'pane ready (ms)', value: f.bundle?.paneReadyMs ?? null },
    {
      key: 'compare_10k_first_ms',
      label: 'Compare 10,000 trials, first results (ms)',
      value: f.compare?.firstMs ?? null,
    },
    {
      key: 'compare_10k_all_ms',
      label: 'Compare 10,000 trials, everything (ms)',
      value: f.compare?.allMs ?? null,
    },
    {
      key: 'compare_100k_all_ms',
      label: 'Compare 100,000 trials, everything (ms)',
      value: f.compare?.large.allMs ?? null,
    },
    ...syncs,
  ];
}
