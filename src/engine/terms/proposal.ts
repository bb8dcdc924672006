import { type Contract } from './contract';
import { followContract } from './followedContract';
import { type OutcomeModel } from './outcomeModel';

/**
 * A proposal: a named copy of the contract with different terms (the provider's offer, the
 * customer's counter-offer). Simulations compare proposals on the same performance paths.
 */
export interface Proposal {
  readonly id: string;
  readonly name: string;
  readonly contract: Contract;
  /**
   * Present when the proposal follows the contract: the keys (contractTerms.ts) of the terms it sets
   * itself; every other term is the contract's. Absent: a frozen copy with terms of its own.
   */
  readonly overrides?: readonly string[];
}

/** Id under which the model's own contract takes part in a comparison. */
export const CURRENT_CONTRACT_ID = 'current';

/**
 * The model's contract first (the baseline of every comparison), then its saved proposals, those
 * that follow the contract with its terms where they set none.
 */
export function modelProposals(model: OutcomeModel): Proposal[] {
  return [
    { id: CURRENT_CONTRACT_ID, name: model.contract.name, contract: model.contract },
    ...(model.proposals ?? []).map((p) => followContract(model.contract, p)),
  ];
}
