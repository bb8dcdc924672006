import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  ProgressBar,
} from '@fluentui/react-components';
import { type GoalSeekRequest } from '../../engine/analyses/goalSeek';
import { type GoalSeekFigure } from '../../engine/analyses/goalSeekFigures';
import { type OutcomeModel } from '../../engine/terms/outcomeModel';
import { modelProposals } from '../../engine/terms/proposal';
import { type ContractEditorAction } from '../editor/contractEditorReducer';
import { ChoiceField } from '../fields/ChoiceField';
import { numberText, percentText } from '../fields/fieldText';
import { useNumberConvention } from '../fields/numberConvention';
import { ParsedField } from '../fields/ParsedField';
import { useFormStyles } from '../fields/useFormStyles';
import { FIGURE_LABELS, goalSeekLines, termValueText } from './goalSeekText';
import { shortestWithin, termChoices, termEdit } from './goalSeekTerms';
import { type ResolvedSettings } from './runSettings';
import { type GoalSeeking } from './useGoalSeek';

export interface GoalSeekFormProps {
  readonly model: OutcomeModel;
  /** The search and the form's choices, kept above the tabs. */
  readonly seeking: GoalSeeking;
  /** The run's trials and seed, its focus proposal and scenario (the defaults), its cost base. */
  readonly settings: ResolvedSettings;
  /** Puts a value found into the contract or a proposal, as an edit of `proposalId`. */
  readonly onApplyTerm: (proposalId: string, edit: ContractEditorAction) => void;
}

const FIGURES = (Object.keys(FIGURE_LABELS) as GoalSeekFigure[]).map((value) => ({
  value,
  label: FIGURE_LABELS[value],
}));

const named = (items: readonly { id: string; name: string }[]) =>
  items.map((i) => ({ value: i.id, label: i.name.trim() || '(unnamed)' }));

