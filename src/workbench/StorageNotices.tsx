import { useSyncExternalStore } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { type SaveStatus } from './saveStatus';

export interface StorageNoticesProps {
  /** Why the saved workbook was not opened when the page started, or null. */
  readonly openProblem: string | null;
  readonly saveStatus: SaveStatus;
}

/** What the browser's storage did not do: open the saved workbook, or keep the last change. */
export function StorageNotices({ openProblem, saveStatus }: StorageNoticesProps) {
  const saveProblem = useSyncExternalStore(saveStatus.subscribe, saveStatus.problem);
  return (
    <>
      {openProblem ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The saved workbook was not opened</MessageBarTitle>
            {openProblem}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {saveProblem ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Not kept in this browser</MessageBarTitle>
            {saveProblem}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
