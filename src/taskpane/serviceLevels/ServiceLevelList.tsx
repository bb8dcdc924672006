import { type Dispatch } from 'react';
import { type ServiceLevel } from '../../engine/terms/contract';
import { type ContractEditorAction } from '../editor/contractEditorReducer';
import { NamedItemList } from '../fields/NamedItemList';
import { displayName } from './displayName';

export interface ServiceLevelListProps {
  readonly serviceLevels: readonly ServiceLevel[];
  readonly selectedId: string | null;
  readonly dispatch: Dispatch<ContractEditorAction>;
}

/** Choose a level to edit, reorder or delete it; the order is the order of the Contract sheet. */
export function ServiceLevelList({ serviceLevels, selectedId, dispatch }: ServiceLevelListProps) {
  return (
    <NamedItemList
      label="Service levels"
      items={serviceLevels.map((sl) => ({ id: sl.id, name: displayName(sl) }))}
      selectedId={selectedId}
      onSelect={(id) => dispatch({ type: 'selectServiceLevel', id })}
      onMove={(id, offset) => dispatch({ type: 'moveServiceLevel', id, offset })}
      onDelete={(id) => dispatch({ type: 'deleteServiceLevel', id })}
    />
  );
}
