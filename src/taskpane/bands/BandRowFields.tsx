import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { type BandRow } from '../../engine/rules/bands';
import { numberText, percentText } from '../fields/fieldText';
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
}

/** One band: its lower bound and its rate (negative = credit, positive = incentive). */
export function BandRowFields({
  index,
  row,
  boundUnit,
  issue,
  onChange,
  onRemove,
  noun = 'band',
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
        label={`Lower bound of ${band}`}
        hideLabel
        value={row.bound}
        format={numberText}
        contentAfter={boundUnit}
        issue={issue?.bound}
        onCommit={(bound) => onChange({ bound })}
      />
      <ParsedField
        label={`Rate of ${band}`}
        hideLabel
        value={row.rate}
        format={percentText}
        contentAfter="%"
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
