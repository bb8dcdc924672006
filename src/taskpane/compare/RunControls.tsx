import { useId } from 'react';
import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  tokens,
} from '@fluentui/react-components';
import { type Simulation } from './useSimulation';
import { countText } from './resultText';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: 'center',
  },
  reasons: { display: 'flex', flexDirection: 'column', color: tokens.colorNeutralForeground2 },
  progress: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

export interface RunControlsProps {
  readonly simulation: Simulation;
  /** Why the model cannot be run yet; empty when it can. */
  readonly blockers: readonly string[];
  readonly onRun: () => void;
}

/** Run and Cancel, the progress of the run, and what became of the last one. */
export function RunControls({ simulation, blockers, onRun }: RunControlsProps) {
  const styles = useStyles();
  const reasonsId = useId();
  const stageId = useId();
  const running = simulation.status === 'running';
  const progress = simulation.progress;
  const blocked = blockers.length > 0;
  return (
    <>
      <div className={styles.bar} role="toolbar" aria-label="Simulation">
        <Button
          appearance="primary"
          disabledFocusable={blocked || running}
          aria-describedby={blocked ? reasonsId : undefined}
          onClick={onRun}
        >
          Run
        </Button>
        {running && (
          <Button disabledFocusable={simulation.cancelling} onClick={simulation.cancel}>
            Cancel
          </Button>
        )}
        {blocked && (
          <div id={reasonsId} className={styles.reasons}>
            {blockers.map((b) => (
              <Caption1 key={b}>{b}</Caption1>
            ))}
          </div>
        )}
      </div>
      {running && (
        <div className={styles.progress}>
          <Caption1 id={stageId}>
            {simulation.cancelling ? 'Cancelling…' : (progress?.stage ?? 'Starting…')}
          </Caption1>
          <ProgressBar
            aria-label="Simulation progress"
            aria-describedby={stageId}
            value={progress && progress.total > 0 ? progress.done / progress.total : undefined}
          />
          {progress && (
            <Caption1>{`${countText(progress.completedTrials)} of ${countText(progress.requestedTrials)} trials compared`}</Caption1>
          )}
        </div>
      )}
      {simulation.message && (
        <MessageBar
          intent={simulation.status === 'failed' ? 'error' : 'warning'}
          layout="multiline"
        >
          <MessageBarBody>{simulation.message}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
