import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { writeNumberText } from '../../engine/rules/numberText';
import { useNumberConvention } from '../fields/numberConvention';
import { type ServiceLevel } from '../../engine/terms/contract';
import {
  type PerformanceAssumption,
  validateAssumption,
} from '../../engine/simulation/performanceAssumption';
import { type Choice, ChoiceField } from '../fields/ChoiceField';
import { useFormStyles } from '../fields/useFormStyles';
import { displayName } from '../serviceLevels/displayName';
import { type AssumptionKind, defaultAssumption } from './assumptionDefaults';
import { AssumptionFields } from './AssumptionFields';

const KINDS: readonly Choice<AssumptionKind | 'none'>[] = [
  { value: 'constant', label: 'Constant level' },
  { value: 'series', label: 'Fixed monthly series' },
  { value: 'normal', label: 'Normal (mean, spread, correlation)' },
  { value: 'triangular', label: 'Triangular (minimum, most likely, maximum)' },
  { value: 'resample', label: 'Resample a measured history' },
  { value: 'none', label: 'Not measured in this scenario' },
];

const useStyles = makeStyles({
  problem: { color: tokens.colorPaletteRedForeground1 },
});

export interface AssumptionEditorProps {
  readonly serviceLevel: ServiceLevel;
  readonly assumption: PerformanceAssumption | undefined;
  readonly onChange: (assumption: PerformanceAssumption | null) => void;
}

/** What a scenario assumes about one service level, with the engine's verdict on it. */
export function AssumptionEditor({
  serviceLevel: sl,
  assumption,
  onChange,
}: AssumptionEditorProps) {
  const form = useFormStyles();
  const styles = useStyles();
  const convention = useNumberConvention();
  const name = displayName(sl);
  const checked = assumption ? validateAssumption(assumption, sl) : null;
  const problem =
    checked && !checked.ok
      ? checked.error.message
      : !assumption && sl.critical
        ? `${name} is critical: give it an assumption, or the scenario cannot be simulated.`
        : null;
  return (
    <fieldset className={form.group}>
      <legend className={form.legend}>
        {name}
        {sl.unit
          ? ` (${sl.unit}, ${sl.direction === 'higher' ? 'higher' : 'lower'} is better, expected ${writeNumberText(sl.expected, convention)})`
          : ''}
      </legend>
      <ChoiceField
        label={`${name}: assumption`}
        value={assumption?.kind ?? 'none'}
        choices={KINDS}
        onChange={(kind) =>
          onChange(kind === 'none' ? null : defaultAssumption(kind, sl, assumption))
        }
      />
      {assumption && (
        <AssumptionFields name={name} unit={sl.unit} assumption={assumption} onChange={onChange} />
      )}
      {problem && <Caption1 className={styles.problem}>{problem}</Caption1>}
    </fieldset>
  );
}
