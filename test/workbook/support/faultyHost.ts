import { MemoryWorkbookHost } from '../../../src/workbook/memoryWorkbookHost';
import { type WorkbookHost } from '../../../src/workbook/workbookHost';

/**
 * Test support: an in-memory workbook whose k-th change fails, as Excel fails a request part-way
 * (a lost connection, a co-author's lock, a limit). "before": the change is refused; "after": the
 * change lands but its sync reports an error. One fault per host; the undo that follows succeeds
 * unless a second fault is asked for.
 */

const CHANGES = new Set<string>([
  'ensureSheet',
  'clearSheet',
  'deleteSheet',
  'writeRange',
  'writeTable',
  'appendTableRows',
  'renameTable',
  'deleteTable',
  'defineName',
  'deleteName',
  'writeChart',
  'renameChart',
  'deleteChart',
  'writeStoredDocument',
  'deleteStoredDocument',
  'setPrintLayout',
  'activateSheet',
]);

export type FaultMode = 'before' | 'after';

export interface FaultyHost {
  readonly host: WorkbookHost;
  /** Changes asked of the workbook so far (undo steps included). */
  changes(): number;
}

export function faultyHost(
  inner: MemoryWorkbookHost,
  failAt: readonly number[],
  mode: FaultMode = 'before',
): FaultyHost {
  let count = 0;
  const host = new Proxy(inner, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => Promise<unknown>;
      if (typeof prop !== 'string' || !CHANGES.has(prop)) return method.bind(target);
      return async (...args: unknown[]) => {
        count += 1;
        if (!failAt.includes(count)) return method.apply(target, args);
        if (mode === 'after') await method.apply(target, args);
        throw new Error(`Excel could not complete the request (fault at change ${count}).`);
      };
    },
  });
  return { host, changes: () => count };
}

/** Everything the workbook holds, in an order that does not depend on the order of the writes. */
export function workbookContent(host: MemoryWorkbookHost) {
  const state = host.toState();
  const byName = <T extends { name: string }>(items: T[]) =>
    [...items].sort((a, b) => a.name.localeCompare(b.name));
  return {
    ...state,
    sheets: state.sheets.map((s) => ({
      ...s,
      cells: [...s.cells].sort((a, b) => a.row - b.row || a.col - b.col),
    })),
    tables: byName(state.tables),
    names: byName(state.names),
    charts: [...state.charts].sort((a, b) =>
      `${a.sheet}!${a.name}`.localeCompare(`${b.sheet}!${b.name}`),
    ),
    documents: Object.fromEntries(
      Object.entries(state.documents).sort(([a], [b]) => a.localeCompare(b)),
    ),
  };
}

export const copyOf = (host: MemoryWorkbookHost) => MemoryWorkbookHost.fromState(host.toState());
