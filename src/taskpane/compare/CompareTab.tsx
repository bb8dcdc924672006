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

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
});

export interface CompareTabProps {
  readonly model: OutcomeModel;
  readonly comparison: Comparison;
  readonly onWriteResults: (results: ScenarioRunResults, focus: ResultsFocus) => void;
  /** Why writing to the workbook is unavailable right now (it is busy), or null. */
  readonly workbookBlocker: string | null;
}

/** Proposals × scenarios: set up and run the simulation, read the comparison and the risks, write them to the workbook. */
export function CompareTab({
  model,
  comparison,
  onWriteResults,
  workbookBlocker,
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
      {simulation.results === null ? (
        <Body1>Run the simulation to compare the proposals under every scenario.</Body1>
      ) : (
        <RunResults
          results={simulation.results}
          model={model}
          stale={comparison.ranModel !== model}
          focusProposalId={settings.focusProposalId}
          focusScenarioId={settings.focusScenarioId}
          onWriteResults={onWriteResults}
          writeBlocker={workbookBlocker ?? (running ? 'Wait for the run to finish.' : null)}
        />
      )}
    </div>
  );
}
