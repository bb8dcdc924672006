import { Body1, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { type AnalysesSoFar } from '../../runs/partialResults';
import { formatMoney } from '../money/paneMoneyText';
import { breakEvenText } from './breakEvenText';
import { RiskPricedFeeTable } from './RiskPricedFeeTable';
import { TornadoChart } from './TornadoChart';
import { useNumberConvention } from '../fields/numberConvention';
import { plusMinusText } from './precisionText';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

/** What stands in an analysis's place until it is there: it is on its way, or was cancelled. */
export function pendingText(what: string, working: boolean): string {
  return working
    ? `Working on ${what}…`
    : `${what[0].toUpperCase()}${what.slice(1)} was not computed: the run was cancelled.`;
}

/**
 * Said when an analysis simulated fewer trials than the run (analysisTrials.ts), so nobody reads its
 * ± as the comparison's; nothing when it took them all or was kept before analyses could take fewer.
 */
export function fewerTrialsText(
  taken: number | undefined,
  runTrials: number,
  what: string,
): string {
  if (taken === undefined || !(taken < runTrials)) return '';
  return ` ${what} on the first ${taken.toLocaleString()} of the run's ${runTrials.toLocaleString()} trials: runs on the same random numbers differ precisely with fewer.`;
}

/**
 * The what-if analyses of the run: sensitivity tornado, break-even level, risk-priced fee. Each
 * shows as soon as it is finished; until then its place says it is being worked on (`working`)
 * or, after a cancel, that it was not computed.
 */
export function AnalysisView({
  analysis: a,
  currency,
  monthlyAtRisk,
  runTrials,
  working = false,
}: {
  readonly analysis: AnalysesSoFar;
  readonly currency: string;
  /** The analysed proposal's at-risk amount, the scale against which a jump of the net counts. */
  readonly monthlyAtRisk: number;
  /** Trials of the run, against which an analysis that took fewer says so. */
  readonly runTrials: number;
  readonly working?: boolean;
}) {
  const styles = useStyles();
  const convention = useNumberConvention();
  const money = (x: number) => formatMoney(x, currency, { whole: true });
  const subject = `${a.proposal.name} under ${a.scenario.name}`;
  const basePlusMinus = a.sensitivity?.ok
    ? plusMinusText(a.sensitivity.value.baseNet, a.sensitivity.value.baseNetInterval, convention)
    : '';
  const breakEven = a.breakEven
    ? breakEvenText(a.breakEven, a.breakEvenServiceLevel, monthlyAtRisk, money, convention) +
      (a.breakEven.ok ? fewerTrialsText(a.breakEven.value.trials, runTrials, 'Searched') : '')
    : pendingText('the break-even', working);
  return (
    <section className={styles.section} aria-label="Analysis" aria-busy={working}>
      <Subtitle2 as="h3">Analysis of {subject}</Subtitle2>
      {a.sensitivity === null ? (
        <Body1>{pendingText('the sensitivity', working)}</Body1>
      ) : a.sensitivity.ok ? (
        <>
          <TornadoChart
            title={`Sensitivity of expected net: ${subject}`}
            result={a.sensitivity.value}
            currency={currency}
          />
          <Caption1>
            Base expected net {money(a.sensitivity.value.baseNet)}
            {basePlusMinus}. Each level moves one step (one standard deviation of its assumption, or
            the gap to the minimum level for a constant level) while the others stay put.
            {basePlusMinus &&
              ' ± after a change is the 95 % Monte Carlo interval of the expected net at that step.'}
            {fewerTrialsText(a.sensitivity.value.trials, runTrials, 'Simulated')}
            {a.sensitivity.value.omitted.length > 0 &&
              ` Left out: ${a.sensitivity.value.omitted.map((o) => `${o.name} (${o.reason})`).join('; ')}.`}
          </Caption1>
        </>
      ) : (
        <Body1>Sensitivity: {a.sensitivity.error.message}</Body1>
      )}
      <Body1>Break-even: {breakEven}</Body1>
      {a.fees.every((f) => f.fee === null) ? (
        <Body1>{pendingText('the risk-priced fee', working)}</Body1>
      ) : (
        <RiskPricedFeeTable analysis={a} currency={currency} working={working} />
      )}
    </section>
  );
}
