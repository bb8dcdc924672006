import { useId } from 'react';
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { NOT_EMPTY_REASON } from './sessionNotices';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: 'center',
  },
  reasons: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
  },
});

export interface WorkbookToolbarProps {
  /** Why writing is unavailable; null when it is available. */
  readonly writeBlocker: string | null;
  readonly workbookEmpty: boolean;
  readonly busy: boolean;
  /** What the pane holds that the workbook does not yet; null when nothing. */
  readonly unsaved: string | null;
  /** Why the unwritten edits could not be kept as a draft in the workbook; null when they were. */
  readonly draftProblem: string | null;
  readonly onWrite: () => void;
  readonly onInsertSample: () => void;
}

/** Disabled buttons stay focusable and point at their reason, so keyboard users learn why. */
export function WorkbookToolbar({
  writeBlocker,
  workbookEmpty,
  busy,
  unsaved,
  draftProblem,
  onWrite,
  onInsertSample,
}: WorkbookToolbarProps) {
  const styles = useStyles();
  const writeReasonId = useId();
  const sampleReasonId = useId();
  return (
    <div className={styles.bar} role="toolbar" aria-label="Workbook">
      <Button
        appearance="primary"
        disabledFocusable={writeBlocker !== null}
        aria-describedby={writeBlocker ? writeReasonId : undefined}
        onClick={onWrite}
      >
        Write to workbook
      </Button>
      <Button
        disabledFocusable={!workbookEmpty || busy}
        aria-describedby={workbookEmpty ? undefined : sampleReasonId}
        onClick={onInsertSample}
      >
        Insert sample model
      </Button>
      <div className={styles.reasons}>
        {writeBlocker && <Caption1 id={writeReasonId}>{writeBlocker}</Caption1>}
        {!writeBlocker && unsaved && (
          <Caption1 role="status" aria-live="polite">
            {unsaved}
          </Caption1>
        )}
        {unsaved && draftProblem && (
          <Caption1 role="alert">
            Your edits could not be kept in the workbook as a draft ({draftProblem}): write them
            before closing the pane.
          </Caption1>
        )}
        {!workbookEmpty && <Caption1 id={sampleReasonId}>{NOT_EMPTY_REASON}</Caption1>}
      </div>
    </div>
  );
}
