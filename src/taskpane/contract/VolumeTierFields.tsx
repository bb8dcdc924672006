import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { type BandRow } from '../../engine/rules/bands';
import { numberText } from '../fields/fieldText';
import { ParsedField } from '../fields/ParsedField';
import { type TierIssue } from './volumeTermEdits';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
  },
});

export interface VolumeTierFieldsProps {
  /** The tier's name in labels: "outcome 1 tier 2", unique across the form. */
  readonly tier: string;
  readonly row: BandRow;
  readonly unit: string;
  readonly currency: string;
  readonly issue: TierIssue | undefined;
  readonly onChange: (changes: Partial<BandRow>) => void;
  readonly onRemove: () => void;
}

/**
 * One volume tier: the month's units it starts from and its price per unit. Like a band row
 * (BandRowFields), but the rate is money, not a percentage.
 */
export function VolumeTierFields({
  tier,
  row,
  unit,
  currency,
  issue,
  onChange,
  onRemove,
}: VolumeTierFieldsProps) {
  const styles = useStyles();
  return (
    <div
      className={styles.row}
      role="group"
      aria-label={`${tier.charAt(0).toUpperCase()}${tier.slice(1)}`}
    >
      <ParsedField
        label={`Units from, ${tier}`}
        hideLabel
        value={row.bound}
        format={numberText}
        contentAfter={unit}
        issue={issue?.bound}
        onCommit={(bound) => onChange({ bound })}
      />
      <ParsedField
        label={`Price per unit, ${tier}`}
        hideLabel
        value={row.rate}
        format={numberText}
        contentAfter={currency}
        issue={issue?.rate}
        onCommit={(rate) => onChange({ rate })}
      />
      <Button
        appearance="subtle"
        icon={<DeleteRegular />}
        aria-label={`Remove ${tier}`}
        title={`Remove ${tier}`}
        onClick={onRemove}
      />
    </div>
  );
}
