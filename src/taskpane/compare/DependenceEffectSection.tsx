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
import { hasDependence } from '../../engine/simulation/independentScenario';
import { type OutcomeModel } from '../../engine/terms/outcomeModel';
import { type DependenceEffect } from '../../runs/dependenceEffectRuns';
import { ChoiceField } from '../fields/ChoiceField';
import { useFormStyles } from '../fields/useFormStyles';
import { useNumberConvention } from '../fields/numberConvention';
import { groupedNumberText } from '../../engine/rules/numberText';
import { modelFingerprint } from '../../runs/modelFingerprint';
import { halfWidth, hasInterval, type Interval } from '../../engine/simulation/precision';
import { PRECISION_NOTE, plusMinusText, shareRangeText } from './precisionText';
import { formatMoney } from '../money/paneMoneyText';
import { ResponsiveTable, type TableColumn } from '../tables/ResponsiveTable';
import { countText, shareText, useResultTableStyles } from './resultText';
import { buildRequest, type ResolvedSettings } from './runSettings';
import { type DependenceEffectRun } from './useDependenceEffect';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  progress: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

const COLUMNS: readonly TableColumn[] = [
  { header: 'As entered', group: 'Cap reached' },
  { header: 'Independent', group: 'Cap reached' },
  { header: 'As entered', group: 'Months at the cap' },
  { header: 'Independent', group: 'Months at the cap' },
  { header: 'As entered', group: 'P5 net' },
  { header: 'Independent', group: 'P5 net' },
];

export interface DependenceEffectSectionProps {
  readonly model: OutcomeModel;
  /** The Compare tab's settings: its proposals, baseline, trials and seed. */
  readonly settings: ResolvedSettings;
  readonly run: DependenceEffectRun;
}

/**
 * Why correlation matters: a scenario with correlated service levels or bad months, run as entered
 * and with its service levels independent, on the same trials — how often the at-risk cap is
 * reached and the provider's P5 net, side by side. Shown only when some scenario has either.
 */
export function DependenceEffectSection({ model, settings, run }: DependenceEffectSectionProps) {
  const styles = useStyles();
  const form = useFormStyles();
  const titleId = useId();
  const dependent = (model.scenarios ?? []).filter(hasDependence);
  if (dependent.length === 0) return null;
  const scenario =
    dependent.find((s) => s.id === run.scenarioId) ??
    dependent.find((s) => s.id === settings.focusScenarioId) ??
    dependent[0];
  const { state } = run;
  const fingerprint = modelFingerprint(model);
  const compare = () =>
    run.compare(
      buildRequest(model, settings).proposals,
      scenario,
      { trials: settings.trials, seed: settings.seed },
      fingerprint,
    );
  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <Subtitle1 as="h2" id={titleId}>
        Why correlation matters
      </Subtitle1>
      <Body1>
        The scenario as entered, and again with its service levels independent and no bad months, on
        the same trials: how often and in how many months the credits reach the at-risk cap, and the
        provider&apos;s net in the worst 5 % of trials.
      </Body1>
      <div className={form.form}>
        {dependent.length > 1 && (
          <ChoiceField
            label="Scenario"
            value={scenario.id}
            choices={dependent.map((s) => ({ value: s.id, label: s.name }))}
            onChange={run.chooseScenario}
          />
        )}
        <div className={form.actions}>
          <Button onClick={compare} disabledFocusable={state.status === 'running'}>
            Compare with independent service levels
          </Button>
          {state.status === 'running' && (
            <Button disabledFocusable={state.cancelling} onClick={run.cancel}>
              Cancel
            </Button>
          )}
        </div>
      </div>
      {state.status === 'running' && (
        <div className={styles.progress}>
          <Caption1>
            {state.cancelling
              ? 'Cancelling…'
              : `${state.scenarioName}, with and without correlation…`}
          </Caption1>
          <ProgressBar
            aria-label="Correlation comparison progress"
            value={
              state.progress && state.progress.total > 0
                ? state.progress.done / state.progress.total
                : undefined
            }
          />
        </div>
      )}
      {state.status === 'completed' && state.fingerprint !== fingerprint && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            The model has changed since this comparison: compare again to update it.
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'completed' && <DependenceEffectTable effect={state.effect} />}
      {state.status === 'cancelled' && <Body1>The comparison was cancelled.</Body1>}
      {state.status === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{`The comparison failed: ${state.message}`}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

function DependenceEffectTable({ effect }: { readonly effect: DependenceEffect }) {
  const note = useResultTableStyles();
  const convention = useNumberConvention();
  const money = (x: number, interval: Interval) =>
    formatMoney(x, effect.currency, { whole: true }) + plusMinusText(x, interval, convention);
  // Two decimals, as the proposal's details show months at the cap.
  const months = (x: number, interval: Interval) =>
    groupedNumberText(x, convention, 2) +
    (hasInterval(interval) && interval.high > interval.low
      ? ` ± ${groupedNumberText(halfWidth(x, interval), convention, 2)}`
      : '');
  const share = (x: number, interval: Interval) =>
    shareText(x) + shareRangeText(interval, convention);
  return (
    <>
      <ResponsiveTable
        caption={`${effect.scenario.name}: with and without correlation`}
        rowHeader="Proposal"
        columns={COLUMNS}
        rows={effect.rows.map((row) => ({
          key: row.proposal.id,
          header: row.proposal.name,
          cells: [
            share(row.dependent.capHitProbability, row.dependent.intervals.capHit),
            share(row.independent.capHitProbability, row.independent.intervals.capHit),
            months(row.dependent.expectedCapHitMonths, row.dependent.intervals.capHitMonths),
            months(row.independent.expectedCapHitMonths, row.independent.intervals.capHitMonths),
            money(row.dependent.p5Net, row.dependent.intervals.p5Net),
            money(row.independent.p5Net, row.independent.intervals.p5Net),
          ],
        }))}
        stackBelow="wide"
      />
      <Caption1 className={note.note}>
        {`Independent: no correlation between service levels and no bad months. Cap reached: share of trials in which some month's credits reach the at-risk amount; months at the cap: on average over the term. ${countText(effect.trials)} trials each, seed ${effect.seed}; both runs draw the same random numbers, so the difference is the correlation's and the bad months'. ${PRECISION_NOTE}`}
      </Caption1>
    </>
  );
}
