import { type Dispatch, useCallback, useMemo, useReducer, useRef, useState } from 'react';
import { type OutcomeModel } from '../../engine/terms/outcomeModel';
import { adoptedContract } from '../../engine/terms/adoptedContract';
import { followContract } from '../../engine/terms/followedContract';
import { type ContractEditorAction } from './contractEditorReducer';
import { contractDeletion, negotiationDeletion } from './deletionUndo';
import {
  type NegotiationAction,
  negotiationReducer,
  type NegotiationState,
  initialNegotiation,
} from './negotiationReducer';
import { scenariosWithKnownLevels } from './scenarioRiskEdits';
import { newId } from './serviceLevelIds';
import { distinctName } from './newNegotiation';
import { type Scenario } from '../../engine/simulation/scenario';
import { type ContractEditor, useContractEditor } from './useContractEditor';

export interface NegotiationEditor extends NegotiationState {
  readonly dispatch: Dispatch<NegotiationAction>;
  readonly addScenario: () => void;
  /** Adds a scenario made elsewhere (fitted from actuals) under a free name, undone like a delete; returns the name. */
  readonly addMadeScenario: (scenario: Omit<Scenario, 'id'>) => string;
  readonly addProposal: () => void;
  readonly duplicateProposal: (id: string) => void;
  /** Frozen copy ↔ following the contract as it stands now. */
  readonly setProposalFollows: (id: string, follows: boolean) => void;
  /** The contract takes the proposal's terms (keeping its name and start); undone like a delete. */
  readonly adoptProposal: (id: string) => void;
}

/** The deletes that can still be undone, most recent last. */
export interface UndoHistory {
  /** What the next undo puts back ("Deleted scenario “Stressed”"); null when nothing can be undone. */
  readonly last: string | null;
  /** How many deletes can be undone. */
  readonly count: number;
  /** Which delete `last` is: each delete gets a new number, so the same label twice is two deletes. */
  readonly lastId: number | null;
  readonly undo: () => void;
}

export interface ModelEditor {
  readonly editor: ContractEditor;
  readonly negotiation: NegotiationEditor;
  /** The whole model as edited: what "Write to workbook" saves and the simulation runs. */
  readonly model: OutcomeModel;
  readonly replaceModel: (model: OutcomeModel) => void;
  readonly undoHistory: UndoHistory;
}

/** How many deletes can be undone, one after the other. */
export const UNDO_DEPTH = 20;

type UndoEntry = { readonly id: number; readonly label: string } & (
  { readonly contract: ContractEditorAction } | { readonly negotiation: NegotiationAction }
);
type NewUndoEntry =
  | { readonly label: string; readonly contract: ContractEditorAction }
  | { readonly label: string; readonly negotiation: NegotiationAction };

/** Scenarios and proposals left out when there are none, so a model without them is stored as before. */
export function editedModel(
  contract: OutcomeModel['contract'],
  negotiation: Pick<NegotiationState, 'scenarios' | 'proposals'>,
): OutcomeModel {
  return {
    contract,
    ...(negotiation.scenarios.length > 0 ? { scenarios: negotiation.scenarios } : {}),
    ...(negotiation.proposals.length > 0 ? { proposals: negotiation.proposals } : {}),
  };
}

/**
 * The contract editor and the negotiation editor together, with the impure steps: making ids, and
 * remembering what each delete took away so that it can be undone. Only deletes are undone here:
 * typing is undone in the field itself, as everywhere else.
 */
const systemClock = () => new Date();

