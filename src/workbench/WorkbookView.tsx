import { useEffect, useState } from 'react';
import { Caption1, makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { type MemoryWorkbookHost } from '../workbook/memoryWorkbookHost';
import { cellAddress } from '../workbook/cellAddress';
import { type FormulaEvaluator } from './formulaEvaluator';
import { cellKey, layoutSheet } from './sheetLayout';
import { SheetGrid } from './SheetGrid';
import { NamesList } from './NamesList';
import { SheetCharts } from './SheetCharts';

const useStyles = makeStyles({
  formulaBar: {
    display: 'flex',
    gap: '8px',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    padding: '4px 8px',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    minHeight: '20px',
  },
});

export interface WorkbookViewProps {
  readonly host: MemoryWorkbookHost;
  readonly evaluator: FormulaEvaluator;
  /** Moves whenever the workbook changes. */
  readonly version: number;
}

/** The read-only view of the in-memory workbook: sheet tabs, formula bar, grid, charts, names. */
export function WorkbookView({ host, evaluator, version }: WorkbookViewProps) {
  const styles = useStyles();
  const sheets = host.sheetNames();
  const [sheet, setSheet] = useState(host.activeSheet());
  const [selected, setSelected] = useState<{ row: number; col: number } | null>(null);
  useEffect(() => setSheet(host.activeSheet()), [host, version]);
  const current = sheets.includes(sheet) ? sheet : sheets[0];
  const layout = layoutSheet(host.sheetCells(current), (row, col) =>
    evaluator.cellAt(current, row, col),
  );
  const selectedCell = selected ? layout.cells.get(cellKey(selected.row, selected.col)) : undefined;
  return (
    <>
      <TabList
        selectedValue={current}
        onTabSelect={(_, d) => setSheet(String(d.value))}
        aria-label="Sheets"
      >
        {sheets.map((name) => (
          <Tab key={name} value={name}>
            {name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.formulaBar} aria-label="Formula bar" role="status">
        <strong>{selected ? cellAddress(selected.row, selected.col) : ''}</strong>
        <span>{selectedCell ? (selectedCell.formula ?? selectedCell.text) : ''}</span>
        {selectedCell?.error ? <Caption1>{selectedCell.error}</Caption1> : null}
      </div>
      <SheetGrid
        sheet={current}
        layout={layout}
        selected={selected}
        onSelect={(row, col) => setSelected({ row, col })}
      />
      <SheetCharts
        sheet={current}
        charts={host.charts()}
        cell={(row, col) => ({
          value: evaluator.cellAt(current, row, col),
          text: layout.cells.get(cellKey(row, col))?.text ?? '',
        })}
      />
      <NamesList names={host.names()} charts={host.charts()} />
    </>
  );
}
