import { useEffect, useState, useSyncExternalStore } from 'react';
import {
  Body1,
  Caption1,
  makeStyles,
  Tab,
  TabList,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { App } from '../taskpane/App';
import { type MemoryWorkbookHost } from '../workbook/memoryWorkbookHost';
import { type WorkbookOperations } from '../workbook/workbookOperations';
import { type SimulationRunner } from '../runs/simulationRunner';
import { cellAddress } from '../workbook/cellAddress';
import { type FormulaEvaluator } from './formulaEvaluator';
import { cellKey, layoutSheet } from './sheetLayout';
import { SheetGrid } from './SheetGrid';
import { NamesList } from './NamesList';
import { SheetCharts } from './SheetCharts';
import { ResetWorkbookButton } from './ResetWorkbookButton';
import { resetWorkbench } from './workbenchStorage';
import { MAX_PANE_WIDTH, MIN_PANE_WIDTH } from './paneWidth';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    gap: '16px',
    padding: '12px',
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  // Like Excel's pane: its width is the page's width, and only up and down may it scroll. The
  // person can drag its corner to try other widths (resize needs an overflow other than visible).
  pane: {
    flexShrink: 0,
    boxSizing: 'content-box',
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    overflowY: 'auto',
    overflowX: 'auto',
    resize: 'horizontal',
    minWidth: `${MIN_PANE_WIDTH}px`,
    maxWidth: `${MAX_PANE_WIDTH}px`,
    height: 'calc(100vh - 24px)',
  },
  sheets: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: '8px' },
  header: { display: 'flex', alignItems: 'baseline', gap: '12px', flexWrap: 'wrap' },
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

export interface WorkbenchProps {
  readonly host: MemoryWorkbookHost;
  readonly evaluator: FormulaEvaluator;
  readonly operations: WorkbookOperations;
  readonly runner: SimulationRunner;
  readonly theme: 'light' | 'dark';
  readonly locale: string;
  /** The pane's width in pixels when the page opens. */
  readonly paneWidth: number;
}

/** The pane beside a read-only view of the in-memory workbook it writes to. */
export function Workbench({
  host,
  evaluator,
  operations,
  runner,
  theme,
  locale,
  paneWidth,
}: WorkbenchProps) {
  const styles = useStyles();
  // Re-render on every workbook change; the evaluator caches values until the workbook changes.
  const version = useWorkbookVersion(host);
  const sheets = host.sheetNames();
  const [sheet, setSheet] = useState(host.activeSheet());
  const [selected, setSelected] = useState<{ row: number; col: number } | null>(null);
  useEffect(() => setSheet(host.activeSheet()), [host, version]);
  const current = sheets.includes(sheet) ? sheet : sheets[0];
  const layout = layoutSheet(host.sheetCells(current), (row, col) =>
    evaluator.cellAt(current, row, col),
  );
  const selectedCell = selected ? layout.cells.get(cellKey(selected.row, selected.col)) : undefined;
  const reset = () => {
    resetWorkbench(window.localStorage);
    window.location.reload();
  };
  return (
    <div className={styles.root}>
      <aside
        className={styles.pane}
        style={{ width: `${paneWidth}px` }}
        aria-label="Outcome Modeler task pane"
        data-pane-width={paneWidth}
      >
        <App operations={operations} runner={runner} theme={theme} locale={locale} />
      </aside>
      <section className={styles.sheets} aria-label="Workbook">
        <div className={styles.header}>
          <Title3 as="h1">Workbench</Title3>
          <Body1>
            An in-memory workbook in this browser: nothing leaves it. In Excel the pane writes to
            your workbook instead.
          </Body1>
          <ResetWorkbookButton onReset={reset} />
        </div>
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
      </section>
    </div>
  );
}

/** A counter that moves whenever the in-memory workbook changes. */
function useWorkbookVersion(host: MemoryWorkbookHost): number {
  const [store] = useState(() => {
    let version = 0;
    return {
      subscribe: (notify: () => void) =>
        host.onChange(() => {
          version++;
          notify();
        }),
      snapshot: () => version,
    };
  });
  return useSyncExternalStore(store.subscribe, store.snapshot);
}
