import { type Dispatch } from 'react';
import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { type Contract } from '../../engine/terms/contract';
import { type ContractEditorAction } from '../editor/contractEditorReducer';
import { type IssueLookup } from '../editor/issueLookup';
import { ChoiceField } from '../fields/ChoiceField';
import { displayName } from '../serviceLevels/displayName';
import { BandTableEditor } from './BandTableEditor';
import { PayoutChart } from './PayoutChart';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
});

export interface BandsTabProps {
  readonly contract: Contract;
  readonly selectedId: string | null;
  readonly issues: IssueLookup;
  readonly dispatch: Dispatch<ContractEditorAction>;
}

/** The bands of one service level beside the money curve they produce, redrawn as the user types. */
export function BandsTab({ contract, selectedId, issues, dispatch }: BandsTabProps) {
  const styles = useStyles();
  const selected = contract.serviceLevels.find((sl) => sl.id === selectedId);
  if (!selected)
    return <Body1>Add a service level first; its outcome bands are edited here.</Body1>;
  const choices = contract.serviceLevels.map((sl) => ({ value: sl.id, label: displayName(sl) }));
  return (
    <div className={styles.tab}>
      <ChoiceField
        label="Service level"
        value={selected.id}
        choices={choices}
        onChange={(id) => dispatch({ type: 'selectServiceLevel', id })}
      />
      <BandTableEditor
        key={selected.id}
        serviceLevel={selected}
        issue={issues.serviceLevelField(selected.id, 'bands')}
        dispatch={dispatch}
      />
      <PayoutChart contract={contract} serviceLevel={selected} />
    </div>
  );
}
