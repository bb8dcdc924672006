import { useMemo } from 'react';
import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { type OutcomeModel } from '../../engine/terms/outcomeModel';
import { type ResultsFocus, type ScenarioRunResults } from '../../runs/scenarioResults';
import { AnalysisSettingsForm } from './AnalysisSettingsForm';
import { RunControls } from './RunControls';
import { RunResults } from './RunResults';
import { buildRequest, resolveSettings, runBlockers } from './runSettings';
import { estimatedSeconds } from '../../runs/runEstimate';
import { RunSettingsForm } from './RunSettingsForm';
import { type Comparison } from './useComparison';
import { type ContractEditorAction } from '../editor/contractEditorReducer';
import { GoalSeekForm } from './GoalSeekForm';
import { type GoalSeeking } from './useGoalSeek';
import { modelFingerprint } from '../../runs/modelFingerprint';
import { RunHistory } from './RunHistory';
import { keptAtText } from './runHistoryText';
import { DependenceEffectSection } from './DependenceEffectSection';
import { type DependenceEffectRun } from './useDependenceEffect';
import {
  TermDifferencesSection,
  type TermDifferencesServices,
} from '../differences/TermDifferencesSection';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
});

export interface CompareTabProps {
  readonly model: OutcomeModel;
  readonly comparison: Comparison;
  readonly onWriteResults: (results: ScenarioRunResults, focus: ResultsFocus) => void;
  /** Why writing to the workbook is unavailable right now (it is busy), or null. */
  readonly workbookBlocker: string | null;
  /** Where the term-by-term comparison runs its scenarios and writes its sheet. */
  readonly termDifferences: TermDifferencesServices;
  /** Runs the goal seek and puts its value into the contract or a proposal; absent, no goal seek. */
  readonly goalSeek?: {
    readonly seeking: GoalSeeking;
    readonly onApplyTerm: (proposalId: string, edit: ContractEditorAction) => void;
  };
  /** The run with and without correlation; absent, the section is left out. */
  readonly dependenceEffect?: DependenceEffectRun;
}

/** Proposals × scenarios: set up and run the simulation, read the comparison and the risks, write them to the workbook. */
export function CompareTab({
  model,
  comparison,
  onWriteResults,
  workbookBlocker,
  termDifferences,
  goalSeek,
  dependenceEffect,
}: CompareTabProps) {
  const styles = useStyles();
  const { simulation } = comparison;
  const settings = resolveSettings(comparison.settings, model);
  const blockers = useMemo(
    () => runBlockers(model, settings.baselineId),
    [model, settings.baselineId],
  );
  const running = simulation.status === 'running';
  const estimate = blockers.length > 0 ? 0 : estimatedSeconds(buildRequest(model, settings));
  const fingerprint = useMemo(() => modelFingerprint(model), [model]);
  // Before this pane runs, the newest run kept in the workbook shows (after a reload too).
  const kept = simulation.results === null ? comparison.history.latest : null;
  const results = simulation.results ?? kept?.results ?? null;
  const stale = kept ? kept.model.fingerprint !== fingerprint : comparison.ranModel !== model;
  return (
    <div className={styles.tab}>
      <RunSettingsForm model={model} settings={settings} onChange={comparison.updateSettings} />
      <AnalysisSettingsForm
        model={model}
        settings={settings}
        onChange={comparison.updateSettings}
      />
      <RunControls
        simulation={simulation}
        blockers={blockers}
        estimate={estimate}
        onRun={() => comparison.run(model, settings)}
      />
      {kept && <Body1>{`The run of ${keptAtText(kept.keptAt)}, kept in the workbook:`}</Body1>}
      {results === null ? (
        <Body1>Run the simulation to compare the proposals under every scenario.</Body1>
      ) : (
        <RunResults
          results={results}
          model={model}
          stale={stale}
          focusProposalId={settings.focusProposalId}
          focusScenarioId={settings.focusScenarioId}
          onWriteResults={onWriteResults}
          writeBlocker={workbookBlocker ?? (running ? 'Wait for the run to finish.' : null)}
          analysesSoFar={simulation.analysesSoFar}
          analysesWorking={running}
        />
      )}
      {dependenceEffect && (
        <DependenceEffectSection model={model} settings={settings} run={dependenceEffect} />
      )}
      <RunHistory history={comparison.history} fingerprint={fingerprint} />
      <TermDifferencesSection
        model={model}
        run={{ trials: settings.trials, seed: settings.seed }}
        workbookBlocker={workbookBlocker}
        {...termDifferences}
      />
      {goalSeek?.seeking.start && <GoalSeekForm model={model} settings={settings} {...goalSeek} />}
    </div>
  );
}
