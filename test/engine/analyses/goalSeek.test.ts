import { goalSeek, type GoalSeekRequest } from '../../../src/engine/analyses/goalSeek';
import { type GoalSeekFigure } from '../../../src/engine/analyses/goalSeekFigures';
import { type GoalSeekTerm } from '../../../src/engine/analyses/goalSeekTerms';
import { simulate, runTrials } from '../../../src/engine/simulation/monteCarlo';
import { sortedValues } from '../../../src/engine/simulation/quantileSketch';
import { unwrap } from '../../../src/engine/rules/result';
import { type Contract } from '../../../src/engine/terms/contract';
import { config, proposal, scenario, testContract } from '../simulationFixtures';

const MONTHS = 36;
const MONTHLY_COST = 80_000;
const TERM_COST = MONTHLY_COST * MONTHS;
const TRIALS = 1_000;

/** The contract with a term set, written out here rather than taken from the code under test. */
function withTerm(contract: Contract, term: GoalSeekTerm, value: number): Contract {
  switch (term.kind) {
    case 'atRiskShare':
      return { ...contract, atRiskShare: value };
    case 'monthlyCharges':
      return { ...contract, monthlyCharges: value };
    case 'allocation':
      return {
        ...contract,
        serviceLevels: contract.serviceLevels.map((sl) =>
          sl.id === term.serviceLevelId ? { ...sl, allocation: value } : sl,
        ),
      };
    case 'bandRate':
      return {
        ...contract,
        serviceLevels: contract.serviceLevels.map((sl) =>
          sl.id === term.serviceLevelId
            ? {
                ...sl,
                bands: {
                  ...sl.bands,
                  rows: sl.bands.rows.map((r, i) => (i === term.row ? { ...r, rate: value } : r)),
                },
              }
            : sl,
        ),
      };
  }
}

/** The figure simulated independently of the goal seek: the simulation summary, same seed. */
function figureAt(figure: GoalSeekFigure, term: GoalSeekTerm, value: number): number {
  const contract = withTerm(testContract(), term, value);
  const outcome = unwrap(simulate(config({ trials: TRIALS, proposals: [proposal('A', contract)] })))
    .proposals[0];
  if (figure === 'expectedNet') return outcome.net.mean;
  if (figure === 'p5Net') return outcome.net.p5;
  const charges = contract.monthlyCharges * MONTHS;
  return (charges + outcome.net.mean - TERM_COST) / charges;
}

const request = (over: Partial<GoalSeekRequest> & Pick<GoalSeekRequest, 'term'>) => ({
  simulation: config({ trials: TRIALS }),
  figure: 'expectedNet' as GoalSeekFigure,
  target: 0,
  termCost: TERM_COST,
  ...over,
});

const terms: readonly { term: GoalSeekTerm; lower: number; upper: number }[] = [
  { term: { kind: 'atRiskShare' }, lower: 0.02, upper: 0.3 },
  { term: { kind: 'monthlyCharges' }, lower: 50_000, upper: 200_000 },
  { term: { kind: 'allocation', serviceLevelId: 'avail' }, lower: 0, upper: 1.2 },
  // Availability's band from 99 (rate −50%): the performance mostly lands in or above it.
  { term: { kind: 'bandRate', serviceLevelId: 'avail', row: 1 }, lower: -1, upper: 0 },
];
const figures: readonly GoalSeekFigure[] = ['expectedNet', 'p5Net', 'expectedMargin'];
const GRID = 12;

describe('goal seek against brute force (same seed, a grid of the term)', () => {
  const cases = terms.flatMap((t) => figures.map((figure) => ({ ...t, figure })));
  test.each(cases)('$term.kind → $figure', ({ term, lower, upper, figure }) => {
    const step = (upper - lower) / GRID;
    const grid = Array.from({ length: GRID + 1 }, (_, i) => lower + i * step);
    const values = grid.map((x) => figureAt(figure, term, x));
    // A target halfway between two grid points' figures in the middle of the range: a crossing is there.
    const i = GRID / 2;
    const target = (values[i] + values[i + 1]) / 2;
    expect(values[i]).not.toBe(values[i + 1]);
    // Every grid interval where the figure crosses the target (one, where the figure is monotone).
    const crossings = grid
      .slice(0, -1)
      .map((x, k) => ({ from: x, to: grid[k + 1], a: values[k], b: values[k + 1] }))
      .filter(({ a, b }) => (a - target) * (b - target) <= 0);
    expect(crossings.length).toBeGreaterThan(0);

    const r = unwrap(goalSeek(request({ term, figure, target, range: { lower, upper } })));
    // Lands within a grid step where the brute force saw the crossing.
    expect(crossings.some(({ from, to }) => r.value >= from - 1e-9 && r.value <= to + 1e-9)).toBe(
      true,
    );
    // The figure there, re-simulated independently, is what the search reports, and on target:
    // the figure is continuous in these terms, so it closes on the target as the bracket narrows.
    const again = figureAt(figure, term, r.value);
    expect(again).toBeCloseTo(r.reached, 6);
    const slope = Math.abs(values[i + 1] - values[i]) / step;
    expect(r.precision.figureGap).toBeLessThanOrEqual(slope * r.precision.bracketWidth * 4 + 1e-6);
    expect(r.precision.figureGap).toBe(Math.abs(r.reached - target));
    expect(r.precision.bracketWidth).toBeLessThanOrEqual(2 * (upper - lower) * 1e-6);
    expect(r.converged).toBe(true);
    // Monte Carlo precision: a positive standard error and a 95% interval around the figure.
    expect(r.precision.standardError).toBeGreaterThan(0);
    expect(r.precision.interval.lower).toBeLessThanOrEqual(r.reached);
    expect(r.precision.interval.upper).toBeGreaterThanOrEqual(r.reached);
    expect(r.evaluations).toBeLessThan(40);
  });
});

