import { type Dispatch } from 'react';
import { allocatedAmount, type Contract, type ServiceLevel } from '../../engine/terms/contract';
import { type Direction } from '../../engine/rules/direction';
import {
  type ContractEditorAction,
  type ServiceLevelChanges,
} from '../editor/contractEditorReducer';
import { type IssueLookup } from '../editor/issueLookup';
import { type Choice, ChoiceField } from '../fields/ChoiceField';
import { numberText, optional, percentText } from '../fields/fieldText';
import { ParsedField } from '../fields/ParsedField';
import { TextField } from '../fields/TextField';
import { useFormStyles } from '../fields/useFormStyles';
import { formatMoney } from '../money/paneMoneyText';

const DIRECTIONS: readonly Choice<Direction>[] = [
  { value: 'higher', label: 'Higher is better' },
  { value: 'lower', label: 'Lower is better' },
];

const KINDS: readonly Choice<'critical' | 'key'>[] = [
  { value: 'critical', label: 'Critical service level (carries money)' },
  { value: 'key', label: 'Key measurement (reported only)' },
];

const optionalNumber = optional(numberText);

export interface ServiceLevelFormProps {
  readonly contract: Contract;
  readonly serviceLevel: ServiceLevel;
  readonly issues: IssueLookup;
  readonly dispatch: Dispatch<ContractEditorAction>;
}

export function ServiceLevelForm({
  contract,
  serviceLevel: sl,
  issues,
  dispatch,
}: ServiceLevelFormProps) {
  const styles = useFormStyles();
  const id = sl.id;
  const update = (changes: ServiceLevelChanges) =>
    dispatch({ type: 'updateServiceLevel', id, changes });
  const issue = (field: string) => issues.serviceLevelField(id, field);
  const allocated = formatMoney(allocatedAmount(contract, sl), contract.currency);
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>Edit service level</legend>
      <TextField
        label="Name"
        value={sl.name}
        issue={issue('name')}
        onChange={(name) => dispatch({ type: 'renameServiceLevel', id, name })}
      />
      <TextField label="Unit" value={sl.unit} onChange={(unit) => update({ unit })} />
      <ChoiceField
        label="Direction"
        value={sl.direction}
        choices={DIRECTIONS}
        onChange={(direction) => update({ direction })}
      />
      <ParsedField
        label="Expected level"
        value={sl.expected}
        format={numberText}
        contentAfter={sl.unit}
        issue={issue('expected')}
        onCommit={(expected) => update({ expected })}
      />
      <ParsedField
        label="Minimum level"
        value={sl.minimum}
        format={optionalNumber}
        contentAfter={sl.unit}
        hint="Empty for no minimum"
        issue={issue('minimum')}
        onCommit={(minimum) => update({ minimum })}
      />
      <ParsedField
        label="Allocation"
        value={sl.allocation}
        format={percentText}
        contentAfter="%"
        hint={`${allocated} per month at a band rate of 100%`}
        issue={issue('allocation')}
        onCommit={(allocation) => update({ allocation })}
      />
      <ChoiceField
        label="Kind"
        value={sl.critical ? 'critical' : 'key'}
        choices={KINDS}
        onChange={(kind) => update({ critical: kind === 'critical' })}
      />
    </fieldset>
  );
}
