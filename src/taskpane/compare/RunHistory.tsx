import { useState } from 'react';
import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { type KeptRun } from '../../workbook/keptRun';
import { ChoiceField } from '../fields/ChoiceField';
import { useNumberConvention } from '../fields/numberConvention';
import { RunSideBySide } from './RunSideBySide';
import { runLabel, runShapeText } from './runHistoryText';
import { type RunHistoryState } from './useRunHistory';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  note: { color: tokens.colorNeutralForeground2 },
});

export interface RunHistoryProps {
  readonly history: RunHistoryState;
  /** Fingerprint of the model in the pane now: runs of another model are marked. */
  readonly fingerprint: string;
}

/** The runs kept in the workbook, newest first, and two of them side by side. */
export function RunHistory({ history, fingerprint }: RunHistoryProps) {
  const styles = useStyles();
  const convention = useNumberConvention();
  const runs = history.history?.runs ?? [];
  const unreadable = history.history?.unreadable ?? [];
  const [pick, setPick] = useState<{ a: string | null; b: string | null }>({ a: null, b: null });
  const [shown, setShown] = useState<{ a: KeptRun; b: KeptRun } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (!history.available) return null;
  const choices = runs.map((r) => ({ value: r.id, label: runLabel(r, convention) }));
  // Defaults: the run before the newest as A, the newest as B.
  const a = pick.a ?? runs[1]?.id ?? '';
  const b = pick.b ?? runs[0]?.id ?? '';
  const compare = () => {
    setProblem(null);
    Promise.all([history.read(a), history.read(b)]).then(
      ([runA, runB]) =>
        runA && runB
          ? setShown({ a: runA, b: runB })
          : setProblem('One of the runs is no longer in the workbook.'),
      (e: unknown) => setProblem(e instanceof Error ? e.message : String(e)),
    );
  };
  return (
    <section className={styles.section} aria-label="Run history">
      <Subtitle2 as="h2">Run history</Subtitle2>
      {history.history && (
        <Caption1 className={styles.note}>
          The workbook keeps the last {history.history.limit} runs, with their settings and results;
          the oldest makes room for a new one.
        </Caption1>
      )}
      {history.problem && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{history.problem}</MessageBarBody>
        </MessageBar>
      )}
      {unreadable.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {`Some kept runs cannot be read and are left as they are on the hidden OM_RunHistory sheet: ${unreadable.map((u) => u.message).join(' ')}`}
          </MessageBarBody>
        </MessageBar>
      )}
      {runs.length === 0 ? (
        <Caption1>No runs kept yet.</Caption1>
      ) : (
        <ul className={styles.list} aria-label="Kept runs">
          {runs.map((r) => (
            <li key={r.id}>
              <Caption1>
                {`${runLabel(r, convention)} · ${runShapeText(r, convention)}`}
                {r.model.fingerprint !== fingerprint && ' · model changed since'}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
      {runs.length >= 2 && (
        <>
          <ChoiceField
            label="Run A"
            value={a}
            choices={choices}
            onChange={(id) => setPick((p) => ({ ...p, a: id }))}
          />
          <ChoiceField
            label="Run B"
            value={b}
            choices={choices}
            onChange={(id) => setPick((p) => ({ ...p, b: id }))}
          />
          <Button onClick={compare}>Show side by side</Button>
        </>
      )}
      {problem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {shown && <RunSideBySide a={shown.a} b={shown.b} />}
    </section>
  );
}
