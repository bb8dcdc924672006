import { type Dispatch, useState } from 'react';
import { allocatedAmount, type Contract } from '../../engine/terms/contract';
import { BandTableEditor } from '../bands/BandTableEditor';
import { PayoutChart } from '../bands/PayoutChart';
import {
  type ContractEditorAction,
  type ServiceLevelChanges,
} from '../editor/contractEditorReducer';
import { type IssueLookup } from '../editor/issueLookup';
import { ChoiceField } from '../fields/ChoiceField';
import { numberText, optional, percentText } from '../fields/fieldText';
import { ParsedField } from '../fields/ParsedField';
import { useFormStyles } from '../fields/useFormStyles';
import { formatMoney } from '../money/paneMoneyText';
import { displayName } from '../serviceLevels/displayName';

const optionalNumber = optional(numberText);

export interface ProposalServiceLevelTermsProps {
  readonly contract: Contract;
  readonly issues: IssueLookup;
  /** Contract-editor actions, applied to the proposal's copy of the contract. */
  readonly dispatch: Dispatch<ContractEditorAction>;
}

/** The per-level terms a proposal negotiates: levels, allocation and bands, with the payout curve. */
export function ProposalServiceLevelTerms({
  contract,
  issues,
  dispatch,
}: ProposalServiceLevelTermsProps) {
  const styles = useFormStyles();
  const [chosenId, setChosenId] = useState(contract.serviceLevels[0]?.id ?? '');
  const sl = contract.serviceLevels.find((s) => s.id === chosenId) ?? contract.serviceLevels[0];
  if (!sl) return null;
  const id = sl.id;
  const update = (changes: ServiceLevelChanges) =>
    dispatch({ type: 'updateServiceLevel', id, changes });
  const issue = (field: string) => issues.serviceLevelField(id, field);
  const choices = contract.serviceLevels.map((s) => ({ value: s.id, label: displayName(s) }));
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>Service-level terms</legend>
      <ChoiceField label="Service level" value={id} choices={choices} onChange={setChosenId} />
      <ParsedField
        key={`expected-${id}`}
        label="Expected level"
        value={sl.expected}
        format={numberText}
        contentAfter={sl.unit}
        issue={issue('expected')}
        onCommit={(expected) => update({ expected })}
      />
      <ParsedField
        key={`minimum-${id}`}
        label="Minimum level"
        value={sl.minimum}
        format={optionalNumber}
        contentAfter={sl.unit}
        hint="Empty for no minimum"
        issue={issue('minimum')}
        onCommit={(minimum) => update({ minimum })}
      />
      <ParsedField
        key={`allocation-${id}`}
        label="Allocation"
        value={sl.allocation}
        format={percentText}
        contentAfter="%"
        hint={`${formatMoney(allocatedAmount(contract, sl), contract.currency)} per month at a band rate of 100%`}
        issue={issue('allocation')}
        onCommit={(allocation) => update({ allocation })}
      />
      <BandTableEditor
        key={`bands-${id}`}
        serviceLevel={sl}
        issue={issue('bands')}
        dispatch={dispatch}
      />
      <PayoutChart contract={contract} serviceLevel={sl} />
    </fieldset>
  );
}
