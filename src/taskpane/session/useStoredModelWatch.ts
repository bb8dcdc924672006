import { type MutableRefObject, useEffect, useRef } from 'react';
import { sameRevision, type StoredRevision } from '../../workbook/storedRevision';
import { type WorkbookOperations } from '../../workbook/workbookOperations';

/**
 * Watches the stored model while the pane is open: when another pane or a co-author writes it
 * (Excel tells add-ins through the settings-changed event), `onNewer` hears when, so the pane can
 * offer to reload before the user edits on stale terms. This pane's own writes are not news: the
 * returned flag is set while one runs, and the revision it produced becomes the expected one.
 */
export function useStoredModelWatch(
  operations: WorkbookOperations,
  revision: StoredRevision | null,
  onNewer: (savedAt: string | null) => void,
): MutableRefObject<boolean> {
  const writing = useRef(false);
  const expected = useRef(revision);
  expected.current = revision;
  const notify = useRef(onNewer);
  notify.current = onNewer;

  useEffect(() => {
    if (!operations.onStoredModelChanged) return;
    let stop: (() => void) | null = null;
    let live = true;
    void operations
      .onStoredModelChanged(() => {
        if (writing.current) return;
        void operations
          .storedRevision()
          .then((current) => {
            const known = expected.current;
            if (live && !writing.current && known && !sameRevision(current, known))
              notify.current(current.savedAt);
          })
          .catch(() => undefined);
      })
      .then((unsubscribe) => {
        if (live) stop = unsubscribe;
        else unsubscribe();
      })
      .catch(() => undefined);
    return () => {
      live = false;
      stop?.();
    };
  }, [operations]);

  return writing;
}
