import { makeStyles, Subtitle2 } from '@fluentui/react-components';
import { type ChartSpec } from '../workbook/workbookHost';
import { ChartPreview } from './ChartPreview';
import { type CellLookup, chartData } from './chartData';

const useStyles = makeStyles({
  charts: { display: 'flex', flexWrap: 'wrap', gap: '12px' },
});

export interface SheetChartsProps {
  readonly sheet: string;
  readonly charts: readonly ChartSpec[];
  readonly cell: CellLookup;
}

/** The native charts of the sheet on view, previewed from their source ranges. */
export function SheetCharts({ sheet, charts, cell }: SheetChartsProps) {
  const styles = useStyles();
  const here = charts.filter((c) => c.sheet.toLowerCase() === sheet.toLowerCase());
  if (here.length === 0) return null;
  return (
    <section aria-label={`Charts on ${sheet}`}>
      <Subtitle2 as="h2">Charts on {sheet}</Subtitle2>
      <div className={styles.charts}>
        {here.map((spec) => (
          <ChartPreview key={spec.name} spec={spec} data={chartData(spec, cell)} />
        ))}
      </div>
    </section>
  );
}
