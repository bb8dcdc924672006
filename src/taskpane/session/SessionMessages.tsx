import { useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
} from '@fluentui/react-components';
import { type OutcomeModel } from '../../engine/terms/outcomeModel';
import { ConflictMessage } from './ConflictMessage';
import { InvalidModelMessage } from './InvalidModelMessage';
import { NewerModelMessage } from './NewerModelMessage';
import { StartFreshDialog } from './StartFreshDialog';
import { type WorkbookSession } from './useWorkbookSession';

export interface SessionMessagesProps {
  readonly session: WorkbookSession;
  readonly model: OutcomeModel;
  /** Called when the user chose a way past an unreadable stored model (start fresh, confirmed, or restore): the editor that opens takes focus. */
  readonly onStartedFresh: () => void;
}

/** What the workbook said last, and the choices it asks of the user. */
export function SessionMessages({ session, model, onStartedFresh }: SessionMessagesProps) {
  const [confirmingFresh, setConfirmingFresh] = useState(false);
  return (
    <>
      {session.notice && (
        <MessageBar intent={session.notice.intent} layout="multiline">
          <MessageBarBody>{session.notice.text}</MessageBarBody>
          {session.notice.offer === 'discardDraft' && (
            <MessageBarActions>
              <Button disabled={session.busy} onClick={session.discardDraft}>
                Discard them
              </Button>
            </MessageBarActions>
          )}
          {session.phase === 'unavailable' && (
            <MessageBarActions>
              <Button disabled={session.busy} onClick={session.retryLoad}>
                Read the workbook again
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {session.conflict && (
        <ConflictMessage
          conflict={session.conflict}
          busy={session.busy}
          onUseGrid={() => session.takeGridBands(model)}
          onOverwrite={() => session.overwriteGrid(model)}
        />
      )}
      {session.newerModel && (
        <NewerModelMessage
          newer={session.newerModel}
          busy={session.busy}
          onReload={session.reloadNewer}
          onOverwrite={() => session.overwriteNewer(model)}
          onKeepEditing={session.keepEditing}
        />
      )}
      {session.phase === 'loading' && <Spinner label="Reading the workbook…" />}
      {session.phase === 'invalid' && (
        <InvalidModelMessage
          message={session.invalidMessage ?? ''}
          busy={session.busy}
          onRestore={() => {
            onStartedFresh();
            session.restoreFromTables();
          }}
          onStartFresh={() => setConfirmingFresh(true)}
        />
      )}
      {/* Mounted throughout, so closing it is a normal close although the message that opened it goes away. */}
      <StartFreshDialog
        open={confirmingFresh}
        onCancel={() => setConfirmingFresh(false)}
        onConfirm={() => {
          setConfirmingFresh(false);
          session.startFresh();
          onStartedFresh();
        }}
      />
    </>
  );
}
