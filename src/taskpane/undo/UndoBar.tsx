import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { type UndoHistory } from '../editor/useModelEditor';
import { isTextEntry } from './isTextEntry';
import { visuallyHidden } from '../fields/visuallyHidden';

const useStyles = makeStyles({
  // Stays in view at the bottom of the pane, however far down the delete was.
  bar: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow8,
  },
  text: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  // Announced even while the bar is hidden: the live region must exist before its text changes.
  live: visuallyHidden,
});

/**
 * After a delete: what was deleted, and Undo. Ctrl+Z (⌘Z) undoes it too wherever the key press
 * is not typing in a field, whose own undo it stays. Each delete is announced to screen readers.
 */
export function UndoBar({ history }: { readonly history: UndoHistory }) {
  const styles = useStyles();
  const [hiddenId, setHiddenId] = useState<number | null>(null);
  const [said, setSaid] = useState('');
  const newest = useRef(0);
  const { last, count, lastId, undo } = history;
  // A new delete is announced; after an undo, what was put back is (not the delete before it).
  useEffect(() => {
    if (lastId !== null && lastId > newest.current) {
      newest.current = lastId;
      setSaid(`${last}. Undo with Ctrl+Z.`);
    }
  }, [last, lastId]);
  const undoLast = useCallback(() => {
    if (last === null) return;
    setSaid(`Undone: ${last}.`);
    undo();
  }, [last, undo]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const undoKey = e.key.toLowerCase() === 'z' && (e.ctrlKey || e.metaKey) && !e.shiftKey;
      if (!undoKey || isTextEntry(e.target) || count === 0) return;
      e.preventDefault();
      undoLast();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [count, undoLast]);
  const shown = last !== null && hiddenId !== lastId;
  return (
    <>
      <div role="status" aria-live="polite" className={styles.live}>
        {said}
      </div>
      {shown && (
        <div className={styles.bar} role="region" aria-label="Undo">
          <Caption1 className={styles.text}>{last}</Caption1>
          <Button size="small" onClick={undoLast}>
            Undo
          </Button>
          <Button
            size="small"
            appearance="subtle"
            icon={<DismissRegular />}
            aria-label="Hide"
            title="Hide (Ctrl+Z still undoes)"
            onClick={() => setHiddenId(lastId)}
          />
        </div>
      )}
    </>
  );
}
