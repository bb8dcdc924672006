import { atRiskAmount } from '../../engine/terms/contract';
import { numberText, optional, percentText } from '../fields/fieldText';
import { ParsedField } from '../fields/ParsedField';
import { useFormStyles } from '../fields/useFormStyles';
import { formatMoney } from '../money/paneMoneyText';
import { type ContractTabProps } from './ContractTab';

const optionalPercent = optional(percentText);

/** Charges, the at-risk share with the money it means, the allocation pool and the incentive caps. */
export function ContractMoneyTerms({ contract, issues, onChange }: ContractTabProps) {
  const styles = useFormStyles();
  const money = (amount: number) => formatMoney(amount, contract.currency);
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>Money at risk</legend>
      <ParsedField
        label="Monthly charges"
        value={contract.monthlyCharges}
        format={numberText}
        contentAfter={contract.currency}
        issue={issues.contractField('monthlyCharges')}
        onCommit={(monthlyCharges) => onChange({ monthlyCharges })}
      />
      <ParsedField
        label="At-risk share of charges"
        value={contract.atRiskShare}
        format={percentText}
        contentAfter="%"
        hint={`At-risk amount: ${money(atRiskAmount(contract))} per month`}
        issue={issues.contractField('atRiskShare')}
        onCommit={(atRiskShare) => onChange({ atRiskShare })}
      />
      <ParsedField
        label="Pool available for allocation"
        value={contract.poolShare}
        format={percentText}
        contentAfter="%"
        issue={issues.contractField('poolShare')}
        onCommit={(poolShare) => onChange({ poolShare })}
      />
      <ParsedField
        label="Monthly incentive cap"
        value={contract.incentiveCapMonthlyShare}
        format={optionalPercent}
        contentAfter="%"
        hint="Share of monthly charges; empty for no cap"
        issue={issues.contractField('incentiveCapMonthlyShare')}
        onCommit={(incentiveCapMonthlyShare) => onChange({ incentiveCapMonthlyShare })}
      />
      <ParsedField
        label="Annual incentive cap"
        value={contract.incentiveCapAnnualShare}
        format={optionalPercent}
        contentAfter="%"
        hint="Share of a year's charges; empty for no cap"
        issue={issues.contractField('incentiveCapAnnualShare')}
        onCommit={(incentiveCapAnnualShare) => onChange({ incentiveCapAnnualShare })}
      />
    </fieldset>
  );
}
