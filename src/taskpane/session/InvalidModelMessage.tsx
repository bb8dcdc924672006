import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, useRestoreFocusTarget } from '@fluentui/react-components';

export interface InvalidModelMessageProps {
  readonly message: string;
  /** Asks for confirmation; the stored model stays untouched until the user confirms. */
  readonly onStartFresh: () => void;
}

/** The stored model could not be read: say why, and offer the only way forward that loses it. */
export function InvalidModelMessage({ message, onStartFresh }: InvalidModelMessageProps) {
  // Cancelling the confirmation puts keyboard focus back on this button.
  const restoreFocusHere = useRestoreFocusTarget();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>The model stored in this workbook could not be read.</MessageBarTitle>
        {message}
      </MessageBarBody>
      <MessageBarActions>
        <Button {...restoreFocusHere} onClick={onStartFresh}>
          Start fresh
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
