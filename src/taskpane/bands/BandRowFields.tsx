import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { type BandRow } from '../../engine/rules/bands';
import { numberText, percentText, type TextFormat } from '../fields/fieldText';
import { ParsedField } from '../fields/ParsedField';
import { type BandRowIssue } from './bandRowIssues';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
  },
});

export interface BandRowFieldsProps {
  readonly index: number;
  readonly row: BandRow;
  readonly boundUnit: string;
  readonly issue: BandRowIssue | undefined;
  readonly onChange: (changes: Partial<BandRow>) => void;
  readonly onRemove: () => void;
  /** What a row is called in its labels ("band", "share band"): unique where two tables share a form. */
  readonly noun?: string;
  /**
   * How the rate is typed and labelled: a percentage by default; a volume tier's price is money
   * ("Price per unit", in the currency). The bound's label likewise ("Units from").
   */
  readonly rate?: {
    readonly label: string;
    readonly format: TextFormat<number>;
    readonly unit: string;
  };
  readonly boundLabel?: string;
}

const PERCENT_RATE = { label: 'Rate of', format: percentText, unit: '%' };

/**
 * One row of a band table: its lower bound and its rate (a band's: negative = credit, positive =
 * incentive; a share band's; a volume tier's price per unit).
 */
export function BandRowFields({
  index,
  row,
  boundUnit,
  issue,
  onChange,
  onRemove,
  noun = 'band',
  rate = PERCENT_RATE,
  boundLabel = 'Lower bound of',
}: BandRowFieldsProps) {
  const styles = useStyles();
  const band = `${noun} ${index + 1}`;
  return (
    <div
      className={styles.row}
      role="group"
      aria-label={`${band.charAt(0).toUpperCase()}${band.slice(1)}`}
    >
      <ParsedField
        label={`${boundLabel} ${band}`}
        hideLabel
        value={row.bound}
        format={numberText}
        contentAfter={boundUnit}
        issue={issue?.bound}
        onCommit={(bound) => onChange({ bound })}
      />
      <ParsedField
        label={`${rate.label} ${band}`}
        hideLabel
        value={row.rate}
        format={rate.format}
        contentAfter={rate.unit}
        issue={issue?.rate}
        onCommit={(rate) => onChange({ rate })}
      />
      <Button
        appearance="subtle"
        icon={<DeleteRegular />}
        aria-label={`Remove ${band}`}
        title={`Remove ${band}`}
        onClick={onRemove}
      />
    </div>
  );
}
