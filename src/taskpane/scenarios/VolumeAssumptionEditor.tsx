import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { type PerformanceAssumption } from '../../engine/simulation/performanceAssumption';
import { checkVolumeAssumption, volumeLevel } from '../../engine/simulation/volumeUnits';
import { type ServiceLevel, type VolumePricingTerm } from '../../engine/terms/contract';
import { type Choice, ChoiceField } from '../fields/ChoiceField';
import { useFormStyles } from '../fields/useFormStyles';
import { type AssumptionKind, defaultAssumption } from './assumptionDefaults';
import { AssumptionFields } from './AssumptionFields';

const KINDS: readonly Choice<AssumptionKind | 'none'>[] = [
  { value: 'none', label: 'None (nothing charged)' },
  { value: 'constant', label: 'The same units every month' },
  { value: 'series', label: 'Fixed units month by month' },
  { value: 'normal', label: 'Normal (mean, spread, correlation)' },
  { value: 'triangular', label: 'Triangular (minimum, most likely, maximum)' },
  { value: 'resample', label: 'Resample measured months' },
];

/** New assumptions spread by 10% of the volume: the swing a monthly volume forecast plans for. */
const DEFAULT_SPREAD = 0.1;
/** A volume to start from when the tiers give none (a single tier from 0). */
const DEFAULT_UNITS = 100;

const useStyles = makeStyles({
  problem: { color: tokens.colorPaletteRedForeground1 },
});

export interface VolumeAssumptionEditorProps {
  readonly scenarioName: string;
  readonly term: VolumePricingTerm;
  readonly assumption: PerformanceAssumption | undefined;
  readonly onChange: (assumption: PerformanceAssumption | null) => void;
}

/** What a scenario assumes about one volume-priced outcome's units per month. */
export function VolumeAssumptionEditor(props: VolumeAssumptionEditorProps) {
  const { term, assumption, onChange } = props;
  const form = useFormStyles();
  const styles = useStyles();
  const termName = term.name.trim() || 'unnamed outcome';
  // New assumptions start at the highest tier's bound: the volume the tiers were written around.
  const topBound = Math.max(0, ...term.tiers.map((row) => row.bound).filter(Number.isFinite));
  const units = topBound > 0 ? topBound : DEFAULT_UNITS;
  // The defaults read a level's minimum as its spread; the engine checks against the level alone.
  const asLevel: ServiceLevel = {
    ...volumeLevel(termName, props.scenarioName),
    expected: units,
    id: term.id,
    minimum: units * (1 - DEFAULT_SPREAD),
    allocation: 0,
    critical: false,
    bands: { basis: 'performance', method: 'step', rows: [] },
  };
  const checked = assumption
    ? checkVolumeAssumption(assumption, termName, props.scenarioName)
    : null;
  const name = `${termName}: units a month`;
  return (
    <fieldset className={form.group}>
      <legend className={form.legend}>Units of {termName} per month</legend>
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
          unit={term.unit.trim() || 'units'}
          assumption={assumption}
          onChange={onChange}
        />
      )}
      {checked && !checked.ok && (
        <Caption1 className={styles.problem}>{checked.error.message}</Caption1>
      )}
    </fieldset>
  );
}