/**
 * Constant performance, step bands: availability 99.2 sits in the band from 99 (rate −50%) every
 * month, P1 resolution at exactly 4 hours earns nothing (attainment 1, rate 0), and the yearly
 * average attainment 99.2/99.5 < 1 earns nothing back. So over 36 months the net is
 *   −36 × 0.5 × allocation 0.6 × at-risk share × charges = −36 × 0.3 × a × F,
 * far under the cap (credits 0.3 × at-risk < at-risk). One trial says it all.
 */
const constantConfig = config({
  trials: 1,
  scenario: scenario({
    avail: { kind: 'constant', level: 99.2 },
    p1: { kind: 'constant', level: 4 },
    csat: { kind: 'constant', level: 4.3 },
  }),
});

describe('goal seek worked by hand (constant performance, step bands)', () => {
  const seek = (over: Partial<GoalSeekRequest> & Pick<GoalSeekRequest, 'term'>) =>
    unwrap(goalSeek({ ...request(over), simulation: constantConfig, ...over }));

  test('at-risk share: −36 × 0.3 × a × 100,000 = −162,000 at a = 15%', () => {
    const r = seek({ term: { kind: 'atRiskShare' }, target: -162_000 });
    expect(r.value).toBeCloseTo(0.15, 6);
    expect(r.reached).toBeCloseTo(-162_000, 0);
    expect(r.currentValue).toBe(0.1);
    expect(r.searchRange).toEqual({ lower: 0, upper: 1 });
    // One deterministic trial: nothing random left.
    expect(r.precision.standardError).toBe(0);
  });

  test('band rate: 36 × rate × 0.6 × 10,000 = −43,200 at a rate of −20%', () => {
    const r = seek({
      term: { kind: 'bandRate', serviceLevelId: 'avail', row: 1 },
      target: -43_200,
    });
    expect(r.value).toBeCloseTo(-0.2, 6);
    expect(r.currentValue).toBe(-0.5);
    // Widened from −50% ± 25 points to reach −20%: the upper end moved up by the range's width.
    expect(r.searchRange).toEqual({ lower: -0.75, upper: 0.25 });
  });

  test('allocation: −36 × 0.5 × allocation × 10,000 = −90,000 at 50%', () => {
    const r = seek({ term: { kind: 'allocation', serviceLevelId: 'avail' }, target: -90_000 });
    expect(r.value).toBeCloseTo(0.5, 6);
    // The pool is 200% and P1 resolution holds 80%: 120% is left.
    expect(r.searchRange).toEqual({ lower: 0, upper: 1.2 });
  });

  test('monthly charges: −1.08 × F = −1,080,000 at F = 1,000,000, widening the range twice', () => {
    const r = seek({ term: { kind: 'monthlyCharges' }, target: -1_080_000 });
    expect(r.value).toBeCloseTo(1_000_000, 0);
    // 0…400,000, then 0…800,000, then 0…1,600,000.
    expect(r.searchRange).toEqual({ lower: 0, upper: 1_600_000 });
  });

  test('margin: (36F − 1.08F − 36 × 80,000) / 36F = 0.97 − 80,000/F = 17% at F = 100,000', () => {
    const r = seek({ term: { kind: 'monthlyCharges' }, figure: 'expectedMargin', target: 0.17 });
    expect(r.value).toBeCloseTo(100_000, 1);
    expect(r.reached).toBeCloseTo(0.17, 9);
  });

  test('an unreachable target says what the figure is at both ends', () => {
    const r = goalSeek({
      ...request({ term: { kind: 'atRiskShare' } }),
      simulation: constantConfig,
      target: 10_000,
    });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'na',
        message:
          'The expected net does not reach 10,000 USD for At-risk % between 0% and 100%: it is 0 USD at 0% and -1,080,000 USD at 100%, both below the target.',
      },
    });
  });

  test('a given range is not widened', () => {
    const r = goalSeek({
      ...request({ term: { kind: 'monthlyCharges' }, target: -1_080_000 }),
      simulation: constantConfig,
      range: { lower: 0, upper: 400_000 },
    });
    expect(r.ok || r.error.message).toBe(
      'The expected net does not reach -1,080,000 USD for Monthly charges between 0 USD and 400,000 USD: it is 0 USD at 0 USD and -432,000 USD at 400,000 USD, both above the target.',
    );
  });
});

