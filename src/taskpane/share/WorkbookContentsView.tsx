import { useEffect, useId, useRef, useState } from 'react';
import { Body1, Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { type WorkbookContents } from '../../workbook/negotiationData';
import { useNumberConvention } from '../fields/numberConvention';
import { carriedLines, keptLine, removedItems } from './contentsText';
import { RemoveNegotiationDataDialog } from './RemoveNegotiationDataDialog';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  // Names of proposals and scenarios are the user's: a long one wraps rather than widen the pane.
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  reason: { color: tokens.colorNeutralForeground2 },
});

/** Why the workbook's contents themselves leave nothing to remove; null when there is some. */
function nothingToRemove(
  contents: WorkbookContents | null,
  removed: readonly string[],
): string | null {
  if (contents === null) return 'Reading what the workbook carries…';
  if (contents.storedModel.kind === 'unreadable')
    return 'The stored model cannot be read, so the contract to keep is not known.';
  return removed.length === 0 ? 'This workbook carries no negotiation data.' : null;
}

export interface WorkbookContentsViewProps {
  /** Reads what the workbook carries; keep the same function across renders. */
  readonly readContents: () => Promise<WorkbookContents>;
  /** Changes when the pane writes the model, keeps a draft or removes the data: the figures are read again. */
  readonly refreshKey: string;
  /** Why removing is unavailable now (unwritten edits, the workbook busy); null when it may run. */
  readonly removeBlocker: string | null;
  /** Removes the negotiation data; called once the user confirmed in the dialog. */
  readonly onRemove: () => void;
}

/** "What this workbook carries": the negotiation data the file gives whoever receives it. */
export function WorkbookContentsView({
  readContents,
  refreshKey,
  removeBlocker,
  onRemove,
}: WorkbookContentsViewProps) {
  const styles = useStyles();
  const convention = useNumberConvention();
  const headingId = useId();
  const reasonId = useId();
  const [contents, setContents] = useState<WorkbookContents | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<readonly string[] | null>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let current = true;
    readContents().then(
      (read) => {
        if (!current) return;
        setContents(read);
        setProblem(null);
      },
      (e: unknown) => {
        if (current) setProblem(e instanceof Error ? e.message : String(e));
      },
    );
    return () => {
      current = false;
    };
  }, [readContents, refreshKey]);

  const removed = contents === null ? [] : removedItems(contents, convention);
  const blocker = removeBlocker ?? nothingToRemove(contents, removed);
  // The dialog closes onto the button that opened it, not the page body.
  const close = () => {
    setConfirming(null);
    setTimeout(() => button.current?.focus(), 0);
  };
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        What this workbook carries
      </Subtitle2>
      <Body1>Whoever receives this workbook receives all of this, shown on a sheet or not.</Body1>
      {problem && (
        <Body1 role="alert">What the workbook carries could not be read: {problem}</Body1>
      )}
      {contents && (
        <>
          <ul className={styles.list} aria-label="Negotiation data in this workbook">
            {carriedLines(contents, convention).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          <Body1>{keptLine(contents, convention)}</Body1>
        </>
      )}
      <div>
        <Button
          ref={button}
          disabledFocusable={blocker !== null}
          aria-describedby={blocker ? reasonId : undefined}
          onClick={() => setConfirming(removed)}
        >
          Remove negotiation data…
        </Button>
      </div>
      {blocker && (
        <Caption1 id={reasonId} className={styles.reason}>
          {blocker}
        </Caption1>
      )}
      <RemoveNegotiationDataDialog
        removed={confirming}
        onCancel={close}
        onRemove={() => {
          close();
          onRemove();
        }}
      />
    </section>
  );
}
