import { type Contract } from './contract';
import { type Proposal } from './proposal';
import { type Scenario } from '../simulation/scenario';

/**
 * Everything a negotiation keeps in the workbook: the contract being negotiated, the proposals it
 * is compared with and the performance scenarios they are tested against. Plain data; the workbook
 * layer stores it as versioned JSON.
 */
export interface OutcomeModel {
  readonly contract: Contract;
  readonly scenarios?: readonly Scenario[];
  readonly proposals?: readonly Proposal[];
}
