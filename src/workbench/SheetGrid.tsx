import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { cellAddress, columnLetters } from '../workbook/cellAddress';
import { countText } from '../engine/terms/limits';
import { cellKey, type SheetLayout } from './sheetLayout';
import { type GridLine, gridWindow } from './gridWindow';

const useStyles = makeStyles({
  scroller: {
    overflow: 'auto',
    maxHeight: '70vh',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  table: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: 'tabular-nums',
  },
  header: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    padding: '2px 6px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    position: 'sticky',
    top: 0,
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: '2px 6px',
    minWidth: '64px',
    maxWidth: '220px',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    cursor: 'default',
  },
  numeric: { textAlign: 'right' },
  formula: { backgroundColor: tokens.colorPaletteBlueBackground2 },
  spilled: { backgroundColor: tokens.colorNeutralBackground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  // A folded run of empty rows or columns: quieter than the cells around it.
  gap: {
    color: tokens.colorNeutralForeground3,
    fontStyle: 'italic',
    minWidth: '16px',
    textAlign: 'center',
  },
  note: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    padding: '2px 0 4px',
  },
});

export interface SheetGridProps {
  readonly sheet: string;
  readonly layout: SheetLayout;
  readonly selected: { row: number; col: number } | null;
  readonly onSelect: (row: number, col: number) => void;
}

const rowsText = (from: number, to: number) =>
  from === to
    ? `Row ${countText(from)} is empty`
    : `Rows ${countText(from)}–${countText(to)} are empty`;
const colsText = (from: number, to: number) =>
  from === to ? columnLetters(from) : `${columnLetters(from)}–${columnLetters(to)}`;

/**
 * Read-only grid of a sheet: shown values, formulas highlighted, errors in red with their message.
 * It draws the rows and columns that hold something, folds long empty runs into one line, stops
 * at a cap, and names what lies beyond (see gridWindow.ts).
 */
export function SheetGrid({ sheet, layout, selected, onSelect }: SheetGridProps) {
  const styles = useStyles();
  const { rows, cols, note } = gridWindow(layout);
  const lineKey = (line: GridLine) => (line.kind === 'line' ? line.index : `gap${line.from}`);
  return (
    <div>
      {note ? (
        <div className={styles.note} role="note" aria-label={`Sheet ${sheet} not shown whole`}>
          {note}
        </div>
      ) : null}
      <div className={styles.scroller}>
        <table className={styles.table} aria-label={`Sheet ${sheet}`}>
          <thead>
            <tr>
              <th className={styles.header} />
              {cols.map((col) => (
                <th
                  key={lineKey(col)}
                  className={mergeClasses(styles.header, col.kind === 'gap' && styles.gap)}
                  scope="col"
                  title={
                    col.kind === 'gap'
                      ? `Columns ${colsText(col.from, col.to)} are empty`
                      : undefined
                  }
                >
                  {col.kind === 'line' ? columnLetters(col.index) : '⋯'}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) =>
              row.kind === 'gap' ? (
                <tr key={lineKey(row)}>
                  <th className={mergeClasses(styles.header, styles.gap)} scope="row">
                    ⋮
                  </th>
                  <td className={mergeClasses(styles.cell, styles.gap)} colSpan={cols.length}>
                    {rowsText(row.from, row.to)}
                  </td>
                </tr>
              ) : (
                <tr key={lineKey(row)}>
                  <th className={styles.header} scope="row">
                    {row.index}
                  </th>
                  {cols.map((col) => {
                    if (col.kind === 'gap')
                      return (
                        <td key={lineKey(col)} className={mergeClasses(styles.cell, styles.gap)} />
                      );
                    const [r, c] = [row.index, col.index];
                    const cell = layout.cells.get(cellKey(r, c));
                    const isSelected = selected?.row === r && selected?.col === c;
                    return (
                      <td
                        key={c}
                        data-address={cellAddress(r, c)}
                        title={cell?.error ?? cell?.formula ?? undefined}
                        onClick={() => onSelect(r, c)}
                        className={mergeClasses(
                          styles.cell,
                          cell?.numeric && styles.numeric,
                          cell?.formula ? styles.formula : undefined,
                          cell?.spilled && styles.spilled,
                          cell?.error ? styles.error : undefined,
                          isSelected && styles.selected,
                        )}
                      >
                        {cell?.text ?? ''}
                      </td>
                    );
                  })}
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
