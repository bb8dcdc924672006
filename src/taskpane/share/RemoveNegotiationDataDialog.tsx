import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { KEPT_ITEMS } from './contentsText';

const useStyles = makeStyles({
  list: {
    marginTop: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalL,
    overflowWrap: 'anywhere',
  },
});

export interface RemoveNegotiationDataDialogProps {
  /** What the removal takes out, line by line; null when no removal waits for an answer. */
  readonly removed: readonly string[] | null;
  readonly onRemove: () => void;
  readonly onCancel: () => void;
}

/** Says exactly what goes and what stays before anything is removed (Office has no window.confirm). */
export function RemoveNegotiationDataDialog({
  removed,
  onRemove,
  onCancel,
}: RemoveNegotiationDataDialogProps) {
  const styles = useStyles();
  return (
    <Dialog
      open={removed !== null}
      modalType="alert"
      onOpenChange={(_, data) => !data.open && onCancel()}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Remove negotiation data?</DialogTitle>
          <DialogContent>
            <Body1 as="p">This removes from the workbook:</Body1>
            <ul className={styles.list} aria-label="Removed">
              {(removed ?? []).map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
            <Body1 as="p">This stays:</Body1>
            <ul className={styles.list} aria-label="Kept">
              {KEPT_ITEMS.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
            <Body1 as="p">
              The pane cannot bring them back: keep a copy of the workbook for your own team first.
            </Body1>
          </DialogContent>
          <DialogActions>
            {/* Cancel first: the dialog focuses its first button, and removal cannot be undone,
                so Enter, Enter must not remove everything. */}
            <Button onClick={onCancel}>Cancel</Button>
            <Button appearance="primary" onClick={onRemove}>
              Remove
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
