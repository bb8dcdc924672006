import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { durationText } from '../../runs/runEstimate';

export interface LongRunDialogProps {
  /** Estimated seconds of the run asked for; null when no run waits for an answer. */
  readonly seconds: number | null;
  readonly onRun: () => void;
  readonly onCancel: () => void;
}

/** A run that would take minutes or days starts only when the user says so, knowing how long. */
export function LongRunDialog({ seconds, onRun, onCancel }: LongRunDialogProps) {
  return (
    <Dialog
      open={seconds !== null}
      modalType="alert"
      onOpenChange={(_, data) => !data.open && onCancel()}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>This run takes {durationText(seconds ?? 0)}</DialogTitle>
          <DialogContent>
            Estimated from the work asked for (proposals, scenarios, trials and analyses) at a
            cautious pace; a fast computer finishes sooner. The pane stays usable while it runs, and
            Cancel keeps the comparison once it is complete. Fewer trials give a first answer
            sooner.
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onRun}>
              Run anyway
            </Button>
            <Button onClick={onCancel}>Don&apos;t run</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
