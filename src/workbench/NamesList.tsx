import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { type ChartSpec } from '../workbook/workbookHost';
import { type NamedRange } from '../workbook/memoryWorkbookHost';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: '16px', fontSize: tokens.fontSizeBase200, columnWidth: '260px' },
});

/** The workbook's tables, names and charts: what formulas such as Bands_Availability refer to. */
export function NamesList({
  names,
  charts,
}: {
  names: readonly NamedRange[];
  charts: readonly ChartSpec[];
}) {
  const styles = useStyles();
  if (names.length === 0 && charts.length === 0)
    return <Caption1>No tables or names yet.</Caption1>;
  return (
    <section aria-label="Names and tables">
      <Subtitle2 as="h2">Names and tables</Subtitle2>
      <ul className={styles.list}>
        {names.map((n) => (
          <li key={n.name}>
            <code>{n.name}</code> → {n.sheet}!{n.address}
          </li>
        ))}
      </ul>
      {charts.length > 0 ? (
        <>
          <Subtitle2 as="h2">Charts</Subtitle2>
          <ul className={styles.list}>
            {charts.map((c) => (
              <li key={`${c.sheet}-${c.name}`}>
                {c.title} ({c.kind}, {c.sheet}!{c.sourceAddress})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
