import { useMemo, useState } from 'react';
import { FluentProvider, makeStyles, Title3, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { WorkbookOperations } from '../workbook/workbookOperations';
import { EditorTabs } from './EditorTabs';
import { issueLookup } from './editor/issueLookup';
import { useContractEditor } from './editor/useContractEditor';
import { SessionMessages } from './session/SessionMessages';
import { useWorkbookSession } from './session/useWorkbookSession';
import { WorkbookToolbar } from './session/WorkbookToolbar';
import { writeBlocker } from './session/writeBlocker';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

export interface AppProps {
  /** Keep the same object across renders: a new one reloads the model from the workbook. */
  readonly operations: WorkbookOperations;
  readonly theme: 'light' | 'dark';
}

/** The task pane: edits the contract, shows its money, and reads and writes it through `operations`. */
export function App({ operations, theme }: AppProps) {
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme}>
      <TaskPane operations={operations} />
    </FluentProvider>
  );
}

function TaskPane({ operations }: { readonly operations: WorkbookOperations }) {
  const styles = useStyles();
  const editor = useContractEditor();
  const session = useWorkbookSession(operations, editor.replaceContract);
  const issues = useMemo(() => issueLookup(editor.contract), [editor.contract]);
  // After "Start fresh" the message that held focus is gone; the new editor takes focus instead.
  const [startedFresh, setStartedFresh] = useState(false);
  return (
    <main className={styles.pane}>
      <Title3 as="h1">Outcome Modeler</Title3>
      <WorkbookToolbar
        writeBlocker={writeBlocker({ ...session, issues: issues.all })}
        workbookEmpty={session.workbookEmpty}
        busy={session.busy}
        onWrite={() => session.write(editor.contract)}
        onInsertSample={session.insertSample}
      />
      <SessionMessages session={session} contract={editor.contract} onStartedFresh={() => setStartedFresh(true)} />
      {session.phase === 'ready' && <EditorTabs editor={editor} issues={issues} takeFocus={startedFresh} />}
    </main>
  );
}
