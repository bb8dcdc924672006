import { useState, useSyncExternalStore } from 'react';
import { Body1, makeStyles, Title3, tokens } from '@fluentui/react-components';
import { App } from '../taskpane/App';
import { type MemoryWorkbookHost } from '../workbook/memoryWorkbookHost';
import { type WorkbookOperations } from '../workbook/workbookOperations';
import { type SimulationRunner } from '../runs/simulationRunner';
import { type FormulaEvaluator } from './formulaEvaluator';
import { ResetWorkbookButton } from './ResetWorkbookButton';
import { MAX_PANE_WIDTH, MIN_PANE_WIDTH } from './paneWidth';
import { type SaveStatus } from './saveStatus';
import { StorageNotices } from './StorageNotices';
import { WorkbookView } from './WorkbookView';
import { WorkbookViewBoundary } from './WorkbookViewBoundary';

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
  /** Why the saved workbook was not opened when the page started, or null. */
  readonly openProblem: string | null;
  readonly saveStatus: SaveStatus;
  /** Deletes the saved workbook and starts over; called after the person confirms. */
  readonly onReset: () => void;
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
  openProblem,
  saveStatus,
  onReset,
}: WorkbenchProps) {
  const styles = useStyles();
  // Re-render on every workbook change; the evaluator caches values until the workbook changes.
  const version = useWorkbookVersion(host);
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
          <ResetWorkbookButton onReset={onReset} />
        </div>
        <StorageNotices openProblem={openProblem} saveStatus={saveStatus} />
        <WorkbookViewBoundary version={version}>
          <WorkbookView host={host} evaluator={evaluator} version={version} />
        </WorkbookViewBoundary>
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
