import { type Dispatch, useCallback, useReducer } from 'react';
import { type Contract } from '../../engine/terms/contract';
import {
  type ContractEditorAction,
  contractEditorReducer,
  type ContractEditorState,
  initialEditorState,
} from './contractEditorReducer';
import { newContract } from './newContract';
import { newServiceLevelId } from './serviceLevelIds';

export interface ContractEditor extends ContractEditorState {
  readonly dispatch: Dispatch<ContractEditorAction>;
  readonly addServiceLevel: () => void;
  readonly replaceContract: (contract: Contract) => void;
}

/** The reducer plus the one impure step it must not do itself: making ids. */
export function useContractEditor(initial: Contract = newContract()): ContractEditor {
  const [state, dispatch] = useReducer(contractEditorReducer, initial, initialEditorState);
  const addServiceLevel = useCallback(
    () => dispatch({ type: 'addServiceLevel', id: newServiceLevelId() }),
    [],
  );
  const replaceContract = useCallback(
    (contract: Contract) => dispatch({ type: 'replaceContract', contract }),
    [],
  );
  return { ...state, dispatch, addServiceLevel, replaceContract };
}
