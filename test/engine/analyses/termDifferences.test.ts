import {
  CONTRACTS_PER_RUN,
  meanCustomerCosts,
  proposalBatches,
} from '../../../src/engine/analyses/customerCosts';
import { levelScenario } from '../../../src/engine/analyses/levelScenarios';
import {
  levelEffects,
  planTermDifferences,
  sameTerms,
  termEffectsUnder,
} from '../../../src/engine/analyses/termDifferences';
import { unwrap } from '../../../src/engine/rules/result';
import { simulate } from '../../../src/engine/simulation/monteCarlo';
import { type Scenario } from '../../../src/engine/simulation/scenario';
import { type Contract } from '../../../src/engine/terms/contract';
import { type Proposal } from '../../../src/engine/terms/proposal';
import { contract, serviceLevel } from '../contractFixtures';

/**
 * One availability level (expected 99.5, minimum 99, allocation 50%) on binary bands: a month below
 * 99.5 credits the whole allocation (50% of the at-risk amount), a month at or above it pays
 * nothing. Charges 100,000 a month, at risk 10%, 12 months.
 */
const base = (over: Partial<Contract> = {}): Contract =>
  contract([serviceLevel('a', { minimum: 99 })], over);

const proposal = (id: string, c: Contract): Proposal => ({ id, name: id, contract: c });
const LEFT = proposal('Ours', base());

const uncertain: Scenario = {
  id: 'uncertain',
  name: 'Uncertain',
  assumptions: { a: { kind: 'normal', mean: 99.5, sd: 0.3, rho: 0.3 } },
};
const RUN = { trials: 2_000, seed: 11 };

describe('the differing terms', () => {
  it('lists each term with its label, and prices left, each single difference and right', () => {
    const plan = planTermDifferences(
      LEFT,
      proposal('Theirs', base({ monthlyCharges: 110_000, atRiskShare: 0.15 })),
    );
    expect(plan.differences.map((d) => [d.key, d.label])).toEqual([
      ['monthlyCharges', 'Monthly charges'],
      ['atRiskShare', 'At-risk %'],
    ]);
    expect(plan.contracts.map((c) => [c.contract.monthlyCharges, c.contract.atRiskShare])).toEqual([
      [100_000, 0.1],
      [110_000, 0.1],
      [100_000, 0.15],
      [110_000, 0.15],
    ]);
  });

  it('a proposal against itself: no differences, and every effect is zero', () => {
    const plan = planTermDifferences(LEFT, LEFT);
    expect(sameTerms(plan)).toBe(true);
    const levels = unwrap(levelEffects(plan));
    expect(levels.expected).toEqual({ single: [], whole: 0, remainder: 0 });
    expect(unwrap(termEffectsUnder(plan, uncertain, RUN))).toEqual({
      single: [],
      whole: 0,
      remainder: 0,
    });
  });
});

