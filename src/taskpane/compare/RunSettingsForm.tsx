import { type OutcomeModel } from '../../engine/terms/outcomeModel';
import { groupedNumberText } from '../../engine/rules/numberText';
import { useNumberConvention } from '../fields/numberConvention';
import { modelProposals } from '../../engine/terms/proposal';
import { MAX_TRIALS } from '../../engine/simulation/simulationSetup';
import { ChoiceField } from '../fields/ChoiceField';
import { wholeNumberText } from '../fields/numberListText';
import { ParsedField } from '../fields/ParsedField';
import { useFormStyles } from '../fields/useFormStyles';
import { type ResolvedSettings, type RunSettings } from './runSettings';
import { PrecisionSettings } from './PrecisionSettings';

const trialsText = wholeNumberText(1, MAX_TRIALS);
const seedText = wholeNumberText(0, Number.MAX_SAFE_INTEGER);

export interface RunSettingsFormProps {
  readonly model: OutcomeModel;
  readonly settings: ResolvedSettings;
  readonly onChange: (changes: Partial<RunSettings>) => void;
}

/** How many trials, from which seed, against which baseline, and which proposal and scenario to look at closely. */
export function RunSettingsForm({ model, settings, onChange }: RunSettingsFormProps) {
  const styles = useFormStyles();
  const convention = useNumberConvention();
  const proposals = modelProposals(model).map((p) => ({
    value: p.id,
    label: p.name.trim() || '(unnamed)',
  }));
  const scenarios = (model.scenarios ?? []).map((s) => ({
    value: s.id,
    label: s.name.trim() || '(unnamed)',
  }));
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>Run</legend>
      <ParsedField
        label="Trials"
        value={settings.trials}
        format={trialsText}
        inputMode="numeric"
        hint={`Per scenario, up to ${groupedNumberText(MAX_TRIALS, convention)}${settings.precise ? '; the most a precise run takes' : ''}`}
        onCommit={(trials) => onChange({ trials })}
      />
      <PrecisionSettings settings={settings} onChange={onChange} />
      <ParsedField
        label="Seed"
        value={settings.seed}
        format={seedText}
        inputMode="numeric"
        hint="The same seed and model give the same results"
        onCommit={(seed) => onChange({ seed })}
      />
      <ChoiceField
        label="Compare against"
        value={settings.baselineId}
        choices={proposals}
        onChange={(baselineId) => onChange({ baselineId })}
      />
      <ChoiceField
        label="Focus proposal"
        value={settings.focusProposalId}
        choices={proposals}
        onChange={(focusProposalId) => onChange({ focusProposalId })}
      />
      {settings.focusScenarioId !== null && (
        <ChoiceField
          label="Focus scenario"
          value={settings.focusScenarioId}
          choices={scenarios}
          onChange={(focusScenarioId) => onChange({ focusScenarioId })}
        />
      )}
    </fieldset>
  );
}
