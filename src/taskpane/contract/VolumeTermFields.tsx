import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { type BandRow } from '../../engine/rules/bands';
import { type VolumeMethod } from '../../engine/rules/volumePricing';
import { type VolumePricingTerm } from '../../engine/terms/contract';
import { addBandRow, removeBandRow, sortBandRows, updateBandRow } from '../editor/bandRowEdits';
import { type IssueLookup } from '../editor/issueLookup';
import { type Choice, ChoiceField } from '../fields/ChoiceField';
import { numberText } from '../fields/fieldText';
import { TextField } from '../fields/TextField';
import { useFormStyles } from '../fields/useFormStyles';
import { tierIssues } from './volumeTermEdits';
import { BandRowFields } from '../bands/BandRowFields';

const METHODS: readonly Choice<VolumeMethod>[] = [
  { value: 'graduated', label: 'Graduated: each unit at its own tier’s price' },
  { value: 'allunits', label: 'All units: every unit at the tier the month reaches' },
];

const useStyles = makeStyles({
  header: {
    display: 'grid',
    // The rows' columns, with room for their 32 px remove button.
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr) 32px',
    columnGap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface VolumeTermFieldsProps {
  readonly term: VolumePricingTerm;
  /** Its place in the list, from 0: labels say "Outcome 1" so two terms' fields never share a name. */
  readonly index: number;
  readonly currency: string;
  readonly issues: IssueLookup;
  readonly onChange: (changes: Partial<Omit<VolumePricingTerm, 'id'>>) => void;
  readonly onRemove: () => void;
}

/** One volume-priced outcome: what is counted, in what unit, and its price tiers by monthly units. */
export function VolumeTermFields({
  term,
  index,
  currency,
  issues,
  onChange,
  onRemove,
}: VolumeTermFieldsProps) {
  const form = useFormStyles();
  const styles = useStyles();
  const outcome = `Outcome ${index + 1}`;
  const field = (name: string) => issues.contractField(`volumePricing.${term.id}.${name}`);
  const setTiers = (tiers: readonly BandRow[]) => onChange({ tiers });
  const rowIssues = tierIssues(term.tiers);
  const tableIssue = field('tiers') ?? field('id');
  const unit = term.unit.trim() || 'units';
  return (
    <fieldset className={form.group} data-volume-term="">
      <legend className={form.legend}>
        {outcome}: {term.name.trim() || 'unnamed'}
      </legend>
      <TextField
        label={`${outcome} name`}
        value={term.name}
        issue={field('name')}
        onChange={(name) => onChange({ name })}
      />
      <TextField
        label={`${outcome} unit`}
        value={term.unit}
        onChange={(unitText) => onChange({ unit: unitText })}
      />
      <ChoiceField
        label={`${outcome} pricing`}
        value={term.method}
        choices={METHODS}
        onChange={(method) => onChange({ method })}
      />
      <div className={styles.header} aria-hidden="true">
        <span>Units a month from</span>
        <span>Price per unit</span>
      </div>
      {term.tiers.map((row, i) => (
        <BandRowFields
          key={i}
          index={i}
          noun={`outcome ${index + 1} tier`}
          row={row}
          boundUnit={unit}
          boundLabel="Units from,"
          rate={{ label: 'Price per unit,', format: numberText, unit: currency }}
          issue={rowIssues[i]}
          onChange={(changes) => setTiers(updateBandRow(term.tiers, i, changes))}
          onRemove={() => setTiers(removeBandRow(term.tiers, i))}
        />
      ))}
      {tableIssue && (
        <MessageBar intent="error">
          <MessageBarBody>{tableIssue}</MessageBarBody>
        </MessageBar>
      )}
      <div className={form.actions}>
        <Button onClick={() => setTiers(addBandRow(term.tiers))}>Add tier</Button>
        <Button onClick={() => setTiers(sortBandRows(term.tiers))}>Sort</Button>
        <Button onClick={onRemove}>Remove {outcome.toLowerCase()}</Button>
      </div>
    </fieldset>
  );
}
