import { type Contract } from '../../engine/terms/contract';
import { type ContractEditorAction } from './contractEditorReducer';
import { type NegotiationAction, type NegotiationState } from './negotiationReducer';
import { scenarioRiskDeletion } from './scenarioRiskDeletion';

/** What a delete took away, said the way the pane names it, and the action that puts it back. */
export interface Deletion<A> {
  readonly label: string;
  readonly undo: A;
}

const quoted = (name: string) => `“${name.trim() || '(unnamed)'}”`;

/** The undo of a contract edit that deletes something; null for edits that delete nothing. */
export function contractDeletion(
  contract: Contract,
  action: ContractEditorAction,
): Deletion<ContractEditorAction> | null {
  if (action.type === 'deleteServiceLevel') {
    const index = contract.serviceLevels.findIndex((sl) => sl.id === action.id);
    if (index < 0) return null;
    const serviceLevel = contract.serviceLevels[index];
    return {
      label: `Deleted service level ${quoted(serviceLevel.name)}`,
      undo: { type: 'restoreServiceLevel', serviceLevel, index },
    };
  }
  if (action.type === 'removeBand') {
    const sl = contract.serviceLevels.find((s) => s.id === action.id);
    const row = sl?.bands.rows[action.index];
    if (!sl || !row) return null;
    return {
      label: `Removed band ${action.index + 1} of ${quoted(sl.name)}`,
      undo: { type: 'restoreBand', id: sl.id, index: action.index, row },
    };
  }
  return null;
}

/** The undo of a negotiation edit that deletes something, a proposal's own deletes included. */
export function negotiationDeletion(
  state: Pick<NegotiationState, 'scenarios' | 'proposals'>,
  action: NegotiationAction,
): Deletion<NegotiationAction> | null {
  switch (action.type) {
    case 'deleteScenario': {
      const index = state.scenarios.findIndex((s) => s.id === action.id);
      if (index < 0) return null;
      const scenario = state.scenarios[index];
      return {
        label: `Deleted scenario ${quoted(scenario.name)}`,
        undo: { type: 'restoreScenario', scenario, index },
      };
    }
    case 'deleteProposal': {
      const index = state.proposals.findIndex((p) => p.id === action.id);
      if (index < 0) return null;
      const proposal = state.proposals[index];
      return {
        label: `Deleted proposal ${quoted(proposal.name)}`,
        undo: { type: 'restoreProposal', proposal, index },
      };
    }
    case 'editProposal': {
      const proposal = state.proposals.find((p) => p.id === action.id);
      const inner = proposal && contractDeletion(proposal.contract, action.action);
      if (!proposal || !inner) return null;
      return {
        label: `${inner.label} in proposal ${quoted(proposal.name)}`,
        undo: { type: 'editProposal', id: proposal.id, action: inner.undo },
      };
    }
    case 'setCorrelations':
    case 'setBadMonth':
      return scenarioRiskDeletion(state.scenarios, action);
    default:
      return null;
  }
}
