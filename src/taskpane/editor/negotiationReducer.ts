import { type Contract } from '../../engine/terms/contract';
import { type PerformanceAssumption } from '../../engine/simulation/performanceAssumption';
import { type Proposal } from '../../engine/terms/proposal';
import { type Scenario } from '../../engine/simulation/scenario';
import {
  followContract,
  followsContract,
  overridesAfterEdit,
  overridesOf,
} from '../../engine/terms/followedContract';
import { parseTermKey, withTermFrom } from '../../engine/terms/contractTerms';
import { type ContractEditorAction, contractEditorReducer } from './contractEditorReducer';
import { insertedAt } from './listEdits';
import { distinctName, newProposal, newScenario, uniqueName } from './newNegotiation';
import { withRisk } from './scenarioRiskEdits';
import { type BadMonth } from '../../engine/simulation/badMonth';
import { type LevelCorrelation } from '../../engine/simulation/levelCorrelation';

/**
 * The negotiation around the contract: named performance scenarios and proposals (copies of the
 * contract with other terms), and which of each the user is editing. A proposal's terms are edited
 * with the contract editor's own actions, applied to the proposal's copy.
 */
export interface NegotiationState {
  readonly scenarios: readonly Scenario[];
  readonly proposals: readonly Proposal[];
  readonly selectedScenarioId: string | null;
  readonly selectedProposalId: string | null;
}

export type NegotiationAction =
  | {
      readonly type: 'replaceNegotiation';
      readonly scenarios: readonly Scenario[];
      readonly proposals: readonly Proposal[];
    }
  /** Ids come with the actions so the reducer stays pure; the contract is what the new item starts from. */
  | { readonly type: 'addScenario'; readonly id: string; readonly contract: Contract }
  /** A scenario made elsewhere (fitted from actuals), added last under a name no other has, and selected. */
  | { readonly type: 'addMadeScenario'; readonly scenario: Scenario }
  | { readonly type: 'renameScenario'; readonly id: string; readonly name: string }
  | { readonly type: 'deleteScenario'; readonly id: string }
  | { readonly type: 'selectScenario'; readonly id: string }
  /** Null removes the assumption: the service level is not measured in that scenario. */
  | {
      readonly type: 'setAssumption';
      readonly scenarioId: string;
      readonly serviceLevelId: string;
      readonly assumption: PerformanceAssumption | null;
    }
  /** An empty list or null removes them: the service levels are independent, no month is bad. */
  | {
      readonly type: 'setCorrelations';
      readonly scenarioId: string;
      readonly correlations: readonly LevelCorrelation[];
      /** "Use these values": the nearest valid set replaces the pairs entered, undone like a delete. */
      readonly repair?: boolean | undefined;
    }
  | {
      readonly type: 'setBadMonth';
      readonly scenarioId: string;
      readonly badMonth: BadMonth | null;
    }
  | { readonly type: 'addProposal'; readonly id: string; readonly contract: Contract }
  /** Frozen copy ↔ following the contract; `contract` is the contract as it stands now. */
  | {
      readonly type: 'setProposalFollows';
      readonly id: string;
      readonly follows: boolean;
      readonly contract: Contract;
    }
  /** A following proposal gives up one of its own terms (a term key) and takes the contract's value of it. */
  | {
      readonly type: 'followContractTerm';
      readonly id: string;
      readonly key: string;
      readonly contract: Contract;
    }
  | { readonly type: 'renameProposal'; readonly id: string; readonly name: string }
  | { readonly type: 'deleteProposal'; readonly id: string }
  | { readonly type: 'selectProposal'; readonly id: string }
  /** A copy of a proposal, its terms as they stand, right after it and selected. */
  | { readonly type: 'duplicateProposal'; readonly id: string; readonly newId: string }
  | { readonly type: 'moveProposal'; readonly id: string; readonly offset: -1 | 1 }
  /** Undo of a delete: the item back where it was, selected. */
  | { readonly type: 'restoreScenario'; readonly scenario: Scenario; readonly index: number }
  | { readonly type: 'restoreProposal'; readonly proposal: Proposal; readonly index: number }
  | { readonly type: 'editProposal'; readonly id: string; readonly action: ContractEditorAction };

