import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';

export interface StartFreshDialogProps {
  readonly open: boolean;
  readonly onCancel: () => void;
  readonly onConfirm: () => void;
}

export function StartFreshDialog({ open, onCancel, onConfirm }: StartFreshDialogProps) {
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Start a new contract?</DialogTitle>
          <DialogContent>
            The pane starts from a new contract. The unreadable stored model stays in the workbook
            until you write the new contract, which replaces it.
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              Start a new contract
            </Button>
            <Button onClick={onCancel}>Keep the stored model</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
