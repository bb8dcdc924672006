import { makeStyles, tokens } from '@fluentui/react-components';
import { type WorkbookContentsViewProps, WorkbookContentsView } from './WorkbookContentsView';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL },
});

export type ShareTabProps = WorkbookContentsViewProps;

/** Before the file goes to the other side: what it carries, and removing the negotiation data. */
export function ShareTab(props: ShareTabProps) {
  const styles = useStyles();
  return (
    <div className={styles.tab}>
      <WorkbookContentsView {...props} />
    </div>
  );
}
