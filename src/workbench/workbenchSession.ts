import { type MemoryWorkbookHost } from '../workbook/memoryWorkbookHost';
import { parseCell } from '../workbook/cellAddress';
import { displayText } from './cellDisplay';
import { type Evaluated, FormulaEvaluator } from './formulaEvaluator';
import { createSaveStatus, type SaveStatus } from './saveStatus';
import {
  loadWorkbenchHost,
  persistWorkbenchHost,
  resetWorkbench,
  WORKBENCH_STORAGE_KEY,
} from './workbenchStorage';

/**
 * The workbench's workbook for one visit of the page: opened from the browser's storage (or new,
 * with the reason, when the save cannot be opened), evaluated, saved after every change, and reset
 * on request. Nothing here throws because of what storage holds or refuses.
 */
export interface WorkbenchSession {
  readonly host: MemoryWorkbookHost;
  readonly evaluator: FormulaEvaluator;
  /** Why the saved workbook was not opened, or null. */
  readonly openProblem: string | null;
  /** Whether the last change was kept in the browser. */
  readonly saveStatus: SaveStatus;
  /** Deletes the saved workbook and starts the page again. */
  reset(): void;
}

/** Tells the session when another tab of this page saved the workbook: the key and its new text. */
export type OtherTabSaves = (listener: (key: string | null, text: string | null) => void) => void;

export function openWorkbenchSession(
  storage: Storage | null,
  restartPage: () => void,
  otherTabSaves?: OtherTabSaves,
): WorkbenchSession {
  let evaluator: FormulaEvaluator | null = null;
  const { host, problem } = loadWorkbenchHost(storage, {
    evaluate: (sheet, address) => {
      const { row, col } = parseCell(address);
      return cellValue(evaluator?.cellAt(sheet, row, col));
    },
  });
  const active = new FormulaEvaluator(host);
  evaluator = active;
  const saveStatus = createSaveStatus();
  // Once reset, nothing may save the old workbook again before the page has restarted.
  let resetting = false;
  // What another tab saved is already saved: taking it in must not write it back.
  let receiving = false;
  host.onChange(() => {
    active.invalidate();
    if (!resetting && !receiving) saveStatus.report(persistWorkbenchHost(storage, host));
  });
  // Two tabs of the workbench are two editors of one workbook, as co-authors in Excel are: what one
  // saves reaches the other (a damaged or reset save is not taken: this tab keeps its workbook).
  otherTabSaves?.((key, text) => {
    if (key !== WORKBENCH_STORAGE_KEY || text === null || resetting) return;
    receiving = true;
    try {
      host.receive(JSON.parse(text));
    } catch {
      // Not a workbook this page can read; the tab goes on with its own.
    } finally {
      receiving = false;
    }
  });
  return {
    host,
    evaluator: active,
    openProblem: problem,
    saveStatus,
    reset() {
      resetting = true;
      resetWorkbench(storage);
      restartPage();
    },
  };
}

/** What a formula cell reads back as through the workbook host: its value, or its error's text. */
function cellValue(v: Evaluated | undefined): string | number | boolean {
  if (!v || v.kind === 'blank') return '';
  if (v.kind === 'value') return v.value;
  return displayText(v);
}
