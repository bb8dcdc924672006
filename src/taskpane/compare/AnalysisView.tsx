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
 * ± as the comparison's, with why that is enough; nothing when it took them all or was kept before
 * analyses could take fewer.
 */
export function fewerTrialsText(
  taken: number | undefined,
  runTrials: number,
  what: 'sensitivity' | 'breakEven',
): string {
  if (taken === undefined || !(taken < runTrials)) return '';
  const of = `on the first ${taken.toLocaleString()} of the run's ${runTrials.toLocaleString()} trials, to save time`;
  return what === 'sensitivity'
    ? ` Simulated ${of}: every step uses the same simulated months, so the changes are reliable on fewer trials.`
    : ` Searched ${of}: every level tried uses the same simulated months.`;
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
  comparedNet,
  working = false,
}: {
  readonly analysis: AnalysesSoFar;
  readonly currency: string;
  /** The analysed proposal's at-risk amount, the scale against which a jump of the net counts. */
  readonly monthlyAtRisk: number;
  /** Trials of the run, against which an analysis that took fewer says so. */
  readonly runTrials: number;
  /** The comparison's expected net of the analysed proposal and scenario, on every trial. */
  readonly comparedNet?: number;
  readonly working?: boolean;
}) {
  const styles = useStyles();
  const convention = useNumberConvention();
  const money = (x: number) => formatMoney(x, currency, { whole: true });
  const subject = `${a.proposal.name} under ${a.scenario.name}`;
  const basePlusMinus = a.sensitivity?.ok
    ? plusMinusText(a.sensitivity.value.baseNet, a.sensitivity.value.baseNetInterval, convention)
    : '';
  // On fewer trials than the comparison, the base differs from the grid's figure: say both.
  const taken = a.sensitivity?.ok ? a.sensitivity.value.trials : undefined;
  const baseAgainstGrid =
    comparedNet !== undefined && taken !== undefined && taken < runTrials
      ? ` on those trials (the comparison above, on all of them: ${money(comparedNet)})`
      : '';
  const breakEven = a.breakEven
    ? breakEvenText(a.breakEven, a.breakEvenServiceLevel, monthlyAtRisk, money, convention) +
      (a.breakEven.ok ? fewerTrialsText(a.breakEven.value.trials, runTrials, 'breakEven') : '')
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
            {fewerTrialsText(a.sensitivity.value.trials, runTrials, 'sensitivity').trim()} Base
            expected net {money(a.sensitivity.value.baseNet)}
            {basePlusMinus}
            {baseAgainstGrid}. Each level moves one step (one standard deviation of its assumption,
            or the gap to the minimum level for a constant level) while the others stay put.
            {basePlusMinus &&
              ' In the values, each change is followed by the expected net at that step and its 95 % Monte Carlo interval.'}
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
