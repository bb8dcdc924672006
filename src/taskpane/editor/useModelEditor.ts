import { type Dispatch, useCallback, useMemo, useReducer } from 'react';
import { type OutcomeModel } from '../../engine/terms/outcomeModel';
import {
  type NegotiationAction,
  negotiationReducer,
  type NegotiationState,
  initialNegotiation,
} from './negotiationReducer';
import { newId } from './serviceLevelIds';
import { type ContractEditor, useContractEditor } from './useContractEditor';

export interface NegotiationEditor extends NegotiationState {
  readonly dispatch: Dispatch<NegotiationAction>;
  readonly addScenario: () => void;
  readonly addProposal: () => void;
}

export interface ModelEditor {
  readonly editor: ContractEditor;
  readonly negotiation: NegotiationEditor;
  /** The whole model as edited: what "Write to workbook" saves and the simulation runs. */
  readonly model: OutcomeModel;
  readonly replaceModel: (model: OutcomeModel) => void;
}

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

/** The contract editor and the negotiation editor together, with the one impure step: making ids. */
export function useModelEditor(): ModelEditor {
  const editor = useContractEditor();
  const [state, dispatch] = useReducer(negotiationReducer, undefined, () => initialNegotiation());
  const { contract, replaceContract } = editor;
  const addScenario = useCallback(
    () => dispatch({ type: 'addScenario', id: newId('scenario'), contract }),
    [contract],
  );
  const addProposal = useCallback(
    () => dispatch({ type: 'addProposal', id: newId('proposal'), contract }),
    [contract],
  );
  const replaceModel = useCallback(
    (model: OutcomeModel) => {
      replaceContract(model.contract);
      dispatch({
        type: 'replaceNegotiation',
        scenarios: model.scenarios ?? [],
        proposals: model.proposals ?? [],
      });
    },
    [replaceContract],
  );
  const { scenarios, proposals } = state;
  // Only a change of the data makes a new model (selecting a scenario does not): the Compare tab tells a stale run by it.
  const model = useMemo(
    () => editedModel(contract, { scenarios, proposals }),
    [contract, scenarios, proposals],
  );
  return {
    editor,
    negotiation: { ...state, dispatch, addScenario, addProposal },
    model,
    replaceModel,
  };
}
