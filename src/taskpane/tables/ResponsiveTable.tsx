import { type ReactNode } from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { useResponsiveTableStyles } from './responsiveTableStyles';

export interface TableColumn {
  readonly header: string;
  /** Columns of one group share a header above them, e.g. a scenario's name. */
  readonly group?: string;
  /** What a screen reader says for a terse header such as "Δ". */
  readonly ariaLabel?: string;
  /** Numbers align right and keep to one line; text wraps. Numbers unless told. */
  readonly text?: boolean;
}

export interface TableRow {
  readonly key: string;
  readonly header: ReactNode;
  /** One value per column, or one message across them all (e.g. why there are no values). */
  readonly cells: readonly ReactNode[] | { readonly message: ReactNode };
  readonly emphasis?: boolean;
}

export interface ResponsiveTableProps {
  readonly caption: ReactNode;
  /** The header of the column of row names. */
  readonly rowHeader: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  /** Below this width of the room it has, each row stacks into "label … value" lines. */
  readonly stackBelow: 'narrow' | 'wide';
}

/**
 * A table for a pane whose width Excel decides. With room, it is a plain grid; in a narrow pane
 * each row becomes a block of labelled values, so nothing scrolls sideways. The explicit roles
 * keep it a table for screen readers when CSS stacks it.
 */
export function ResponsiveTable({
  caption,
  rowHeader,
  columns,
  rows,
  stackBelow,
}: ResponsiveTableProps) {
  const styles = useResponsiveTableStyles();
  const stack = stackBelow === 'narrow' ? styles.stackNarrow : styles.stackWide;
  const grouped = columns.some((c) => c.group !== undefined);
  const labelOf = (c: TableColumn) =>
    c.group ? `${c.group} · ${c.ariaLabel ?? c.header}` : c.header;
  const columnClass = (c: TableColumn) =>
    mergeClasses(styles.cell, c.text ? undefined : styles.number);
  return (
    <div className={styles.room}>
      <table role="table" className={mergeClasses(styles.table, stack)}>
        <caption className={styles.caption}>{caption}</caption>
        <thead role="rowgroup">
          {grouped && (
            <tr role="row">
              <th role="columnheader" scope="col" rowSpan={2} className={styles.cell}>
                {rowHeader}
              </th>
              {groupsOf(columns).map((g) => (
                <th
                  key={g.start}
                  role="columnheader"
                  scope="colgroup"
                  colSpan={g.span}
                  className={mergeClasses(styles.cell, styles.number)}
                >
                  {g.name}
                </th>
              ))}
            </tr>
          )}
          <tr role="row">
            {!grouped && (
              <th role="columnheader" scope="col" className={styles.cell}>
                {rowHeader}
              </th>
            )}
            {columns.map((c, i) => (
              <th
                key={i}
                role="columnheader"
                scope="col"
                className={columnClass(c)}
                aria-label={c.ariaLabel}
              >
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr key={row.key} role="row" className={row.emphasis ? styles.emphasis : undefined}>
              <th
                role="rowheader"
                scope="row"
                className={mergeClasses(styles.cell, styles.rowName)}
              >
                {row.header}
              </th>
              {'message' in row.cells ? (
                <td
                  role="cell"
                  colSpan={columns.length}
                  className={mergeClasses(styles.cell, styles.message)}
                >
                  {row.cells.message}
                </td>
              ) : (
                row.cells.map((value, i) => (
                  <td
                    key={i}
                    role="cell"
                    data-label={labelOf(columns[i])}
                    className={columnClass(columns[i])}
                  >
                    {value}
                  </td>
                ))
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function groupsOf(
  columns: readonly TableColumn[],
): { name: string; start: number; span: number }[] {
  const groups: { name: string; start: number; span: number }[] = [];
  columns.forEach((c, i) => {
    const last = groups[groups.length - 1];
    if (last && last.name === (c.group ?? '')) last.span++;
    else groups.push({ name: c.group ?? '', start: i, span: 1 });
  });
  return groups;
}
