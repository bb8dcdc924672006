import {
  MemoryWorkbookHost,
  type MemoryWorkbookOptions,
  type MemoryWorkbookState,
} from '../workbook/memoryWorkbookHost';

/**
 * The workbench's workbook lives in this browser's localStorage, so a reload finds it again the
 * way reopening a file would. Nothing is sent anywhere.
 */
export const WORKBENCH_STORAGE_KEY = 'outcome-modeler.workbench.v1';

export function loadWorkbenchHost(
  storage: Storage,
  options: MemoryWorkbookOptions,
): MemoryWorkbookHost {
  const saved = storage.getItem(WORKBENCH_STORAGE_KEY);
  if (saved) {
    try {
      return MemoryWorkbookHost.fromState(JSON.parse(saved) as MemoryWorkbookState, options);
    } catch {
      // A damaged save is kept aside, not lost, and the workbench starts with a new workbook.
      storage.setItem(`${WORKBENCH_STORAGE_KEY}.damaged`, saved);
    }
  }
  return new MemoryWorkbookHost(options);
}

export function persistWorkbenchHost(storage: Storage, host: MemoryWorkbookHost): void {
  storage.setItem(WORKBENCH_STORAGE_KEY, JSON.stringify(host.toState()));
}

export function resetWorkbench(storage: Storage): void {
  storage.removeItem(WORKBENCH_STORAGE_KEY);
}
