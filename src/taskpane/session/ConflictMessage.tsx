import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { type GridConflict } from './sessionState';

export interface ConflictMessageProps {
  readonly conflict: GridConflict;
  readonly busy: boolean;
  readonly onUseGrid: () => void;
  readonly onOverwrite: () => void;
}

/** Someone edited band tables in the grid since the pane read them: the user decides whose bands win. */
export function ConflictMessage({ conflict, busy, onUseGrid, onOverwrite }: ConflictMessageProps) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Nothing was written.</MessageBarTitle>
        The bands of {conflict.serviceLevels.join(', ')} were edited in the grid since the pane read
        them.
        {conflict.problems.length > 0 &&
          ` Some could not be read: ${conflict.problems.join('; ')}.`}
      </MessageBarBody>
      <MessageBarActions>
        <Button disabled={busy} onClick={onUseGrid}>
          Use the grid&apos;s bands
        </Button>
        <Button disabled={busy} onClick={onOverwrite}>
          Overwrite the grid
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
