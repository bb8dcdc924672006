import { breakEven } from '../../../src/engine/analyses/breakEven';
import { marginOnCharges, riskPricedFee } from '../../../src/engine/analyses/riskPricedFee';
import { sensitivity } from '../../../src/engine/analyses/sensitivity';
import { runTrials, simulate } from '../../../src/engine/simulation/monteCarlo';
import { meanInterval, quantileInterval } from '../../../src/engine/simulation/precision';
import { sketchQuantile } from '../../../src/engine/simulation/quantileSketch';
import { type SimulationConfig } from '../../../src/engine/simulation/simulationSetup';
import { unwrap } from '../../../src/engine/rules/result';
import { config, proposal, randomAssumptions, scenario, testContract } from '../simulationFixtures';

/**
 * The what-if analyses' figures carry 95 % Monte Carlo intervals. Each is checked against a
 * simulation run here on its own: a mean's interval is mean ± 1.96·sd/√n of that run, and the
 * risk-priced fee's interval is the fee formula applied to the ends of the quantile's interval.
 */

const TRIALS = 2_000;
const MONTHS = 36;
const COST = 80_000;

/** The expected net of the first proposal and its interval, simulated independently. */
function netWithInterval(c: SimulationConfig) {
  const net = unwrap(simulate(c)).proposals[0].net;
  return { mean: net.mean, interval: meanInterval(net.mean, net.sd, TRIALS) };
}

const withAvailabilityMean = (mean: number, assumptions = randomAssumptions) =>
  config({
    scenario: scenario({
      ...assumptions,
      avail: { kind: 'normal', mean, sd: 0.3, rho: 0.3 },
    }),
  });

describe('sensitivity (tornado): each net one step away carries its interval', () => {
  const result = unwrap(sensitivity({ simulation: config(), deltas: { p1: 0.5 } }));
  const avail = result.bars.find((b) => b.serviceLevelId === 'avail');

  test('the base net: mean ± 1.96·sd/√n of the plain simulation', () => {
    const base = netWithInterval(config());
    expect(result.baseNet).toBe(base.mean);
    expect(result.baseNetInterval).toEqual(base.interval);
    expect(base.interval.high - base.interval.low).toBeGreaterThan(0);
  });

  test('one step worse and better: the interval of the simulation with the moved assumption', () => {
    const worse = netWithInterval(withAvailabilityMean(99.55 - 0.3));
    const better = netWithInterval(withAvailabilityMean(99.55 + 0.3));
    expect(avail?.worseNet).toBe(worse.mean);
    expect(avail?.worseNetInterval).toEqual(worse.interval);
    expect(avail?.betterNet).toBe(better.mean);
    expect(avail?.betterNetInterval).toEqual(better.interval);
    // A real spread: the interval brackets the net and is not a point.
    expect(worse.interval.low).toBeLessThan(worse.mean);
    expect(worse.interval.high).toBeGreaterThan(worse.mean);
  });
});

test('break-even: the expected net at the level found carries the interval of the run there', () => {
  const goodResolution = {
    ...randomAssumptions,
    p1: { kind: 'triangular' as const, min: 2.5, mode: 3.2, max: 4.6 },
  };
  const r = unwrap(
    breakEven({
      simulation: config({ scenario: scenario(goodResolution), trials: TRIALS }),
      serviceLevelId: 'avail',
    }),
  );
  const there = netWithInterval(withAvailabilityMean(r.level, goodResolution));
  expect(r.net).toBeCloseTo(there.mean, 6);
  expect(r.netInterval?.low).toBeCloseTo(there.interval.low, 6);
  expect(r.netInterval?.high).toBeCloseTo(there.interval.high, 6);
  expect(there.interval.high - there.interval.low).toBeGreaterThan(1_000);
});

describe('risk-priced fee: the quantile interval mapped through F = C·M / ((1 − margin)·M + q)', () => {
  /** The net per unit of monthly charge, simulated on its own (the same trials as the analysis). */
  const unit = unwrap(
    runTrials(
      config({ proposals: [proposal('A', testContract({ monthlyCharges: 1 }))] }),
      0,
      TRIALS,
    ),
  ).proposals[0];
  const feeFor = (margin: number, q: number) => (COST * MONTHS) / ((1 - margin) * MONTHS + q);

  test('the fee interval: the high quantile gives the low fee, the low quantile the high fee', () => {
    const q = sketchQuantile(unit.net, 0.1);
    const qi = quantileInterval(unit.net, 0.1, q);
    expect(qi.low).toBeLessThan(qi.high);
    const r = unwrap(
      riskPricedFee({
        simulation: config(),
        monthlyCost: COST,
        targetMargin: 0.15,
        confidence: 0.9,
      }),
    );
    const interval = r.precision?.monthlyFee;
    expect(interval?.low).toBeCloseTo(feeFor(0.15, qi.high), 6);
    expect(interval?.high).toBeCloseTo(feeFor(0.15, qi.low), 6);
    expect(interval?.low).toBeLessThan(r.monthlyFee);
    expect(interval?.high).toBeGreaterThan(r.monthlyFee);
  });

  test('the expected margin and the customer’s costs at the fee: the intervals of the run at the fee', () => {
    const r = unwrap(
      riskPricedFee({
        simulation: config(),
        monthlyCost: COST,
        targetMargin: 0.15,
        confidence: 0.8,
      }),
    );
    const atFee = unwrap(
      simulate(
        config({ proposals: [proposal('A', testContract({ monthlyCharges: r.monthlyFee }))] }),
      ),
    ).proposals[0];
    const charges = r.monthlyFee * MONTHS;
    const net = meanInterval(atFee.net.mean, atFee.net.sd, TRIALS);
    expect(r.precision?.expectedMargin.low).toBeCloseTo(
      marginOnCharges(charges, net.low, COST * MONTHS),
      9,
    );
    expect(r.precision?.expectedMargin.high).toBeCloseTo(
      marginOnCharges(charges, net.high, COST * MONTHS),
      9,
    );
    const cost = meanInterval(atFee.customerCost.mean, atFee.customerCost.sd, TRIALS);
    expect(r.precision?.customerExpectedCost.low).toBeCloseTo(cost.low, 4);
    expect(r.precision?.customerExpectedCost.high).toBeCloseTo(cost.high, 4);
    expect(r.precision?.customerP95Cost.low).toBeLessThanOrEqual(r.customerP95Cost);
    expect(r.precision?.customerP95Cost.high).toBeGreaterThanOrEqual(r.customerP95Cost);
  });

  test('where the denominator crosses zero inside the quantile interval, the fee has no upper end', () => {
    const q = sketchQuantile(unit.net, 0.1);
    const qi = quantileInterval(unit.net, 0.1, q);
    // A margin leaving (1 − margin)·M halfway between −q and −q_low: the fee exists at q, not at q_low.
    const margin = 1 + (q + qi.low) / (2 * MONTHS);
    expect((1 - margin) * MONTHS + q).toBeGreaterThan(0);
    expect((1 - margin) * MONTHS + qi.low).toBeLessThan(0);
    const r = unwrap(
      riskPricedFee({
        simulation: config(),
        monthlyCost: COST,
        targetMargin: margin,
        confidence: 0.9,
      }),
    );
    expect(r.monthlyFee).toBeCloseTo(feeFor(margin, q), 4);
    expect(r.precision?.monthlyFee.low).toBeCloseTo(feeFor(margin, qi.high), 4);
    expect(r.precision?.monthlyFee.high).toBe(Infinity);
  });
});
