import { useEffect, useId, useRef, useState } from 'react';
import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  tokens,
} from '@fluentui/react-components';
import { CONFIRM_ABOVE_SECONDS, durationText } from '../../runs/runEstimate';
import { type RunProgress } from '../../runs/simulationRequest';
import { LongRunDialog } from './LongRunDialog';
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
  /** Estimated seconds of the run as set up now. */
  readonly estimate: number;
  readonly onRun: () => void;
}

/** Time left, from how fast the run went so far; null until there is enough to tell. */
function useTimeLeft(progress: RunProgress | null, running: boolean): string | null {
  const started = useRef(0);
  const [now, setNow] = useState(0);
  useEffect(() => {
    if (!running) return;
    started.current = Date.now();
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  const elapsed = (now - started.current) / 1000;
  if (!running || !progress || progress.done <= 0 || elapsed < 2) return null;
  return durationText((elapsed * (progress.total - progress.done)) / progress.done);
}

/** Run and Cancel, the progress of the run, and what became of the last one. */
export function RunControls({ simulation, blockers, estimate, onRun }: RunControlsProps) {
  const styles = useStyles();
  const reasonsId = useId();
  const stageId = useId();
  const estimateId = useId();
  const running = simulation.status === 'running';
  const progress = simulation.progress;
  const blocked = blockers.length > 0;
  const timeLeft = useTimeLeft(progress, running);
  const [confirming, setConfirming] = useState<number | null>(null);
  const runButton = useRef<HTMLButtonElement>(null);
  // The dialog closes onto the button that opened it, not the page body.
  const closeDialog = () => {
    setConfirming(null);
    setTimeout(() => runButton.current?.focus(), 0);
  };
  return (
    <>
      <div className={styles.bar} role="toolbar" aria-label="Simulation">
        <Button
          ref={runButton}
          appearance="primary"
          disabledFocusable={blocked || running}
          aria-describedby={blocked ? reasonsId : estimateId}
          onClick={() => (estimate > CONFIRM_ABOVE_SECONDS ? setConfirming(estimate) : onRun())}
        >
          Run
        </Button>
        {!blocked && !running && (
          <Caption1 id={estimateId}>{`Takes ${durationText(estimate)}`}</Caption1>
        )}
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
            <Caption1>
              {`${countText(progress.completedTrials)} of ${countText(progress.requestedTrials)} trials compared`}
              {timeLeft && !simulation.cancelling ? `, ${timeLeft} left` : ''}
            </Caption1>
          )}
        </div>
      )}
      <LongRunDialog
        seconds={confirming}
        onCancel={closeDialog}
        onRun={() => {
          closeDialog();
          onRun();
        }}
      />
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