/** Which term value brings a figure to a target: chosen, run off the pane's thread, and applied. */
export function GoalSeekForm({ model, seeking, settings, onApplyTerm }: GoalSeekFormProps) {
  const styles = useFormStyles();
  const convention = useNumberConvention();
  const { chosen: picked, choose, applied, setApplied } = seeking;
  const chosen = { ...picked, targetMargin: picked.targetMargin ?? settings.targetMargin };
  const proposals = modelProposals(model);
  const scenarios = model.scenarios ?? [];
  const proposal =
    proposals.find((p) => p.id === (chosen.proposalId ?? settings.focusProposalId)) ?? proposals[0];
  const scenario =
    scenarios.find((s) => s.id === (chosen.scenarioId ?? settings.focusScenarioId)) ?? scenarios[0];
  const contract = proposal.contract;
  const terms = termChoices(contract, convention);
  const term = terms.find((t) => t.value === chosen.term) ?? terms[0];
  const margin = chosen.figure === 'expectedMargin';

  const run = () => {
    if (!scenario || !seeking.start) return;
    setApplied(null);
    const request: GoalSeekRequest = {
      simulation: { proposals: [proposal], scenario, trials: settings.trials, seed: settings.seed },
      proposalId: proposal.id,
      term: term.term,
      figure: chosen.figure,
      target: margin ? chosen.targetMargin : chosen.targetNet,
      termCost: settings.monthlyCost * contract.termMonths,
      convention,
    };
    seeking.start(request);
  };

  const last = seeking.last;
  const found = last?.outcome.kind === 'found' ? last.outcome.result : null;
  const foundIn = last && proposals.find((p) => p.id === last.request.proposalId);
  const foundTerm = found && terms.find((t) => t.value === JSON.stringify(found.term));
  const value =
    found &&
    // The shortest value within the final bracket, or within the default tolerance of an exact hit.
    shortestWithin(
      found.value,
      Math.min(
        found.bracket.lower,
        found.value - (found.searchRange.upper - found.searchRange.lower) * 5e-7,
      ),
      Math.max(
        found.bracket.upper,
        found.value + (found.searchRange.upper - found.searchRange.lower) * 5e-7,
      ),
    );
  const currency = foundIn?.contract.currency ?? contract.currency;
  const lines =
    found && foundTerm ? goalSeekLines(found, foundTerm.percent, currency, convention) : null;
  const valueShown =
    found && foundTerm && value !== null
      ? termValueText(value, foundTerm.percent, currency, convention)
      : '';

  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>Goal seek</legend>
      {scenarios.length === 0 && (
        <Body1>Add a scenario to find the term value that brings a figure to a target.</Body1>
      )}
      <ChoiceField
        label="Goal seek in"
        value={proposal.id}
        choices={named(proposals)}
        onChange={(proposalId) => choose({ proposalId, term: null })}
      />
      {scenario && (
        <ChoiceField
          label="Under scenario"
          value={scenario.id}
          choices={named(scenarios)}
          onChange={(scenarioId) => choose({ scenarioId })}
        />
      )}
      <ChoiceField
        label="Term to change"
        value={term.value}
        choices={terms}
        onChange={(value) => choose({ term: value })}
      />
      <ChoiceField
        label="Figure"
        value={chosen.figure}
        choices={FIGURES}
        onChange={(figure) => choose({ figure })}
      />
      {margin ? (
        <ParsedField
          key="margin"
          label="Target"
          value={chosen.targetMargin}
          format={percentText}
          contentAfter="%"
          hint="(Charges + net − cost) ÷ charges, with the analysis's monthly cost base; gain/pain share and volume charges are not in it"
          onCommit={(targetMargin) => choose({ targetMargin })}
        />
      ) : (
        <ParsedField
          key="net"
          label="Target"
          value={chosen.targetNet}
          format={numberText}
          contentAfter={contract.currency}
          hint="The provider's service-level net over the term: incentives less credits, plus earnback"
          onCommit={(targetNet) => choose({ targetNet })}
        />
      )}
      <div className={styles.actions} role="toolbar" aria-label="Goal seek">
        <Button
          appearance="primary"
          disabledFocusable={!scenario || seeking.running || !seeking.start}
          onClick={run}
        >
          Run goal seek
        </Button>
        {seeking.running && (
          <Button disabledFocusable={seeking.cancelling} onClick={seeking.cancel}>
            Cancel goal seek
          </Button>
        )}
      </div>
      {seeking.running && (
        <>
          <Caption1>
            {seeking.cancelling
              ? 'Cancelling…'
              : seeking.progress
                ? `Simulation ${seeking.progress.evaluations}: ${termValueText(seeking.progress.value, term.percent, contract.currency, convention)}`
                : 'Starting…'}
          </Caption1>
          <ProgressBar aria-label="Goal seek progress" />
        </>
      )}
      {last?.outcome.kind === 'failed' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{last.outcome.message}</MessageBarBody>
        </MessageBar>
      )}
      {last?.outcome.kind === 'cancelled' && <Caption1>Goal seek cancelled.</Caption1>}
      {found && foundTerm && lines && value !== null && foundIn && (
        <div role="status" aria-label="Goal seek result" className={styles.group}>
          <Body1>{`${foundTerm.label}: ${valueShown}`}</Body1>
          <Body1>{lines.reached}</Body1>
          <Caption1>{lines.pinned}</Caption1>
          {lines.jump && <Caption1>{lines.jump}</Caption1>}
          <div className={styles.actions}>
            <Button
              onClick={() => {
                onApplyTerm(foundIn.id, termEdit(found.term, value));
                setApplied(`${foundIn.name} now has ${foundTerm.label}: ${valueShown}.`);
              }}
            >
              {`Use this value in ${foundIn.name}`}
            </Button>
          </div>
          {applied && <Caption1>{applied}</Caption1>}
        </div>
      )}
    </fieldset>
  );
}
