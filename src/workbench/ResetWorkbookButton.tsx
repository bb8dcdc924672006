import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from '@fluentui/react-components';

export interface ResetWorkbookButtonProps {
  /** Deletes the workbench workbook; called only after the person confirms. */
  readonly onReset: () => void;
}

/**
 * "Reset workbook", asking first in a Fluent dialog: Office.js replaces window.confirm, so a
 * browser prompt would never appear (and the reset would never happen).
 */
export function ResetWorkbookButton({ onReset }: ResetWorkbookButtonProps) {
  return (
    <Dialog modalType="alert">
      <DialogTrigger disableButtonEnhancement>
        <Button size="small">Reset workbook</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Start over with an empty workbook?</DialogTitle>
          <DialogContent>
            The workbench workbook in this browser is deleted: its sheets, tables and stored model,
            and a damaged save kept aside, if there is one. This cannot be undone.
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onReset}>
              Delete and start over
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button>Cancel</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
