import { useState } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import { Contract } from '../../engine/contract';
import { ConflictMessage } from './ConflictMessage';
import { InvalidModelMessage } from './InvalidModelMessage';
import { StartFreshDialog } from './StartFreshDialog';
import { WorkbookSession } from './useWorkbookSession';

export interface SessionMessagesProps {
  readonly session: WorkbookSession;
  readonly contract: Contract;
  /** Called after the user confirmed starting a new contract over an unreadable stored model. */
  readonly onStartedFresh: () => void;
}

/** What the workbook said last, and the choices it asks of the user. */
export function SessionMessages({ session, contract, onStartedFresh }: SessionMessagesProps) {
  const [confirmingFresh, setConfirmingFresh] = useState(false);
  return (
    <>
      {session.notice && (
        <MessageBar intent={session.notice.intent} layout="multiline">
          <MessageBarBody>{session.notice.text}</MessageBarBody>
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
          onUseGrid={() => session.takeGridBands(contract)}
          onOverwrite={() => session.overwriteGrid(contract)}
        />
      )}
      {session.phase === 'loading' && <Spinner label="Reading the workbook…" />}
      {session.phase === 'invalid' && (
        <InvalidModelMessage message={session.invalidMessage ?? ''} onStartFresh={() => setConfirmingFresh(true)} />
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
