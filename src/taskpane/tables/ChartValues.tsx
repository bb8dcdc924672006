import { makeStyles, tokens } from '@fluentui/react-components';
import { ResponsiveTable, type TableColumn, type TableRow } from './ResponsiveTable';

const useStyles = makeStyles({
  details: { marginTop: tokens.spacingVerticalXS },
  summary: {
    cursor: 'pointer',
    color: tokens.colorBrandForegroundLink,
    fontSize: tokens.fontSizeBase200,
    paddingBottom: tokens.spacingVerticalXS,
  },
});

export interface ChartValuesProps {
  /** What the chart shows, e.g. "Payout curve for Availability": the table's caption. */
  readonly chart: string;
  readonly rowHeader: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
}

/**
 * A chart's numbers as a table, on demand under the chart: for reading exact values, for screen
 * readers, and for copying into a note during a negotiation.
 */
export function ChartValues({ chart, rowHeader, columns, rows }: ChartValuesProps) {
  const styles = useStyles();
  return (
    <details className={styles.details}>
      <summary className={styles.summary}>Show the values</summary>
      <ResponsiveTable
        caption={`Values: ${chart}`}
        rowHeader={rowHeader}
        columns={columns}
        rows={rows}
        stackBelow="narrow"
      />
    </details>
  );
}
