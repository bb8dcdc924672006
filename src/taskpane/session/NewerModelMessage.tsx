import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { type NewerModel } from './sessionState';

export interface NewerModelMessageProps {
  readonly newer: NewerModel;
  readonly busy: boolean;
  readonly onReload: () => void;
  readonly onOverwrite: () => void;
  readonly onKeepEditing: () => void;
}

/** When, in the user's own clock: "at 10:42" today, with the date otherwise. */
function when(savedAt: string | null): string {
  if (savedAt === null) return '';
  const date = new Date(savedAt);
  if (Number.isNaN(date.getTime())) return '';
  const today = new Date().toDateString() === date.toDateString();
  return today
    ? ` at ${date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`
    : ` on ${date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`;
}

/**
 * Another pane or a co-author wrote the model since this pane read it. Excel would let the last
 * writer win silently; here the user chooses whose model stays, and nothing is lost unasked.
 */
export function NewerModelMessage({
  newer,
  busy,
  onReload,
  onOverwrite,
  onKeepEditing,
}: NewerModelMessageProps) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {newer.atWrite ? 'Nothing was written.' : 'The model changed elsewhere.'}
        </MessageBarTitle>
        The model in this workbook was written{when(newer.savedAt)} by another pane or a co-author
        since this pane read it.{' '}
        {newer.atWrite
          ? 'Reload it (your unwritten edits here are dropped), or write yours over it.'
          : 'Reload it to edit on their terms; if you keep editing, writing will ask again.'}
      </MessageBarBody>
      <MessageBarActions>
        <Button disabled={busy} onClick={onReload}>
          Reload theirs
        </Button>
        {newer.atWrite ? (
          <Button disabled={busy} onClick={onOverwrite}>
            Write mine over theirs
          </Button>
        ) : (
          <Button disabled={busy} onClick={onKeepEditing}>
            Keep editing mine
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
