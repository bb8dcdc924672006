import { breakEven } from '../../../src/engine/analyses/breakEven';
import { brentRoot } from '../../../src/engine/analyses/rootSearch';
import { simulate } from '../../../src/engine/simulation/monteCarlo';
import { unwrap } from '../../../src/engine/rules/result';
import { config as fixtureConfig, randomAssumptions, scenario } from '../simulationFixtures';

/** 1,000 trials per evaluation keeps each search around a second. */
const config: typeof fixtureConfig = (over = {}) => fixtureConfig({ trials: 1_000, ...over });

/** P1 resolution mostly within 4 hours, so that good availability can make the net positive. */
const goodResolution = {
  ...randomAssumptions,
  p1: { kind: 'triangular' as const, min: 2.5, mode: 3.2, max: 4.6 },
};

/** The net at a level, simulated independently of the search. */
const netAt = (level: number, assumptions = randomAssumptions) =>
  unwrap(
    simulate(
      config({
        scenario: scenario({
          ...assumptions,
          avail: {
            ...(assumptions.avail as object),
            mean: level,
          } as typeof randomAssumptions.avail,
        }),
      }),
    ),
  ).proposals[0].net.mean;

describe('break-even', () => {
  test('availability mean at which the expected net is zero: found, bracketed and verified', () => {
    const r = unwrap(
      breakEven({
        simulation: config({ scenario: scenario(goodResolution) }),
        serviceLevelId: 'avail',
      }),
    );
    expect(r.searchRange).toEqual({ lower: 0, upper: 100 });
    expect(r.level).toBeGreaterThan(99);
    expect(r.level).toBeLessThan(100);
    // The nets at the bracket's ends straddle the target, and the bracket is within the tolerance.
    expect(Math.sign(r.bracket.netAtLower)).not.toBe(Math.sign(r.bracket.netAtUpper));
    expect(r.bracket.upper - r.bracket.lower).toBeLessThanOrEqual(2 * 100e-6);
    // Re-simulated independently at the root: the same net, and close to zero (a few trials' band steps).
    const net = netAt(r.level, goodResolution);
    expect(net).toBe(r.net);
    expect(Math.abs(net)).toBeLessThanOrEqual(
      Math.abs(r.bracket.netAtUpper - r.bracket.netAtLower),
    );
    expect(Math.abs(net)).toBeLessThan(500);
    expect(r.evaluations).toBeLessThan(30);
  });

  test('from the level assumed now: the root the whole-range search finds, within its tolerance, in fewer simulations', () => {
    const r = unwrap(
      breakEven({
        simulation: config({ scenario: scenario(goodResolution) }),
        serviceLevelId: 'avail',
      }),
    );
    // The search before: Brent's method over the whole range 0…100, its two ends simulated first.
    const f = (level: number) => netAt(level, goodResolution);
    const whole = brentRoot(f, 0, 100, f(0), f(100), 100e-6, 60);
    expect(Math.abs(r.level - whole.x)).toBeLessThanOrEqual(100e-6);
    expect(r.evaluations).toBeLessThan(whole.evaluations + 2);
    expect(r.evaluations).toBeLessThanOrEqual(8);
  });

  test('a non-zero target; a lower target needs less performance', () => {
    const r = unwrap(
      breakEven({ simulation: config(), serviceLevelId: 'avail', targetNet: -100_000 }),
    );
    expect(Math.abs(netAt(r.level) + 100_000)).toBeLessThan(500);
    const higher = unwrap(
      breakEven({ simulation: config(), serviceLevelId: 'avail', targetNet: -60_000 }),
    );
    expect(r.level).toBeLessThan(higher.level);
  });

  test('a step function (constant levels, step bands): the bracket shows the jump at the band bound', () => {
    const constant = {
      avail: { kind: 'constant' as const, level: 99.7 },
      p1: { kind: 'constant' as const, level: 4 },
      csat: randomAssumptions.csat,
    };
    // Deterministic, so one trial per evaluation says it all.
    const r = unwrap(
      breakEven({
        simulation: config({ scenario: scenario(constant), trials: 1 }),
        serviceLevelId: 'avail',
        targetNet: 1_000,
      }),
    );
    // Below 99.9 nothing is paid; from 99.9 an incentive of 0.2 × 60% × 10,000 = 1,200 a month.
    expect(r.level).toBeCloseTo(99.9, 3);
    expect(r.bracket.netAtLower).toBe(0);
    expect(r.bracket.netAtUpper).toBeCloseTo(36 * 1_200, 6);
  });

  test('no root in range: a clear message', () => {
    const r = breakEven({ simulation: config(), serviceLevelId: 'avail', targetNet: 10_000_000 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('na');
      expect(r.error.message).toMatch(
        /^No break-even for Availability between 0 and 100: the expected net is -?[\d,]+ at 0 and -?[\d,]+ at 100, both below the target 10,000,000$/,
      );
    }
  });

  test('lower-is-better hours: break-even hours above which the provider loses', () => {
    const r = unwrap(
      breakEven({ simulation: config(), serviceLevelId: 'p1', range: { lower: 2, upper: 8 } }),
    );
    expect(r.level).toBeGreaterThan(2);
    expect(r.level).toBeLessThan(8);
    expect(Math.sign(r.bracket.netAtLower)).toBe(1);
  });

  test('unknown or non-critical service levels and bad ranges are errors', () => {
    expect(breakEven({ simulation: config(), serviceLevelId: 'nope' }).ok).toBe(false);
    const key = breakEven({ simulation: config(), serviceLevelId: 'csat' });
    expect(key.ok || key.error.message).toMatch(/key measurement/);
    expect(
      breakEven({ simulation: config(), serviceLevelId: 'avail', range: { lower: 5, upper: 5 } })
        .ok,
    ).toBe(false);
  });
});
