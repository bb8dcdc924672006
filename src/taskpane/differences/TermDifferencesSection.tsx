import { useId } from 'react';
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle1,
  tokens,
} from '@fluentui/react-components';
import { sameTerms } from '../../engine/analyses/termDifferences';
import { type OutcomeModel } from '../../engine/terms/outcomeModel';
import { CURRENT_CONTRACT_ID, modelProposals } from '../../engine/terms/proposal';
import { type TermRunSettings } from '../../runs/termDifferenceRuns';
import { type WorkbookOperations } from '../../workbook/workbookOperations';
import { ChoiceField } from '../fields/ChoiceField';
import { useNumberConvention } from '../fields/numberConvention';
import { useFormStyles } from '../fields/useFormStyles';
import { DifferenceList } from './DifferenceList';
import { type TermDifferences } from './useTermDifferences';
import { sheetData } from './differenceRows';
import { TERM_DIFFERENCES_SHEET } from '../../workbook/termDifferencesSheet';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  progress: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

/** What the section needs from above the tabs: its state (runs included) and the workbook write. */
export interface TermDifferencesServices {
  readonly differences: TermDifferences;
  readonly onWrite: WorkbookOperations['writeTermDifferences'];
}

export interface TermDifferencesSectionProps extends TermDifferencesServices {
  readonly model: OutcomeModel;
  /** Trials and seed of the scenario runs: the Compare tab's. */
  readonly run: TermRunSettings;
  /** Why writing to the workbook is unavailable right now, or null. */
  readonly workbookBlocker: string | null;
}

const pick = (id: string | null, ids: readonly string[], fallback: string) =>
  id !== null && ids.includes(id) ? id : fallback;

/** Two of the contract and its proposals side by side, term by term, with what each difference is worth. */
export function TermDifferencesSection({
  model,
  differences,
  run,
  onWrite,
  workbookBlocker,
}: TermDifferencesSectionProps) {
  const styles = useStyles();
  const form = useFormStyles();
  const titleId = useId();
  const convention = useNumberConvention();
  const { chosen, choose, write, setWrite } = differences;
  const proposals = modelProposals(model);
  const ids = proposals.map((p) => p.id);
  const leftId = pick(chosen.left, ids, CURRENT_CONTRACT_ID);
  const rightId = pick(chosen.right, ids, ids[1] ?? CURRENT_CONTRACT_ID);
  const choices = proposals.map((p) => ({ value: p.id, label: p.name }));
  const { comparison } = differences;
  const part = comparison?.scenarioPart;
  const running = part?.status === 'running';

  const compare = () => {
    const left = proposals.find((p) => p.id === leftId);
    const right = proposals.find((p) => p.id === rightId);
    if (!left || !right) return;
    setWrite({ kind: 'idle' });
    differences.compare(left, right, model.scenarios ?? [], run);
  };
  const writeSheet = async () => {
    if (!comparison) return;
    setWrite({ kind: 'writing' });
    try {
      const report = await onWrite(sheetData(comparison, convention));
      setWrite({ kind: 'written', sheet: report.sheet });
    } catch (e) {
      setWrite({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };
  const writeBlocker =
    workbookBlocker ??
    (running ? 'Wait for the scenario runs to finish.' : null) ??
    (write.kind === 'writing' ? 'Writing…' : null);

  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <Subtitle1 as="h2" id={titleId}>
        Term by term
      </Subtitle1>
      <div className={form.form}>
        <ChoiceField
          label="Left (the base)"
          value={leftId}
          choices={choices}
          onChange={(left) => choose({ left })}
        />
        <ChoiceField
          label="Right"
          value={rightId}
          choices={choices}
          onChange={(right) => choose({ right })}
        />
        <div className={form.actions}>
          <Button appearance="primary" onClick={compare}>
            Compare terms
          </Button>
          {part?.status === 'running' && (
            <Button disabledFocusable={part.cancelling} onClick={differences.cancel}>
              Cancel
            </Button>
          )}
        </div>
      </div>
      {comparison && <DifferenceList comparison={comparison} />}
      {part?.status === 'running' && (
        <div className={styles.progress}>
          <Caption1>
            {part.cancelling
              ? 'Cancelling…'
              : `Effects in each scenario: ${part.progress?.stage ?? 'starting'}…`}
          </Caption1>
          <ProgressBar
            aria-label="Scenario effects progress"
            value={
              part.progress && part.progress.total > 0
                ? part.progress.done / part.progress.total
                : undefined
            }
          />
        </div>
      )}
      {part?.status === 'cancelled' && (
        <Body1>The scenario runs were cancelled: the effects in each scenario are not shown.</Body1>
      )}
      {part?.status === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{`The scenario runs failed: ${part.message}`}</MessageBarBody>
        </MessageBar>
      )}
      {comparison && comparison.levels.ok && !sameTerms(comparison.plan) && (
        <div className={form.actions}>
          <Button disabledFocusable={writeBlocker !== null} onClick={() => void writeSheet()}>
            Write to sheet
          </Button>
          {writeBlocker && <Caption1>{writeBlocker}</Caption1>}
        </div>
      )}
      {write.kind === 'written' && (
        <MessageBar intent="success">
          <MessageBarBody>{`Written to the ${write.sheet} sheet.`}</MessageBarBody>
        </MessageBar>
      )}
      {write.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{`Could not write the ${TERM_DIFFERENCES_SHEET} sheet: ${write.message}`}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
