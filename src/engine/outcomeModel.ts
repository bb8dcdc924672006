import { Contract } from './contract';

/**
 * Everything a negotiation keeps in the workbook: the contract being negotiated (later also its
 * proposals and performance scenarios). Plain data; the workbook layer stores it as versioned JSON.
 */
export interface OutcomeModel {
  readonly contract: Contract;
}