export const EMPTY_NEGOTIATION: NegotiationState = {
  scenarios: [],
  proposals: [],
  selectedScenarioId: null,
  selectedProposalId: null,
};

export function initialNegotiation(
  scenarios: readonly Scenario[] = [],
  proposals: readonly Proposal[] = [],
): NegotiationState {
  return {
    scenarios,
    proposals,
    selectedScenarioId: scenarios[0]?.id ?? null,
    selectedProposalId: proposals[0]?.id ?? null,
  };
}

export function negotiationReducer(
  state: NegotiationState,
  action: NegotiationAction,
): NegotiationState {
  switch (action.type) {
    case 'replaceNegotiation': {
      const next = initialNegotiation(action.scenarios, action.proposals);
      // Keep the user on the items they were editing when they survive the replacement.
      const keep = (id: string | null, list: readonly { id: string }[]) =>
        list.some((x) => x.id === id) ? id : null;
      return {
        ...next,
        selectedScenarioId:
          keep(state.selectedScenarioId, action.scenarios) ?? next.selectedScenarioId,
        selectedProposalId:
          keep(state.selectedProposalId, action.proposals) ?? next.selectedProposalId,
      };
    }
    case 'addScenario': {
      const added = newScenario(
        action.id,
        uniqueName('Scenario', state.scenarios),
        action.contract,
      );
      return { ...state, scenarios: [...state.scenarios, added], selectedScenarioId: action.id };
    }
    case 'addMadeScenario': {
      const added = {
        ...action.scenario,
        name: distinctName(action.scenario.name, state.scenarios),
      };
      return { ...state, scenarios: [...state.scenarios, added], selectedScenarioId: added.id };
    }
    case 'renameScenario':
      return {
        ...state,
        scenarios: edit(state.scenarios, action.id, (s) => ({ ...s, name: action.name })),
      };
    case 'deleteScenario': {
      const [scenarios, selected] = deleted(state.scenarios, action.id, state.selectedScenarioId);
      return { ...state, scenarios, selectedScenarioId: selected };
    }
    case 'selectScenario':
      return state.scenarios.some((s) => s.id === action.id)
        ? { ...state, selectedScenarioId: action.id }
        : state;
    case 'setAssumption':
      return {
        ...state,
        scenarios: edit(state.scenarios, action.scenarioId, (s) =>
          withAssumption(s, action.serviceLevelId, action.assumption),
        ),
      };
    case 'setCorrelations':
    case 'setBadMonth':
      return { ...state, scenarios: edit(state.scenarios, action.scenarioId, withRisk(action)) };
    case 'addProposal': {
      const added = newProposal(
        action.id,
        uniqueName('Proposal', state.proposals),
        action.contract,
      );
      return { ...state, proposals: [...state.proposals, added], selectedProposalId: action.id };
    }
    case 'renameProposal':
      return {
        ...state,
        proposals: edit(state.proposals, action.id, (p) => ({ ...p, name: action.name })),
      };
    case 'deleteProposal': {
      const [proposals, selected] = deleted(state.proposals, action.id, state.selectedProposalId);
      return { ...state, proposals, selectedProposalId: selected };
    }
    case 'selectProposal':
      return state.proposals.some((p) => p.id === action.id)
        ? { ...state, selectedProposalId: action.id }
        : state;
    case 'duplicateProposal': {
      const index = state.proposals.findIndex((p) => p.id === action.id);
      if (index < 0) return state;
      const source = state.proposals[index];
      // A copy follows the contract, or is frozen, as its source does, with the same own terms.
      const copy = { ...source, id: action.newId, name: copyName(source.name, state.proposals) };
      return {
        ...state,
        proposals: insertedAt(state.proposals, index + 1, copy),
        selectedProposalId: copy.id,
      };
    }
    case 'moveProposal':
      return { ...state, proposals: moved(state.proposals, action.id, action.offset) };
    case 'restoreScenario':
      return state.scenarios.some((s) => s.id === action.scenario.id)
        ? state
        : {
            ...state,
            scenarios: insertedAt(state.scenarios, action.index, action.scenario),
            selectedScenarioId: action.scenario.id,
          };
    case 'restoreProposal':
      return state.proposals.some((p) => p.id === action.proposal.id)
        ? state
        : {
            ...state,
            proposals: insertedAt(state.proposals, action.index, action.proposal),
            selectedProposalId: action.proposal.id,
          };
    case 'editProposal':
      return {
        ...state,
        proposals: edit(state.proposals, action.id, (p) => {
          const contract = contractEditorReducer(
            { contract: p.contract, selectedId: null },
            action.action,
          ).contract;
          // Whatever a following proposal's user edits becomes a term it sets itself.
          return p.overrides === undefined
            ? { ...p, contract }
            : { ...p, contract, overrides: overridesAfterEdit(p.overrides, p.contract, contract) };
        }),
      };
    case 'setProposalFollows':
      return {
        ...state,
        proposals: edit(state.proposals, action.id, (p) => {
          if (action.follows === followsContract(p)) return p;
          // Either way the terms stay as they are now: only later contract changes are treated differently.
          if (action.follows) return { ...p, overrides: overridesOf(action.contract, p.contract) };
          const { id, name, contract } = followContract(action.contract, p);
          return { id, name, contract };
        }),
      };
    case 'followContractTerm':
      return {
        ...state,
        proposals: edit(state.proposals, action.id, (p) => {
          const ref = parseTermKey(action.key);
          if (p.overrides === undefined || ref === null) return p;
          // Its copy takes the contract's value too: typing the old value back is then a change again.
          return {
            ...p,
            contract: withTermFrom(p.contract, action.contract, ref),
            overrides: p.overrides.filter((key) => key !== action.key),
          };
        }),
      };
  }
}

