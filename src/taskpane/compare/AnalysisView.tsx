import { Body1, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { type AnalysisResults } from '../../runs/scenarioResults';
import { formatMoney } from '../money/paneMoneyText';
import { breakEvenText } from './breakEvenText';
import { RiskPricedFeeTable } from './RiskPricedFeeTable';
import { TornadoChart } from './TornadoChart';
import { useNumberConvention } from '../fields/numberConvention';
import { plusMinusText } from './precisionText';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

/** The what-if analyses of the run: sensitivity tornado, break-even level, risk-priced fee. */
export function AnalysisView({
  analysis: a,
  currency,
  monthlyAtRisk,
}: {
  readonly analysis: AnalysisResults;
  readonly currency: string;
  /** The analysed proposal's at-risk amount, the scale against which a jump of the net counts. */
  readonly monthlyAtRisk: number;
}) {
  const styles = useStyles();
  const convention = useNumberConvention();
  const money = (x: number) => formatMoney(x, currency, { whole: true });
  const subject = `${a.proposal.name} under ${a.scenario.name}`;
  const basePlusMinus = a.sensitivity.ok
    ? plusMinusText(a.sensitivity.value.baseNet, a.sensitivity.value.baseNetInterval, convention)
    : '';
  const breakEven = breakEvenText(
    a.breakEven,
    a.breakEvenServiceLevel,
    monthlyAtRisk,
    money,
    convention,
  );
  return (
    <section className={styles.section} aria-label="Analysis">
      <Subtitle2 as="h3">Analysis of {subject}</Subtitle2>
      {a.sensitivity.ok ? (
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
            {a.sensitivity.value.omitted.length > 0 &&
              ` Left out: ${a.sensitivity.value.omitted.map((o) => `${o.name} (${o.reason})`).join('; ')}.`}
          </Caption1>
        </>
      ) : (
        <Body1>Sensitivity: {a.sensitivity.error.message}</Body1>
      )}
      <Body1>Break-even: {breakEven}</Body1>
      <RiskPricedFeeTable analysis={a} currency={currency} />
    </section>
  );
}
