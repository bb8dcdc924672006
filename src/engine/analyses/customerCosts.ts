import { MAX_PROPOSALS } from '../terms/limits';
import { type Proposal } from '../terms/proposal';
import { simulate } from '../simulation/monteCarlo';
import { ok, type Result } from '../rules/result';
import { type Scenario } from '../simulation/scenario';

/**
 * What the customer pays the provider over the term (charges + net service-level payout + gain
 * share: the simulation's `customerCost`), expected under a scenario, for more contracts than one
 * run may compare. The contracts are split into runs of the same seed: paths are drawn per
 * service level and trial, so every run sees the same performance and the means are those of one
 * run (common random numbers across runs).
 */

/** Contracts in one run: the current contract and MAX_PROPOSALS proposals. */
export const CONTRACTS_PER_RUN = MAX_PROPOSALS + 1;

/** `proposals` in runs of at most CONTRACTS_PER_RUN, in order. */
export function proposalBatches<T>(proposals: readonly T[]): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < proposals.length; i += CONTRACTS_PER_RUN)
    batches.push(proposals.slice(i, i + CONTRACTS_PER_RUN));
  return batches;
}

export interface CostRun {
  readonly trials: number;
  readonly seed: number;
}

/** The expected customer cost of each proposal under `scenario`, in the order given. */
export function meanCustomerCosts(
  proposals: readonly Proposal[],
  scenario: Scenario,
  run: CostRun,
): Result<number[]> {
  const costs: number[] = [];
  for (const batch of proposalBatches(proposals)) {
    const summary = simulate({ proposals: batch, scenario, ...run });
    if (!summary.ok) return summary;
    costs.push(...summary.value.proposals.map((p) => p.customerCost.mean));
  }
  return ok(costs);
}