export function useModelEditor(clock: () => Date = systemClock): ModelEditor {
  const contractEditor = useContractEditor();
  const [state, rawNegotiationDispatch] = useReducer(negotiationReducer, undefined, () =>
    initialNegotiation(),
  );
  const [undoStack, setUndoStack] = useState<readonly UndoEntry[]>([]);
  const deletes = useRef(0);
  const { contract, replaceContract, dispatch: rawContractDispatch } = contractEditor;
  const remember = useCallback((entry: NewUndoEntry) => {
    const id = ++deletes.current;
    setUndoStack((stack) => [...stack.slice(1 - UNDO_DEPTH), { ...entry, id }]);
  }, []);
  const contractDispatch = useCallback(
    (action: ContractEditorAction) => {
      const deletion = contractDeletion(contract, action);
      if (deletion) remember({ label: deletion.label, contract: deletion.undo });
      rawContractDispatch(action);
    },
    [contract, rawContractDispatch, remember],
  );
  const { scenarios, proposals } = state;
  const negotiationDispatch = useCallback(
    (action: NegotiationAction) => {
      const deletion = negotiationDeletion({ scenarios, proposals }, action);
      if (deletion) remember({ label: deletion.label, negotiation: deletion.undo });
      rawNegotiationDispatch(action);
    },
    [scenarios, proposals, remember],
  );
  const last = undoStack.length > 0 ? undoStack[undoStack.length - 1] : null;
  const undo = useCallback(() => {
    if (!last) return;
    setUndoStack((stack) => stack.slice(0, -1));
    if ('contract' in last) rawContractDispatch(last.contract);
    else rawNegotiationDispatch(last.negotiation);
  }, [last, rawContractDispatch]);
  const addScenario = useCallback(
    () => rawNegotiationDispatch({ type: 'addScenario', id: newId('scenario'), contract }),
    [contract],
  );
  const addMadeScenario = useCallback(
    (made: Omit<Scenario, 'id'>) => {
      const scenario = { ...made, id: newId('scenario'), name: distinctName(made.name, scenarios) };
      remember({
        label: `Added scenario “${scenario.name}”`,
        negotiation: { type: 'deleteScenario', id: scenario.id },
      });
      rawNegotiationDispatch({ type: 'addMadeScenario', scenario });
      return scenario.name;
    },
    [scenarios, remember],
  );
  const addProposal = useCallback(
    () => rawNegotiationDispatch({ type: 'addProposal', id: newId('proposal'), contract }),
    [contract],
  );
  const duplicateProposal = useCallback(
    (id: string) =>
      rawNegotiationDispatch({ type: 'duplicateProposal', id, newId: newId('proposal') }),
    [],
  );
  const setProposalFollows = useCallback(
    (id: string, follows: boolean) =>
      rawNegotiationDispatch({ type: 'setProposalFollows', id, follows, contract }),
    [contract],
  );
  // Following proposals as they stand: the contract's terms where they set none.
  const followed = useMemo(
    () => proposals.map((p) => followContract(contract, p)),
    [contract, proposals],
  );
  // A service level no contract has any more (deleted, or another id) leaves every scenario's
  // correlations and bad-month drops; the state underneath keeps them until the scenario is next
  // edited, so undoing the delete straight away brings them back.
  const knownScenarios = useMemo(
    () => scenariosWithKnownLevels(scenarios, [contract, ...followed.map((p) => p.contract)]),
    [scenarios, contract, followed],
  );
  const adoptProposal = useCallback(
    (id: string) => {
      const proposal = followed.find((p) => p.id === id);
      if (!proposal) return;
      remember({
        label: `Adopted “${proposal.name}” as the contract`,
        contract: { type: 'replaceContract', contract },
      });
      rawContractDispatch({
        type: 'replaceContract',
        contract: adoptedContract(contract, proposal, clock()),
      });
    },
    [followed, contract, remember, rawContractDispatch, clock],
  );
  const replaceModel = useCallback(
    (model: OutcomeModel) => {
      replaceContract(model.contract);
      rawNegotiationDispatch({
        type: 'replaceNegotiation',
        scenarios: model.scenarios ?? [],
        proposals: model.proposals ?? [],
      });
      // What was deleted belonged to the model being replaced.
      setUndoStack([]);
    },
    [replaceContract],
  );
  // Only a change of the data makes a new model (selecting a scenario does not): the Compare tab tells a stale run by it.
  const model = useMemo(
    () => editedModel(contract, { scenarios: knownScenarios, proposals: followed }),
    [contract, knownScenarios, followed],
  );
  return {
    editor: { ...contractEditor, dispatch: contractDispatch },
    negotiation: {
      ...state,
      scenarios: knownScenarios,
      proposals: followed,
      dispatch: negotiationDispatch,
      addScenario,
      addMadeScenario,
      addProposal,
      duplicateProposal,
      setProposalFollows,
      adoptProposal,
    },
    model,
    replaceModel,
    undoHistory: {
      last: last?.label ?? null,
      count: undoStack.length,
      lastId: last?.id ?? null,
      undo,
    },
  };
}
