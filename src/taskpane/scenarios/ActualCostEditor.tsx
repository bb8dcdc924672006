import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { type ServiceLevel } from '../../engine/terms/contract';
import {
  type PerformanceAssumption,
  validateAssumption,
} from '../../engine/simulation/performanceAssumption';
import { actualCostLevel } from '../../engine/simulation/scenario';
import { type Choice, ChoiceField } from '../fields/ChoiceField';
import { useFormStyles } from '../fields/useFormStyles';
import { type AssumptionKind, defaultAssumption } from './assumptionDefaults';
import { AssumptionFields } from './AssumptionFields';

const KINDS: readonly Choice<AssumptionKind | 'none'>[] = [
  { value: 'none', label: 'On target every year' },
  { value: 'constant', label: 'The same cost every year' },
  { value: 'series', label: 'Fixed cost year by year' },
  { value: 'normal', label: 'Normal (mean, spread, correlation)' },
  { value: 'triangular', label: 'Triangular (minimum, most likely, maximum)' },
];

/** New assumptions spread by 10% of the target: a cost overrun or saving deals plan for. */
const DEFAULT_SPREAD = 0.1;

const useStyles = makeStyles({
  problem: { color: tokens.colorPaletteRedForeground1 },
});

export interface ActualCostEditorProps {
  readonly scenarioName: string;
  readonly assumption: PerformanceAssumption | undefined;
  /** The gain-share target the cost is compared with (the first contract that has one). */
  readonly targetCostAnnual: number;
  readonly currency: string;
  readonly onChange: (assumption: PerformanceAssumption | null) => void;
}

/** What a scenario assumes the provider's cost is per contract year, for the gain/pain share. */
export function ActualCostEditor(props: ActualCostEditorProps) {
  const { assumption, onChange } = props;
  const form = useFormStyles();
  const styles = useStyles();
  const level = actualCostLevel(props.targetCostAnnual, props.scenarioName);
  // The defaults read a level's minimum as its spread; the engine checks against `level` alone.
  const asLevel: ServiceLevel = {
    ...level,
    id: 'actual-cost',
    minimum: props.targetCostAnnual * (1 + DEFAULT_SPREAD),
    allocation: 0,
    critical: false,
    bands: { basis: 'performance', method: 'step', rows: [] },
  };
  const checked = assumption ? validateAssumption(assumption, level) : null;
  const name = 'Actual cost per year';
  return (
    <fieldset className={form.group}>
      <legend className={form.legend}>Provider’s actual cost per contract year</legend>
      <ChoiceField
        label={`${name}: assumption`}
        value={assumption?.kind ?? 'none'}
        choices={KINDS}
        onChange={(kind) =>
          onChange(kind === 'none' ? null : defaultAssumption(kind, asLevel, assumption))
        }
      />
      {assumption && (
        <AssumptionFields
          name={name}
          unit={props.currency}
          assumption={assumption}
          onChange={onChange}
          per="year"
        />
      )}
      {checked && !checked.ok && (
        <Caption1 className={styles.problem}>{checked.error.message}</Caption1>
      )}
    </fieldset>
  );
}