describe('Monte Carlo precision of the figure reached', () => {
  test('expected net: the standard error is sd/√n of the trials at the value found', () => {
    const term: GoalSeekTerm = { kind: 'atRiskShare' };
    const r = unwrap(goalSeek(request({ term, target: figureAt('expectedNet', term, 0.15) })));
    const contract = withTerm(testContract(), term, r.value);
    const outcome = unwrap(
      simulate(config({ trials: TRIALS, proposals: [proposal('A', contract)] })),
    ).proposals[0];
    expect(r.precision.standardError).toBeCloseTo(outcome.net.sd / Math.sqrt(TRIALS), 6);
    expect(r.precision.interval.upper - r.reached).toBeCloseTo(1.96 * r.precision.standardError, 0);
  });

  test('P5 net: the interval runs between the order statistics of ranks n·p ∓ 1.96·√(n·p·(1 − p))', () => {
    const term: GoalSeekTerm = { kind: 'atRiskShare' };
    const target = figureAt('p5Net', term, 0.12);
    const r = unwrap(goalSeek(request({ term, figure: 'p5Net', target })));
    const contract = withTerm(testContract(), term, r.value);
    const tally = unwrap(runTrials(config({ proposals: [proposal('A', contract)] }), 0, TRIALS))
      .proposals[0];
    const sorted = sortedValues(tally.net) as Float64Array;
    // n = 1,000, p = 0.05: 50 ∓ 1.96 × √47.5 = 50 ∓ 13.5 → the 36th and the 64th smallest.
    expect(r.precision.interval.lower).toBe(sorted[35]);
    expect(r.precision.interval.upper).toBe(sorted[63]);
    expect(r.precision.standardError).toBeCloseTo((sorted[63] - sorted[35]) / (2 * 1.959964), 2);
  });
});

describe('invalid requests', () => {
  const message = (over: Partial<GoalSeekRequest>) => {
    const r = goalSeek({ ...request({ term: { kind: 'atRiskShare' } }), ...over });
    return r.ok ? 'ok' : r.error.message;
  };

  test.each([
    [
      { term: { kind: 'allocation', serviceLevelId: 'nope' } },
      'No service level with id "nope" in Test contract',
    ],
    [
      { term: { kind: 'bandRate', serviceLevelId: 'csat', row: 0 } },
      'Customer satisfaction is a key measurement: it carries no money to goal-seek on',
    ],
    [
      { term: { kind: 'bandRate', serviceLevelId: 'avail', row: 4 } },
      'Availability has no band row 4: its rows are numbered 0 to 3',
    ],
    [
      { term: { kind: 'bandRate', serviceLevelId: 'avail', row: 1.5 } },
      'Availability has no band row 1.5: its rows are numbered 0 to 3',
    ],
    [{ term: { kind: 'discount' } }, 'Unknown term to goal-seek on: {"kind":"discount"}'],
    [{ target: NaN }, 'Target must be a number, not NaN'],
    [{ target: Infinity }, 'Target must be a number, not Infinity'],
    [{ figure: 'p50Net' }, 'Unknown figure "p50Net": use expectedNet, p5Net, expectedMargin'],
    [
      { figure: 'expectedMargin', termCost: undefined },
      'The margin needs the cost over the term, a number ≥ 0, not undefined',
    ],
    [
      { range: { lower: 0.5, upper: 0.5 } },
      'Search range 0.5…0.5 must be two numbers, lower first',
    ],
    [
      { range: { lower: 0, upper: 1.5 } },
      'Search range 0…1.5 goes beyond what At-risk % may be (0…1)',
    ],
    [{ tolerance: -1 }, 'Tolerance must be a positive number, not -1'],
    [{ proposalId: 'B' }, 'No proposal with id "B"'],
  ] as [Partial<GoalSeekRequest>, string][])('%j', (over, expected) => {
    expect(message(over)).toBe(expected);
  });

  test('an allocation with no room left in the pool', () => {
    const full = testContract({ poolShare: 0.8 });
    expect(
      message({
        simulation: config({ proposals: [proposal('A', full)] }),
        term: { kind: 'allocation', serviceLevelId: 'avail' },
      }),
    ).toBe('No room in the pool for Availability: the other service levels take all of it');
  });

  test('the proposal is copied, never changed', () => {
    const simulation = config({ trials: 200 });
    const before = JSON.stringify(simulation);
    unwrap(
      goalSeek({ ...request({ term: { kind: 'atRiskShare' } }), simulation, target: -50_000 }),
    );
    expect(JSON.stringify(simulation)).toBe(before);
  });
});
