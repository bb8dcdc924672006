import { makeStyles, tokens } from '@fluentui/react-components';
import { type OutcomeModel } from '../../engine/terms/outcomeModel';
import { type ShareChoice } from '../../workbook/share/shareChoice';
import { type ShareOperations } from '../../workbook/share/shareOperations';
import { CounterpartyFileForm } from './CounterpartyFileForm';
import { type WorkbookContentsViewProps, WorkbookContentsView } from './WorkbookContentsView';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL },
});

export interface ShareTabProps extends WorkbookContentsViewProps {
  /**
   * The model as written in the workbook: what a file for the other side is made from, so edits
   * only tried in the pane never travel. Null before the model is first written.
   */
  readonly written: OutcomeModel | null;
  /** Whether the pane holds edits not yet written (the file leaves them out, and says so). */
  readonly unwritten: boolean;
  /** Making that file; absent where no file can be delivered. */
  readonly counterparty?: ShareOperations;
  /** What the user ticked for the file, kept while they visit other tabs. */
  readonly choice?: ShareChoice;
  readonly onChoice?: (choice: ShareChoice) => void;
}

/**
 * Before anything goes to the other side: a separate file of what the user chooses, and what this
 * workbook itself carries, with removing the negotiation data.
 */
export function ShareTab({
  written,
  unwritten,
  counterparty,
  choice,
  onChoice,
  ...contents
}: ShareTabProps) {
  const styles = useStyles();
  return (
    <div className={styles.tab}>
      {counterparty && (
        <CounterpartyFileForm
          model={written}
          unwritten={unwritten}
          share={counterparty}
          choice={choice}
          onChoice={onChoice}
        />
      )}
      <WorkbookContentsView {...contents} />
    </div>
  );
}
