import { Switch } from '@fluentui/react-components';
import { type CostBase } from '../../engine/terms/contract';
import { optional, percentText } from '../fields/fieldText';
import { amountListText, sameList } from '../fields/numberListText';
import { ParsedField } from '../fields/ParsedField';
import { useFormStyles } from '../fields/useFormStyles';
import { type ContractTabProps } from './ContractTab';
import { defaultCostBase } from './leverDefaults';

const optionalPercent = optional(percentText);

/**
 * The provider's cost of running the service per contract year: typed for the first year (and any
 * later ones), the rest indexed yearly. The analyses use it for margin and the risk-priced fee.
 */
export function CostBaseTerms({ contract, issues, onChange }: ContractTabProps) {
  const form = useFormStyles();
  const costBase = contract.costBase;
  const set = (changes: Partial<CostBase>) =>
    costBase && onChange({ costBase: { ...costBase, ...changes } });
  return (
    <fieldset className={form.group}>
      <legend className={form.legend}>Provider cost</legend>
      <Switch
        label="Cost base per contract year"
        checked={costBase !== undefined}
        onChange={(_, data) =>
          onChange({ costBase: data.checked ? defaultCostBase(contract) : undefined })
        }
      />
      {costBase && (
        <>
          <ParsedField
            label="Monthly cost by contract year"
            value={costBase.monthlyByYear}
            format={amountListText}
            equals={sameList}
            inputMode="text"
            contentAfter={contract.currency}
            hint="Year 1 first, then any later years you know, separated by ;"
            issue={issues.contractField('costBase.monthlyByYear')}
            onCommit={(monthlyByYear) => set({ monthlyByYear })}
          />
          <ParsedField
            label="Yearly indexation of later years"
            value={costBase.indexation}
            format={optionalPercent}
            contentAfter="%"
            hint="Each year after the typed ones costs the year before plus this; empty for flat"
            issue={issues.contractField('costBase.indexation')}
            onCommit={(indexation) => set({ indexation })}
          />
        </>
      )}
    </fieldset>
  );
}
