import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  useRestoreFocusTarget,
} from '@fluentui/react-components';

export interface InvalidModelMessageProps {
  readonly message: string;
  /** A workbook call is running: the choices wait for it. */
  readonly busy: boolean;
  /** Rebuilds the contract from the Contract sheet's tables; writes nothing until the user writes. */
  readonly onRestore: () => void;
  /** Asks for confirmation; the stored model stays untouched until the user confirms. */
  readonly onStartFresh: () => void;
}

/** The stored model could not be read: say why, and offer the ways forward, neither of which writes yet. */
export function InvalidModelMessage({
  message,
  busy,
  onRestore,
  onStartFresh,
}: InvalidModelMessageProps) {
  // Cancelling the confirmation puts keyboard focus back on this button.
  const restoreFocusHere = useRestoreFocusTarget();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>The model stored in this workbook could not be read.</MessageBarTitle>
        {message}
        <Text block>
          Restore the contract from the tables on the Contract sheet, or start a new one. The stored
          model is replaced only when you write.
        </Text>
      </MessageBarBody>
      <MessageBarActions>
        <Button disabledFocusable={busy} onClick={onRestore}>
          Restore from workbook tables
        </Button>
        <Button {...restoreFocusHere} disabledFocusable={busy} onClick={onStartFresh}>
          Start fresh
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
