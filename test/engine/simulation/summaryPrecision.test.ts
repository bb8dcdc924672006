import { simulate } from '../../../src/engine/simulation/monteCarlo';
import { type Interval } from '../../../src/engine/simulation/precision';
import { unwrap } from '../../../src/engine/rules/result';
import { config, scenario } from '../simulationFixtures';

/**
 * The intervals a simulation summary carries, through the engine: zero width when nothing varies,
 * and — the property that matters — about 95 % of seeded runs' intervals hold the value a very
 * large run pins down.
 */

const holds = (i: Interval, x: number) => i.low <= x && x <= i.high;

test('constant performance: every interval has zero width at the figure', () => {
  const o = unwrap(
    simulate(
      config({
        scenario: scenario({
          avail: { kind: 'constant', level: 99.2 },
          p1: { kind: 'constant', level: 5 },
          csat: { kind: 'constant', level: 4.3 },
        }),
        trials: 300,
      }),
    ),
  ).proposals[0];
  expect(o.net.sd).toBe(0);
  expect(o.net.precision.meanSe).toBe(0);
  expect(o.net.precision.mean).toEqual({ low: o.net.mean, high: o.net.mean });
  expect(o.net.precision.p5).toEqual({ low: o.net.p5, high: o.net.p5 });
  expect(o.precision.expectedCredits).toEqual({
    low: o.expectedCredits,
    high: o.expectedCredits,
  });
  // Every trial or none hit the cap: Wilson still gives a width, 1.96²/300 ÷ (1 + 1.96²/300) = 1.26 %.
  const cap = o.precision.capHit;
  expect(cap.high - cap.low).toBeCloseTo(0.012644, 5);
});

test('the summary’s standard error is sd/√n and its interval mean ± 1.96·SE', () => {
  const o = unwrap(simulate(config({ trials: 2_500 }))).proposals[0];
  expect(o.net.precision.meanSe).toBeCloseTo(o.net.sd / 50, 9);
  expect(o.net.precision.mean.high - o.net.mean).toBeCloseTo(1.96 * (o.net.sd / 50), 6);
  expect(o.net.precision.p5.low).toBeLessThanOrEqual(o.net.p5);
  expect(o.net.precision.p95.high).toBeGreaterThanOrEqual(o.net.p95);
});

describe('coverage over 200 seeded runs of 300 trials against a 80,000-trial run', () => {
  const truth = unwrap(simulate(config({ trials: 80_000, seed: 987_654 }))).proposals[0];
  const runs = Array.from(
    { length: 200 },
    (_, run) => unwrap(simulate(config({ trials: 300, seed: 10_000 + run }))).proposals[0],
  );
  const share = (covered: (o: (typeof runs)[number]) => boolean) =>
    runs.filter(covered).length / runs.length;

  test.each([
    ['expected net', (o: (typeof runs)[number]) => holds(o.net.precision.mean, truth.net.mean)],
    ['P5 net', (o: (typeof runs)[number]) => holds(o.net.precision.p5, truth.net.p5)],
    [
      'expected credits',
      (o: (typeof runs)[number]) => holds(o.precision.expectedCredits, truth.expectedCredits),
    ],
    [
      'expected customer cost',
      (o: (typeof runs)[number]) => holds(o.customerCost.precision.mean, truth.customerCost.mean),
    ],
  ])('%s: between 90 % and 99 %', (_, covered) => {
    const coverage = share(covered);
    expect(coverage).toBeGreaterThanOrEqual(0.9);
    expect(coverage).toBeLessThanOrEqual(0.99);
  });
});
