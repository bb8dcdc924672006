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
});
