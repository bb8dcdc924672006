import { MemoryWorkbookHost, type MemoryWorkbookOptions } from '../workbook/memoryWorkbookHost';

/**
 * The workbench's workbook lives in this browser's localStorage, so a reload finds it again the
 * way reopening a file would. Nothing is sent anywhere. Storage is a place that can fail: it may
 * be switched off, full (about 5 MB a site), or hold a save damaged by hand or by an older
 * version. None of that may stop the page from starting or from being reset, so nothing here
 * throws: each function says what went wrong in words the page shows.
 */
export const WORKBENCH_STORAGE_KEY = 'outcome-modeler.workbench.v1';
/** Where a save that could not be opened is kept, for whoever wants to look at it. */
export const DAMAGED_STORAGE_KEY = `${WORKBENCH_STORAGE_KEY}.damaged`;

export interface OpenedWorkbench {
  readonly host: MemoryWorkbookHost;
  /** Why the saved workbook was not opened (the page then starts with a new one), or null. */
  readonly problem: string | null;
}

/** The page's storage, or null when the browser refuses it (storage switched off, sandboxed frame). */
export function browserStorage(page: { readonly localStorage: Storage }): Storage | null {
  try {
    return page.localStorage;
  } catch {
    return null;
  }
}

export function loadWorkbenchHost(
  storage: Storage | null,
  options: MemoryWorkbookOptions,
): OpenedWorkbench {
  const fresh = () => new MemoryWorkbookHost(options);
  if (storage === null)
    return {
      host: fresh(),
      problem:
        'This browser does not let the workbench keep anything (its storage is switched off): the workbook lasts until the page is closed.',
    };
  let saved: string | null;
  try {
    saved = storage.getItem(WORKBENCH_STORAGE_KEY);
  } catch (e) {
    return {
      host: fresh(),
      problem: `The workbook saved in this browser could not be read (${reasonOf(e)}). The workbench started with a new workbook.`,
    };
  }
  if (saved === null) return { host: fresh(), problem: null };
  try {
    return { host: MemoryWorkbookHost.fromState(JSON.parse(saved), options), problem: null };
  } catch (e) {
    // The host's own message already says "The saved workbook is damaged: …".
    const why =
      e instanceof SyntaxError
        ? 'The saved workbook is damaged: it is not readable JSON'
        : reasonOf(e);
    const kept = {
      aside: 'The damaged save is kept aside in this browser; Reset workbook deletes it.',
      left: 'There was no room to keep the damaged save aside: your next change replaces it.',
      lost: 'There was no room to keep the damaged save: it is gone.',
    }[keepAside(storage, saved)];
    return {
      host: fresh(),
      problem: `${why.replace(/\.$/, '')}. The workbench started with a new workbook. ${kept}`,
    };
  }
}

/**
 * Keeps a damaged save under its own key: copied if there is room, else moved (which needs no
 * extra room), but only once a write has been seen to work, so a storage that takes no writes at
 * all keeps the save where it is.
 */
function keepAside(storage: Storage, saved: string): 'aside' | 'left' | 'lost' {
  const attempt = (steps: () => void) => {
    try {
      steps();
      return true;
    } catch {
      return false;
    }
  };
  const move = () => {
    storage.removeItem(WORKBENCH_STORAGE_KEY);
    storage.setItem(DAMAGED_STORAGE_KEY, saved);
  };
  if (attempt(() => storage.setItem(DAMAGED_STORAGE_KEY, saved))) {
    attempt(() => storage.removeItem(WORKBENCH_STORAGE_KEY));
    return 'aside';
  }
  if (!attempt(() => storage.setItem(DAMAGED_STORAGE_KEY, ''))) return 'left';
  if (attempt(move)) return 'aside';
  attempt(() => storage.removeItem(DAMAGED_STORAGE_KEY));
  return attempt(() => storage.setItem(WORKBENCH_STORAGE_KEY, saved)) ? 'left' : 'lost';
}

/**
 * Saves the workbook; null when saved, else why not. A failed setItem leaves the previous save as
 * it was, so a reload shows the workbook before the change that could not be kept.
 */
export function persistWorkbenchHost(
  storage: Storage | null,
  host: MemoryWorkbookHost,
): string | null {
  if (storage === null) return null; // the page said so when it opened
  try {
    storage.setItem(WORKBENCH_STORAGE_KEY, JSON.stringify(host.toState()));
    return null;
  } catch (e) {
    return `The last change could not be kept in this browser (${reasonOf(e)}). It is on the screen, but a reload would show the workbook as it was before it. Reset workbook frees the space.`;
  }
}

/** Deletes the saved workbook and any damaged save kept aside; never throws. */
export function resetWorkbench(storage: Storage | null): void {
  for (const key of [WORKBENCH_STORAGE_KEY, DAMAGED_STORAGE_KEY]) {
    try {
      storage?.removeItem(key);
    } catch {
      // A storage that cannot be written to holds nothing of ours to delete.
    }
  }
}

/** Longest reason shown: a damaged save can name anything it holds (a sheet name of a megabyte). */
const MAX_REASON_CHARS = 300;

function reasonOf(e: unknown): string {
  const name = typeof e === 'object' && e !== null && 'name' in e ? String(e.name) : '';
  // Chrome and Safari say QuotaExceededError; Firefox NS_ERROR_DOM_QUOTA_REACHED.
  if (/quota/i.test(name)) return 'its storage for this page is full';
  // DOMException is not an Error everywhere (Node's is not), but it always has a message.
  const reason =
    typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : String(e);
  return reason.length > MAX_REASON_CHARS ? `${reason.slice(0, MAX_REASON_CHARS)}…` : reason;
}
