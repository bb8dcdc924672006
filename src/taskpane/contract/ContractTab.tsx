import { type Contract } from '../../engine/terms/contract';
import { type ContractTerms } from '../editor/contractEditorReducer';
import { type IssueLookup } from '../editor/issueLookup';
import { currencyText, numberText, periodTextFormat } from '../fields/fieldText';
import { ParsedField } from '../fields/ParsedField';
import { TextField } from '../fields/TextField';
import { useFormStyles } from '../fields/useFormStyles';
import { ContractMoneyTerms } from './ContractMoneyTerms';
import { ContractRuleTerms } from './ContractRuleTerms';
import { ContractLevers } from './ContractLevers';

export interface ContractTabProps {
  readonly contract: Contract;
  readonly issues: IssueLookup;
  readonly onChange: (changes: Partial<ContractTerms>) => void;
}

export function ContractTab({ contract, issues, onChange }: ContractTabProps) {
  const styles = useFormStyles();
  return (
    <div className={styles.form}>
      <TextField
        label="Contract name"
        value={contract.name}
        issue={issues.contractField('name')}
        onChange={(name) => onChange({ name })}
      />
      <ParsedField
        label="Currency"
        value={contract.currency}
        format={currencyText}
        inputMode="text"
        onCommit={(currency) => onChange({ currency })}
      />
      <ParsedField
        label="Term (months)"
        value={contract.termMonths}
        format={numberText}
        inputMode="numeric"
        issue={issues.contractField('termMonths')}
        onCommit={(termMonths) => onChange({ termMonths })}
      />
      <ParsedField
        label="Contract start (first month)"
        value={contract.startPeriod}
        format={periodTextFormat}
        inputMode="text"
        hint="YYYY-MM. Service reviews count contract months from it; actuals before it are refused."
        issue={issues.contractField('startPeriod')}
        onCommit={(startPeriod) => onChange({ startPeriod })}
      />
      <ContractMoneyTerms contract={contract} issues={issues} onChange={onChange} />
      <ContractRuleTerms contract={contract} issues={issues} onChange={onChange} />
      <ContractLevers contract={contract} issues={issues} onChange={onChange} />
    </div>
  );
}
