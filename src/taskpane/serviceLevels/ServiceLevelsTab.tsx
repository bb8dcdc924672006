import { type Dispatch } from 'react';
import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { type Contract } from '../../engine/terms/contract';
import { type ContractEditorAction } from '../editor/contractEditorReducer';
import { type IssueLookup } from '../editor/issueLookup';
import { ServiceLevelForm } from './ServiceLevelForm';
import { ServiceLevelList } from './ServiceLevelList';
import { useFocusAfterAdd } from '../fields/useFocusAfterAdd';

const useStyles = makeStyles({
  tab: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    alignItems: 'stretch',
  },
  add: { alignSelf: 'flex-start' },
});

export interface ServiceLevelsTabProps {
  readonly contract: Contract;
  readonly selectedId: string | null;
  readonly issues: IssueLookup;
  readonly dispatch: Dispatch<ContractEditorAction>;
  readonly onAdd: () => void;
}

export function ServiceLevelsTab({
  contract,
  selectedId,
  issues,
  dispatch,
  onAdd,
}: ServiceLevelsTabProps) {
  const styles = useStyles();
  const focus = useFocusAfterAdd<HTMLDivElement>();
  const selected = contract.serviceLevels.find((sl) => sl.id === selectedId);
  return (
    <div className={styles.tab} ref={focus.ref}>
      {contract.serviceLevels.length === 0 ? (
        <Body1>No service levels yet. Add one to tie money to an outcome.</Body1>
      ) : (
        <ServiceLevelList
          serviceLevels={contract.serviceLevels}
          selectedId={selectedId}
          dispatch={dispatch}
        />
      )}
      <Button
        className={styles.add}
        onClick={() => {
          onAdd();
          focus.markAdded();
        }}
      >
        Add service level
      </Button>
      {selected && (
        <ServiceLevelForm
          key={selected.id}
          contract={contract}
          serviceLevel={selected}
          issues={issues}
          dispatch={dispatch}
        />
      )}
    </div>
  );
}
