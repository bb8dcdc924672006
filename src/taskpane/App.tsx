import { useMemo, useState } from 'react';
import {
  fieldClassNames,
  FluentProvider,
  inputClassNames,
  makeStyles,
  selectClassNames,
  Title3,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { type WorkbookOperations } from '../workbook/workbookOperations';
import { conventionFor } from '../engine/rules/numberText';
import { EditorTabs } from './EditorTabs';
import { NumberConventionContext } from './fields/numberConvention';
import { issueLookup } from './editor/issueLookup';
import { useModelEditor } from './editor/useModelEditor';
import { SessionMessages } from './session/SessionMessages';
import { useWorkbookSession } from './session/useWorkbookSession';
import { WorkbookToolbar } from './session/WorkbookToolbar';
import { unsavedChangesText } from './session/unsavedChanges';
import { useDraftKeeper } from './session/useDraftKeeper';
import { UndoBar } from './undo/UndoBar';
import { writeBlocker } from './session/writeBlocker';
import { removalBlocker } from './session/removalBlocker';
import { type SimulationRunner } from '../runs/simulationRunner';

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
    // Excel gives the pane 320–350 px. Form controls and fieldsets otherwise refuse to shrink
    // below their content (a select below its longest option), pushing the pane sideways.
    '& fieldset': { minWidth: 0 },
    [`& .${fieldClassNames.root}`]: { minWidth: 0 },
    [`& .${inputClassNames.root}`]: { minWidth: 0, maxWidth: '100%' },
    [`& .${selectClassNames.root}`]: { minWidth: 0, maxWidth: '100%' },
    [`& .${selectClassNames.select}`]: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
  },
});

export interface AppProps {
  /** Keep the same object across renders: a new one reloads the model from the workbook. */
  readonly operations: WorkbookOperations;
  /** Where simulations run: a Web Worker in the add-in, in process in tests. */
  readonly runner: SimulationRunner;
  readonly theme: 'light' | 'dark';
  /** The user's locale (BCP 47), which decides how numbers are typed and shown; English when absent. */
  readonly locale?: string;
}

/** The task pane: edits the contract and its negotiation, shows their money, and reads and writes them through `operations`. */
export function App({ operations, runner, theme, locale }: AppProps) {
  const convention = useMemo(() => conventionFor(locale ?? 'en-US'), [locale]);
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme}>
      <NumberConventionContext.Provider value={convention}>
        <TaskPane operations={operations} runner={runner} />
      </NumberConventionContext.Provider>
    </FluentProvider>
  );
}

function TaskPane({ operations, runner }: Pick<AppProps, 'operations' | 'runner'>) {
  const styles = useStyles();
  const { editor, negotiation, model, replaceModel, undoHistory } = useModelEditor();
  const session = useWorkbookSession(operations, replaceModel);
  const draft = useDraftKeeper(operations, model, session.base, session.phase);
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
        unsaved={session.phase === 'ready' ? unsavedChangesText(model, session.previous) : null}
        draftProblem={draft.problem}
        onWrite={() => session.write(model)}
        onInsertSample={session.insertSample}
      />
      <SessionMessages
        session={session}
        model={model}
        onStartedFresh={() => setStartedFresh(true)}
      />
      {session.phase === 'ready' && (
        <EditorTabs
          editor={editor}
          negotiation={negotiation}
          model={model}
          issues={issues}
          takeFocus={startedFresh}
          runner={runner}
          onWriteResults={session.writeResults}
          onWriteTermDifferences={(data) => operations.writeTermDifferences(data)}
          workbookBusy={session.busy}
          serviceReview={operations.serviceReview}
          runKeeping={{
            operations: operations.runHistory,
            revision: session.revision,
            written: session.previous,
          }}
          share={{
            written: session.previous,
            unwritten: unsavedChangesText(model, session.previous) !== null,
            counterparty: operations.share,
            readContents: operations.workbookContents,
            refreshKey: `${session.revision?.id ?? 'none'} ${draft.changes}`,
            removeBlocker: removalBlocker(session, model),
            onRemove: () => session.removeNegotiationData(model),
          }}
        />
      )}
      {session.phase === 'ready' && <UndoBar history={undoHistory} />}
    </main>
  );
}
