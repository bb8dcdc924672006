import { type ServiceLevel } from '../terms/contract';
import {
  differingTerms,
  serviceLevelsOnlyIn,
  termKey,
  termLabel,
  type TermRef,
  withTermFrom,
} from '../terms/contractTerms';
import { type Proposal } from '../terms/proposal';
import { ok, type Result } from '../rules/result';
import { type Scenario } from '../simulation/scenario';
import { type CostRun, meanCustomerCosts } from './customerCosts';
import { levelScenario } from './levelScenarios';

/**
 * Term by term: every term in which the right contract differs from the left (the base), and what
 * each difference is worth on its own — the left contract with that one term taken from the
 * right, minus the left — in what the customer pays the provider over the term (charges, net
 * service-level payout and gain share), so a fee difference and a credit difference are in the
 * same money. Terms interact (a higher at-risk share scales a changed band's credit), so the
 * single effects need not add up to the whole difference; the remainder says by how much.
 */

export interface TermDifference {
  readonly ref: TermRef;
  /** termKey(ref): a stable id for lists and sheets. */
  readonly key: string;
  /** termLabel(ref, left). */
  readonly label: string;
}

export interface TermDifferencePlan {
  readonly left: Proposal;
  readonly right: Proposal;
  readonly differences: readonly TermDifference[];
  /** Service levels one side has and the other does not: no single effect, only in the whole. */
  readonly onlyInLeft: readonly ServiceLevel[];
  readonly onlyInRight: readonly ServiceLevel[];
  /** What every measure prices: the left, each single difference (in order), then the right. */
  readonly contracts: readonly Proposal[];
}

/** The differences' effects under one measure of performance, in the customer's cost. */
export interface MeasureEffects {
  /** One per difference, in the plan's order: (left with that term from right) − left. */
  readonly single: readonly number[];
  /** Right − left. */
  readonly whole: number;
  /** whole − Σ single: what the terms do together beyond their separate effects. */
  readonly remainder: number;
}

export const LEFT_ID = 'term-differences:left';
export const RIGHT_ID = 'term-differences:right';
const singleId = (key: string) => `term-differences:${key}`;

export function planTermDifferences(left: Proposal, right: Proposal): TermDifferencePlan {
  const refs = differingTerms(left.contract, right.contract);
  const differences = refs.map((ref) => ({
    ref,
    key: termKey(ref),
    label: termLabel(ref, left.contract),
  }));
  const singles = differences.map((d) => ({
    id: singleId(d.key),
    name: `${left.name} with ${d.label} of ${right.name}`,
    contract: withTermFrom(left.contract, right.contract, d.ref),
  }));
  return {
    left,
    right,
    differences,
    onlyInLeft: serviceLevelsOnlyIn(left.contract, right.contract),
    onlyInRight: serviceLevelsOnlyIn(right.contract, left.contract),
    contracts: [
      { id: LEFT_ID, name: left.name, contract: left.contract },
      ...singles,
      { id: RIGHT_ID, name: right.name, contract: right.contract },
    ],
  };
}

/** Whether the two sides have the same terms: nothing to list. */
export const sameTerms = (plan: TermDifferencePlan): boolean =>
  plan.differences.length === 0 && plan.onlyInLeft.length === 0 && plan.onlyInRight.length === 0;

/** The effects from the customer's cost of each of the plan's contracts, in `plan.contracts` order. */
export function effectsFromCosts(
  plan: TermDifferencePlan,
  costs: readonly number[],
): MeasureEffects {
  if (costs.length !== plan.contracts.length)
    throw new Error(`expected ${plan.contracts.length} costs, not ${costs.length}`);
  const left = costs[0];
  const single = costs.slice(1, -1).map((cost) => cost - left);
  const whole = costs[costs.length - 1] - left;
  return { single, whole, remainder: whole - single.reduce((sum, x) => sum + x, 0) };
}

/** The effects in the expected customer cost under `scenario`, on common random numbers. */
export function termEffectsUnder(
  plan: TermDifferencePlan,
  scenario: Scenario,
  run: CostRun,
): Result<MeasureEffects> {
  const costs = meanCustomerCosts(plan.contracts, scenario, run);
  return costs.ok ? ok(effectsFromCosts(plan, costs.value)) : costs;
}

export interface LevelEffects {
  /** Every service level constantly at the left contract's expected level. */
  readonly expected: MeasureEffects;
  /** Every service level constantly at the left contract's minimum (its expected level when it has none). */
  readonly minimum: MeasureEffects;
}

/** The deterministic measures: exact, from one trial of a constant scenario each. */
export function levelEffects(plan: TermDifferencePlan): Result<LevelEffects> {
  const exact = { trials: 1, seed: 0 };
  const { left, right } = plan;
  const expected = termEffectsUnder(
    plan,
    levelScenario(left.contract, right.contract, 'expected'),
    exact,
  );
  if (!expected.ok) return expected;
  const minimum = termEffectsUnder(
    plan,
    levelScenario(left.contract, right.contract, 'minimum'),
    exact,
  );
  return minimum.ok ? ok({ expected: expected.value, minimum: minimum.value }) : minimum;
}