describe('the effects at the expected and minimum level', () => {
  it('a monthly-charges difference is Δcharges × term months where no credit is due', () => {
    const plan = planTermDifferences(LEFT, proposal('Theirs', base({ monthlyCharges: 110_000 })));
    const { expected, minimum } = unwrap(levelEffects(plan));
    // 10,000 × 12 months.
    expect(expected).toEqual({ single: [120_000], whole: 120_000, remainder: 0 });
    // At the minimum (99 < 99.5) every month credits 50% × 10% of the charges, so the customer
    // pays 95% of them: 10,000 × 95% × 12 = 114,000.
    expect(minimum.single[0]).toBeCloseTo(114_000, 6);
    expect(minimum.remainder).toBeCloseTo(0, 6);
  });

  it('an at-risk difference is worth nothing at the expected level, where the bands pay 0', () => {
    const plan = planTermDifferences(LEFT, proposal('Theirs', base({ atRiskShare: 0.15 })));
    const { expected, minimum } = unwrap(levelEffects(plan));
    expect(expected.single).toEqual([0]);
    // At the minimum: credits of 50% × 15,000 instead of 50% × 10,000 a month, 12 months:
    // the customer pays 2,500 × 12 = 30,000 less.
    expect(minimum.single[0]).toBeCloseTo(-30_000, 6);
  });

  it('two terms together: the remainder is what they do beyond their separate effects', () => {
    const plan = planTermDifferences(
      LEFT,
      proposal('Theirs', base({ monthlyCharges: 110_000, atRiskShare: 0.15 })),
    );
    const { minimum } = unwrap(levelEffects(plan));
    // Left: 12 × (100,000 − 5,000) = 1,140,000. Charges alone: 12 × (110,000 − 5,500) = 1,254,000
    // (+114,000). At-risk alone: 12 × (100,000 − 7,500) = 1,110,000 (−30,000). Both:
    // 12 × (110,000 − 8,250) = 1,221,000 (+81,000). Remainder 81,000 − 84,000 = −3,000: the
    // extra 5% at risk also applies to the extra 10,000 of charges (−10,000 × 5% × 50% × 12).
    expect(minimum.single[0]).toBeCloseTo(114_000, 6);
    expect(minimum.single[1]).toBeCloseTo(-30_000, 6);
    expect(minimum.whole).toBeCloseTo(81_000, 6);
    expect(minimum.remainder).toBeCloseTo(-3_000, 6);
  });

  it('a longer term adds its months of charges', () => {
    const plan = planTermDifferences(LEFT, proposal('Theirs', base({ termMonths: 24 })));
    expect(unwrap(levelEffects(plan)).expected.single).toEqual([1_200_000]);
  });

  it('the levels are the left contract’s: a stricter expected level on the right fails at it', () => {
    const stricter = base({
      serviceLevels: [serviceLevel('a', { minimum: 99, expected: 99.8 })],
    });
    const plan = planTermDifferences(LEFT, proposal('Theirs', stricter));
    // The fixture's bands follow the expected level: right credits below 99.8, so at 99.5 every
    // month credits 50% × 10,000: the customer pays 5,000 × 12 = 60,000 less.
    expect(plan.differences.map((d) => d.label)).toEqual(['SL a: expected level', 'SL a: bands']);
    const { expected } = unwrap(levelEffects(plan));
    expect(expected.single).toEqual([0, -60_000]);
    expect(expected.whole).toBe(-60_000);
  });

  it('a service level only one side has is listed as such, with no single effect', () => {
    const twoLevels = base({
      serviceLevels: [serviceLevel('a', { minimum: 99 }), serviceLevel('b', { minimum: 99 })],
    });
    const plan = planTermDifferences(proposal('Ours', twoLevels), LEFT);
    expect(plan.differences).toEqual([]);
    expect(plan.onlyInLeft.map((sl) => sl.id)).toEqual(['b']);
    expect(plan.onlyInRight).toEqual([]);
    expect(sameTerms(plan)).toBe(false);
    // At the minimum the left credits 5,000 for each level a month, the right for one:
    // the customer pays 5,000 × 12 = 60,000 more, all of it remainder.
    const { minimum } = unwrap(levelEffects(plan));
    expect(minimum.single).toEqual([]);
    expect(minimum.whole).toBeCloseTo(60_000, 6);
    expect(minimum.remainder).toBeCloseTo(60_000, 6);
  });

  it('holds each level at the left’s minimum, or at its expected level when it has none', () => {
    const left = base({
      serviceLevels: [serviceLevel('a', { minimum: 99 }), serviceLevel('b', { minimum: null })],
    });
    const scenario = levelScenario(left, base(), 'minimum');
    expect(scenario.assumptions.a).toMatchObject({ kind: 'constant', level: 99 });
    expect(scenario.assumptions.b).toMatchObject({ kind: 'constant', level: 99.5 });
  });
});

describe('the effects in a scenario, on common random numbers', () => {
  it('a single effect is the difference of the means of two separate runs of the same seed', () => {
    const right = base({ monthlyCharges: 110_000, atRiskShare: 0.15 });
    const plan = planTermDifferences(LEFT, proposal('Theirs', right));
    const effects = unwrap(termEffectsUnder(plan, uncertain, RUN));
    const mean = (c: Contract) =>
      unwrap(simulate({ proposals: [proposal('x', c)], scenario: uncertain, ...RUN })).proposals[0]
        .customerCost.mean;
    const left = mean(LEFT.contract);
    expect(effects.single[0]).toBeCloseTo(mean(base({ monthlyCharges: 110_000 })) - left, 2);
    expect(effects.single[1]).toBeCloseTo(mean(base({ atRiskShare: 0.15 })) - left, 2);
    expect(effects.whole).toBeCloseTo(mean(right) - left, 2);
    // Noise would not cancel like this: some months fail, so the at-risk effect is a saving.
    expect(effects.single[1]).toBeLessThan(0);
  });

  it('more contracts than one run takes are split into runs of the same seed', () => {
    const many = Array.from({ length: CONTRACTS_PER_RUN + 5 }, (_, i) =>
      proposal(`p${i}`, base({ monthlyCharges: 100_000 + 1_000 * i })),
    );
    expect(proposalBatches(many).map((b) => b.length)).toEqual([CONTRACTS_PER_RUN, 5]);
    const costs = unwrap(meanCustomerCosts(many, uncertain, { trials: 200, seed: 3 }));
    const last = many[many.length - 1];
    const alone = unwrap(
      simulate({ proposals: [last], scenario: uncertain, trials: 200, seed: 3 }),
    );
    expect(costs).toHaveLength(many.length);
    expect(costs[costs.length - 1]).toBeCloseTo(alone.proposals[0].customerCost.mean, 2);
  });
});
