import { type PerformanceAssumption } from '../../engine/simulation/performanceAssumption';
import { historyText, sameList, seriesText } from '../fields/numberListText';
import { numberText } from '../fields/fieldText';
import { ParsedField } from '../fields/ParsedField';

export interface AssumptionFieldsProps {
  /** Service-level name: every label starts with it, so each input has its own accessible name. */
  readonly name: string;
  readonly unit: string;
  readonly assumption: PerformanceAssumption;
  readonly onChange: (assumption: PerformanceAssumption) => void;
  /** What one draw covers: a month of performance, or a contract year of cost. */
  readonly per?: 'month' | 'year';
}

/** The numbers of one assumption, by kind. */
export function AssumptionFields({
  name,
  unit,
  assumption: a,
  onChange,
  per = 'month',
}: AssumptionFieldsProps) {
  /** A number of the assumption; `unitless` for the correlation, which has no unit of performance. */
  const field = (
    label: string,
    value: number,
    commit: (x: number) => PerformanceAssumption,
    hint?: string,
    unitless = false,
  ) => (
    <ParsedField
      label={`${name}: ${label}`}
      value={value}
      format={numberText}
      contentAfter={unitless ? undefined : unit}
      hint={hint}
      onCommit={(x) => onChange(commit(x))}
    />
  );
  switch (a.kind) {
    case 'constant':
      return field('level', a.level, (level) => ({ ...a, level }), `The same level every ${per}`);
    case 'normal':
      return (
        <>
          {field('mean', a.mean, (mean) => ({ ...a, mean }))}
          {field('standard deviation', a.sd, (sd) => ({ ...a, sd }))}
          {field(
            `${per}-to-${per} correlation`,
            a.rho ?? 0,
            (rho) => ({ ...a, rho }),
            `From −1 to 1 (not inclusive); 0 = independent ${per}s`,
            true,
          )}
        </>
      );
    case 'triangular':
      return (
        <>
          {field('minimum', a.min, (min) => ({ ...a, min }))}
          {field('most likely', a.mode, (mode) => ({ ...a, mode }))}
          {field('maximum', a.max, (max) => ({ ...a, max }))}
        </>
      );
    case 'series':
      return (
        <ParsedField
          label={`${name}: ${per}ly values`}
          value={a.values}
          format={seriesText}
          equals={sameList}
          inputMode="text"
          hint={`${per === 'month' ? 'Month by month' : 'Year by year'} from the start, separated by commas; – for a ${per} not measured; a shorter series repeats`}
          onCommit={(values) => onChange({ ...a, values })}
        />
      );
    case 'resample':
      return (
        <ParsedField
          label={`${name}: history`}
          value={a.history}
          format={historyText}
          equals={sameList}
          inputMode="text"
          hint={`Measured ${per}s; each simulated ${per} draws one of them at random`}
          onCommit={(history) => onChange({ ...a, history })}
        />
      );
  }
}
