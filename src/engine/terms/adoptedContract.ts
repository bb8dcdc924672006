import { type Contract } from './contract';
import { type Proposal } from './proposal';

/**
 * The contract after the parties agree a proposal: every negotiated term is the proposal's; the
 * contract keeps its own name, currency and start month (they are not what proposals negotiate),
 * and records which proposal it adopted and when, so the change log can say so.
 */
export function adoptedContract(contract: Contract, proposal: Proposal, time: Date): Contract {
  const { name, currency, startPeriod } = contract;
  return {
    ...proposal.contract,
    name,
    currency,
    // Undefined when the contract has no start yet: absent once stored, as JSON drops it.
    startPeriod,
    adoptedFrom: { proposalId: proposal.id, name: proposal.name, time: time.toISOString() },
  };
}
