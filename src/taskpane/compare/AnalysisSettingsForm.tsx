import { Body1, Switch } from '@fluentui/react-components';
import { type OutcomeModel } from '../../engine/terms/outcomeModel';
import { modelProposals } from '../../engine/terms/proposal';
import { ChoiceField } from '../fields/ChoiceField';
import { numberText, percentText } from '../fields/fieldText';
import { ParsedField } from '../fields/ParsedField';
import { useFormStyles } from '../fields/useFormStyles';
import { formatMoney } from '../money/paneMoneyText';
import { displayName } from '../serviceLevels/displayName';
import { DEFAULT_COST_SHARE, type ResolvedSettings, type RunSettings } from './runSettings';

export interface AnalysisSettingsFormProps {
  readonly model: OutcomeModel;
  readonly settings: ResolvedSettings;
  readonly onChange: (changes: Partial<RunSettings>) => void;
}

/** The what-if analyses of the focus proposal: on or off, the level to break even on, the cost base and margin to price for. */
export function AnalysisSettingsForm({ model, settings, onChange }: AnalysisSettingsFormProps) {
  const styles = useFormStyles();
  const focus =
    modelProposals(model).find((p) => p.id === settings.focusProposalId)?.contract ??
    model.contract;
  const critical = focus.serviceLevels
    .filter((sl) => sl.critical)
    .map((sl) => ({ value: sl.id, label: displayName(sl) }));
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>Analysis of the focus proposal</legend>
      <Switch
        label="Sensitivity, break-even and risk-priced fee"
        checked={settings.analyse}
        onChange={(_, data) => onChange({ analyse: data.checked })}
      />
      {settings.analyse && settings.breakEvenServiceLevelId !== null && (
        <>
          <ChoiceField
            label="Break-even service level"
            value={settings.breakEvenServiceLevelId}
            choices={critical}
            onChange={(breakEvenServiceLevelId) => onChange({ breakEvenServiceLevelId })}
          />
          {settings.monthlyCostSource === 'costBase' ? (
            <Body1>
              Monthly cost base: {formatMoney(settings.monthlyCost, focus.currency)} on average over
              the term, from the focus proposal’s provider cost.
            </Body1>
          ) : (
            <ParsedField
              label="Monthly cost base"
              value={settings.monthlyCost}
              format={numberText}
              contentAfter={focus.currency}
              hint={
                settings.monthlyCost === focus.monthlyCharges * DEFAULT_COST_SHARE
                  ? `The provider's cost a month; ${Math.round(DEFAULT_COST_SHARE * 100)}% of the charges unless you enter it`
                  : "The provider's cost a month"
              }
              onCommit={(monthlyCost) => onChange({ monthlyCost })}
            />
          )}
          <ParsedField
            label="Target margin"
            value={settings.targetMargin}
            format={percentText}
            contentAfter="%"
            onCommit={(targetMargin) => onChange({ targetMargin })}
          />
        </>
      )}
    </fieldset>
  );
}
