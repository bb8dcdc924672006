import { type Contract } from './contract';
import { differingTerms, parseTermKey, termKey, termValue, withTermFrom } from './contractTerms';
import { type Proposal } from './proposal';

/**
 * A proposal that follows the contract takes every term from it except the ones it sets itself (its
 * overrides): when the contract's monthly charges change, "Our offer" changes with them. A frozen
 * copy (no overrides list, as every proposal stored before this existed) keeps its own terms.
 */

export const followsContract = (proposal: Proposal): boolean => proposal.overrides !== undefined;

/**
 * The proposal with the contract's terms where it sets none; a frozen copy as it is. Overrides of a
 * service level the contract no longer has are dropped; service levels come from the contract.
 */
export function followContract(contract: Contract, proposal: Proposal): Proposal {
  const { overrides } = proposal;
  if (overrides === undefined) return proposal;
  let followed = contract;
  const kept: string[] = [];
  for (const key of overrides) {
    const ref = parseTermKey(key);
    if (ref === null) continue;
    // A contract-wide optional term (gain share) may be the proposal's alone, or switched off by it;
    // a service level's term needs the service level on both sides.
    const level = ref.scope === 'serviceLevel';
    if (level && termValue(contract, ref) === undefined) continue;
    if (level && termValue(proposal.contract, ref) === undefined) continue;
    followed = withTermFrom(followed, proposal.contract, ref);
    kept.push(key);
  }
  return { ...proposal, contract: followed, overrides: kept };
}

/** The overrides after an edit took a following proposal from `before` to `after`: each term edited is now its own. */
export function overridesAfterEdit(
  overrides: readonly string[],
  before: Contract,
  after: Contract,
): readonly string[] {
  const edited = differingTerms(before, after).map(termKey);
  const added = edited.filter((key) => !overrides.includes(key));
  return added.length === 0 ? overrides : [...overrides, ...added];
}

/** What a frozen copy sets apart from the contract: the overrides it keeps when it starts following. */
export function overridesOf(contract: Contract, proposal: Contract): readonly string[] {
  return differingTerms(contract, proposal).map(termKey);
}
