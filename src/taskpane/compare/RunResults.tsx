import { useId } from 'react';
import { Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { atRiskAmount } from '../../engine/terms/contract';
import { type OutcomeModel } from '../../engine/terms/outcomeModel';
import { modelProposals } from '../../engine/terms/proposal';
import { type AnalysesSoFar } from '../../runs/partialResults';
import { outcomeOf, type ResultsFocus, type ScenarioRunResults } from '../../runs/scenarioResults';
import { AnalysisView } from './AnalysisView';
import { ComparisonGrid } from './ComparisonGrid';
import { ProposalDetails } from './ProposalDetails';
import { RiskSummaryTable } from './RiskSummaryTable';
import { useNumberConvention } from '../fields/numberConvention';
import { precisionReportText } from './precisionText';

const useStyles = makeStyles({
  results: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  write: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
});

/** A proposal's at-risk amount a month (NaN when it has gone from the model since the run). */
function monthlyAtRisk(model: OutcomeModel, proposalId: string): number {
  const proposal = modelProposals(model).find((p) => p.id === proposalId);
  return proposal ? atRiskAmount(proposal.contract) : NaN;
}

export interface RunResultsProps {
  readonly results: ScenarioRunResults;
  /** The model as it is now, and whether the results were computed from it. */
  readonly model: OutcomeModel;
  readonly stale: boolean;
  /** The focus the user chose; the run's baseline and first scenario stand in when the results lack it. */
  readonly focusProposalId: string;
  readonly focusScenarioId: string | null;
  readonly onWriteResults: (results: ScenarioRunResults, focus: ResultsFocus) => void;
  /** Why the results cannot be written now, or null. */
  readonly writeBlocker: string | null;
  /** The analyses finished so far, while `results` has none yet (the run works on them or was cancelled). */
  readonly analysesSoFar?: AnalysesSoFar | null;
  /** The run is still working on the analyses missing from `analysesSoFar`. */
  readonly analysesWorking?: boolean;
}

/** What a run found: the grid, the risk by party, the focus proposal in detail, the analyses; and writing them out. */
export function RunResults({
  results,
  model,
  stale,
  focusProposalId,
  focusScenarioId,
  onWriteResults,
  writeBlocker,
  analysesSoFar = null,
  analysesWorking = false,
}: RunResultsProps) {
  const styles = useStyles();
  const writeReasonId = useId();
  const scenario =
    results.scenarios.find((s) => s.scenario.id === focusScenarioId) ?? results.scenarios[0];
  const proposalId = results.proposals.some((p) => p.id === focusProposalId)
    ? focusProposalId
    : results.proposals[0].id;
  const focus = outcomeOf(results, scenario.scenario.id, proposalId);
  const baseline = results.proposals[0];
  const analysis = results.analysis ?? analysesSoFar;
  const convention = useNumberConvention();
  return (
    <section className={styles.results} aria-label="Results">
      <Subtitle2 as="h2">Results</Subtitle2>
      {/* A status: a finished run is announced, as the results appear below it. */}
      <Caption1 role="status">
        Seed {results.seed}, {results.trials.toLocaleString()} trials per scenario. Net payout =
        incentives − credits + earnback over the term, to the provider.
        {stale && ' The model has changed since this run: run again to update.'}
      </Caption1>
      {results.precision && (
        <Caption1>{precisionReportText(results.precision, results.trials, convention)}</Caption1>
      )}
      <ComparisonGrid results={results} />
      <RiskSummaryTable outcome={scenario} currency={results.currency} />
      {focus && (
        <ProposalDetails
          outcome={focus}
          scenarioName={scenario.scenario.name}
          currency={results.currency}
          serviceLevels={results.serviceLevels}
          baselineName={focus.proposalId === baseline.id ? null : baseline.name}
        />
      )}
      {analysis && (
        <AnalysisView
          analysis={analysis}
          currency={results.currency}
          monthlyAtRisk={monthlyAtRisk(model, analysis.proposal.id)}
          runTrials={results.trials}
          comparedNet={outcomeOf(results, analysis.scenario.id, analysis.proposal.id)?.net.mean}
          working={results.analysis === null && analysesWorking}
        />
      )}
      <div className={styles.write}>
        <Button
          disabledFocusable={writeBlocker !== null}
          aria-describedby={writeBlocker ? writeReasonId : undefined}
          onClick={() => onWriteResults(results, { proposalId, scenarioId: scenario.scenario.id })}
        >
          Write results to workbook
        </Button>
        {writeBlocker && <Caption1 id={writeReasonId}>{writeBlocker}</Caption1>}
      </div>
    </section>
  );
}
