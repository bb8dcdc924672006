import { QUICK, runBench } from '../../bench/run';

/** The benchmark at tiny sizes, so it cannot rot: every figure is produced and the two routes agree. */
jest.setTimeout(120_000);

it('runs every benchmark section at tiny sizes with consistent figures', async () => {
  const f = await runBench(QUICK, null);
  expect(f.monteCarlo.trials).toBe(QUICK.trials);
  expect(f.monteCarlo.ms).toBeGreaterThan(0);
  // 500 trials of docs/benchmark-model.md: the mean lands within a few percent of −397,000.
  expect(f.monteCarlo.mean).toBeGreaterThan(-397_000 * 1.1);
  expect(f.monteCarlo.mean).toBeLessThan(-397_000 * 0.9);
  expect(f.monteCarlo.p5).toBeLessThan(f.monteCarlo.p50);
  expect(f.monteCarlo.p50).toBeLessThan(f.monteCarlo.p95);
  // The spreadsheet-formula route computes the same net as the engine on the same paths.
  expect(f.formulaEngine.maxDifference).toBeLessThan(1e-6);
  expect(f.formulaEngine.speedup).toBeGreaterThan(1);
  // Split across workers and merged, the result is the single-thread result exactly.
  expect(f.parallel.identical).toBe(true);
  expect(f.interactive.coldMs).toBeGreaterThan(0);
  expect(f.interactive.warmMs).toBeGreaterThan(0);
  expect(f.functions.cells).toBe(QUICK.functionCells);
  expect(f.bundle).toBeNull();
  // Compare in the pane needs the production build, which the smoke test does not make.
  expect(f.compare).toBeNull();
  // The C yardstick runs where a compiler is; its own random numbers land near the same mean.
  if (f.referenceC.available) {
    expect(f.referenceC.trials).toBe(QUICK.trials);
    expect(f.referenceC.mean).toBeGreaterThan(-397_000 * 1.1);
    expect(f.referenceC.mean).toBeLessThan(-397_000 * 0.9);
    expect(f.referenceC.p5).toBeLessThan(f.referenceC.p95);
    expect(f.referenceC.engineOverC).toBeCloseTo(f.monteCarlo.ms / f.referenceC.ms, 9);
  } else {
    expect(f.referenceC.reason).toMatch(/compiler/);
  }
  // Every workbook operation is counted through the Office mock at 10 service levels.
  expect(f.syncs.map((op) => op.operation)).toEqual([
    'save, first time',
    'save after an edit',
    'write results (OM_Scenarios), again',
    'import actuals (12 months)',
    'statement',
    'trends',
  ]);
  for (const op of f.syncs) {
    expect(op.failure).toBeUndefined();
    expect(op.counts).toHaveLength(1);
    expect(op.counts[0].serviceLevels).toBe(10);
    expect(op.counts[0].syncs).toBeGreaterThan(0);
    expect(op.counts[0].runs).toBeGreaterThan(0);
  }
});
