import { useId } from 'react';
import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { type TermDifferenceRow } from '../../workbook/termDifferencesSheet';
import { formatMoney } from '../money/paneMoneyText';
import { AT_EXPECTED, AT_MINIMUM } from './differenceText';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  values: { color: tokens.colorNeutralForeground2 },
  // Label left, money right: two narrow columns fit any pane width.
  effects: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
  },
  pair: { display: 'contents' },
  money: { margin: 0, textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
});

export interface DifferenceCardProps {
  readonly row: TermDifferenceRow;
  readonly currency: string;
  /** Names of the scenarios whose effects the row holds, in order. */
  readonly scenarioNames: readonly string[];
  /** The one-line "left → right"; absent for the whole and remainder. */
  readonly showValues: boolean;
}

/** One differing term: its values on each side and what the difference is worth under each measure. */
export function DifferenceCard({ row, currency, scenarioNames, showValues }: DifferenceCardProps) {
  const styles = useStyles();
  const titleId = useId();
  // Exact figures in cents; simulated ones are estimates, in whole units.
  const exact = (x: number) => formatMoney(x, currency, { signed: true });
  const simulated = (x: number) => formatMoney(x, currency, { signed: true, whole: true });
  const effects: [string, string][] = [];
  if (row.atExpected !== null) effects.push([AT_EXPECTED, exact(row.atExpected)]);
  if (row.atMinimum !== null) effects.push([AT_MINIMUM, exact(row.atMinimum)]);
  row.scenarios.forEach((x, s) => {
    if (x !== null) effects.push([scenarioNames[s], simulated(x)]);
  });
  return (
    <li className={styles.card} aria-labelledby={titleId}>
      <Subtitle2 id={titleId}>{row.term}</Subtitle2>
      {showValues && <Caption1 className={styles.values}>{`${row.left} → ${row.right}`}</Caption1>}
      {effects.length === 0 ? (
        <Caption1>No effect of its own: it is part of the whole difference.</Caption1>
      ) : (
        <dl className={styles.effects}>
          {effects.map(([label, money], i) => (
            <div key={i} className={styles.pair}>
              <dt>{label}</dt>
              <dd className={styles.money}>{money}</dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}
