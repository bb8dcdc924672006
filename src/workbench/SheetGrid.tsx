import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { columnLetters } from '../workbook/cellAddress';
import { cellKey, type SheetLayout } from './sheetLayout';

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
});

export interface SheetGridProps {
  readonly sheet: string;
  readonly layout: SheetLayout;
  readonly selected: { row: number; col: number } | null;
  readonly onSelect: (row: number, col: number) => void;
}

/** Read-only grid of a sheet: shown values, formulas highlighted, errors in red with their message. */
export function SheetGrid({ sheet, layout, selected, onSelect }: SheetGridProps) {
  const styles = useStyles();
  const rows = Math.max(layout.rows, 10);
  const cols = Math.max(layout.cols, 6);
  return (
    <div className={styles.scroller}>
      <table className={styles.table} aria-label={`Sheet ${sheet}`}>
        <thead>
          <tr>
            <th className={styles.header} />
            {Array.from({ length: cols }, (_, c) => (
              <th key={c} className={styles.header} scope="col">
                {columnLetters(c + 1)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <th className={styles.header} scope="row">
                {r + 1}
              </th>
              {Array.from({ length: cols }, (_, c) => {
                const cell = layout.cells.get(cellKey(r + 1, c + 1));
                const address = `${columnLetters(c + 1)}${r + 1}`;
                const isSelected = selected?.row === r + 1 && selected?.col === c + 1;
                return (
                  <td
                    key={c}
                    data-address={address}
                    title={cell?.error ?? cell?.formula ?? undefined}
                    onClick={() => onSelect(r + 1, c + 1)}
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
          ))}
        </tbody>
      </table>
    </div>
  );
}