function withAssumption(
  scenario: Scenario,
  serviceLevelId: string,
  assumption: PerformanceAssumption | null,
): Scenario {
  // Ids come from user data: entries, never assignment ("__proto__" would set the prototype).
  const kept = Object.entries(scenario.assumptions).filter(([id]) => id !== serviceLevelId);
  const assumptions = Object.fromEntries(
    assumption === null ? kept : [...kept, [serviceLevelId, assumption]],
  );
  return { ...scenario, assumptions };
}

function edit<T extends { readonly id: string }>(
  list: readonly T[],
  id: string,
  change: (item: T) => T,
): readonly T[] {
  return list.map((item) => (item.id === id ? change(item) : item));
}

/** After a delete the selection moves to the neighbour below, else above, so keyboard users stay in the list. */
function deleted<T extends { readonly id: string }>(
  list: readonly T[],
  id: string,
  selectedId: string | null,
): [readonly T[], string | null] {
  const index = list.findIndex((item) => item.id === id);
  if (index < 0) return [list, selectedId];
  const rest = list.filter((item) => item.id !== id);
  return [
    rest,
    selectedId === id ? (rest[Math.min(index, rest.length - 1)]?.id ?? null) : selectedId,
  ];
}

/** "Their counter" → "Their counter (copy)", then "(copy 2)"… never a name the list already has. */
function copyName(name: string, existing: readonly { readonly name: string }[]): string {
  const taken = new Set(existing.map((item) => item.name.trim().toLowerCase()));
  const base = name.trim() || 'Proposal';
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${base} (copy)` : `${base} (copy ${n})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** The list with one item swapped with its neighbour; unchanged at either end. */
function moved<T extends { readonly id: string }>(
  list: readonly T[],
  id: string,
  offset: -1 | 1,
): readonly T[] {
  const from = list.findIndex((item) => item.id === id);
  const to = from + offset;
  if (from < 0 || to < 0 || to >= list.length) return list;
  const next = [...list];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}
