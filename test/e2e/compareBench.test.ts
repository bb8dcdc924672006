import path from 'node:path';
import { benchCompare } from '../../bench/compareBench';

/**
 * `npm run bench`'s Compare row at tiny sizes over the production build, so the benchmark keeps
 * finding the pane's Run button, grid and analyses as the pane changes.
 */
jest.setTimeout(300_000);

it('times Compare on the sample negotiation from Run to the grid and to every analysis', async () => {
  const f = await benchCompare(path.resolve(__dirname, '../../dist'), {
    trials: 500,
    runs: 2,
    largeTrials: 1_000,
    largeRuns: 1,
  });
  // The sample contract as baseline, Our offer and Their counter; Expected and Stressed.
  expect([f.proposals, f.scenarios]).toEqual([3, 2]);
  expect(f.trials).toBe(500);
  expect(f.large.trials).toBe(1_000);
  for (const run of [f.freshPane, ...f.each, ...f.large.each]) {
    expect(run.firstMs).toBeGreaterThan(0);
    // The analyses follow the grid, and the run is over (writing allowed) once they are shown.
    expect(run.allMs).toBeGreaterThanOrEqual(run.firstMs);
    expect(run.writeEnabledMs).toBeGreaterThanOrEqual(run.firstMs);
  }
  expect(f.each).toHaveLength(2);
  expect(f.large.each).toHaveLength(1);
});
