import { type EarnbackMode, type RatchetTerms } from '../../engine/terms/contract';
import { type Choice, ChoiceField } from '../fields/ChoiceField';
import { numberText, optional, percentText } from '../fields/fieldText';
import { ParsedField } from '../fields/ParsedField';
import { useFormStyles } from '../fields/useFormStyles';
import { type ContractTabProps } from './ContractTab';

const EARNBACK_MODES: readonly Choice<EarnbackMode>[] = [
  { value: 'none', label: 'No earnback' },
  { value: 'all', label: 'All or nothing over the window' },
  { value: 'prorata', label: 'Pro rata to months met in the window' },
  { value: 'annualAverage', label: 'Annual average attainment' },
];

const RATCHET_METHODS: readonly Choice<RatchetTerms['method']>[] = [
  { value: 'none', label: 'No ratchet' },
  { value: 'midpoint', label: 'Midpoint of level and average, when all months met' },
  { value: 'average', label: 'Average of the year' },
];

const optionalPercent = optional(percentText);

/** Earnback and continuous improvement: the rules that move money and levels over time. */
export function ContractRuleTerms({ contract, issues, onChange }: ContractTabProps) {
  const styles = useFormStyles();
  const { earnback, ratchet } = contract;
  const windowed = earnback.mode === 'all' || earnback.mode === 'prorata';
  return (
    <>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>Earnback</legend>
        <ChoiceField
          label="Earnback mode"
          value={earnback.mode}
          choices={EARNBACK_MODES}
          onChange={(mode) => onChange({ earnback: { ...earnback, mode } })}
        />
        {windowed && (
          <ParsedField
            label="Earnback window (months)"
            value={earnback.window}
            format={numberText}
            inputMode="numeric"
            issue={issues.contractField('earnbackWindow')}
            onCommit={(window) => onChange({ earnback: { ...earnback, window } })}
          />
        )}
      </fieldset>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>Continuous improvement</legend>
        <ChoiceField
          label="Ratchet method"
          value={ratchet.method}
          choices={RATCHET_METHODS}
          onChange={(method) => onChange({ ratchet: { ...ratchet, method } })}
        />
        {ratchet.method !== 'none' && (
          <ParsedField
            label="Largest move, share of gap to perfect"
            value={ratchet.maxGapShare}
            format={optionalPercent}
            contentAfter="%"
            hint="Empty for no cap"
            issue={issues.contractField('ratchetMaxGapShare')}
            onCommit={(maxGapShare) => onChange({ ratchet: { ...ratchet, maxGapShare } })}
          />
        )}
      </fieldset>
    </>
  );
}
