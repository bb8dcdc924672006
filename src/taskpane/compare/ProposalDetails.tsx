import { mergeClasses } from '@fluentui/react-components';
import { type ProposalOutcome } from '../../engine/simulation/simulationSummary';
import { type ServiceLevelRef } from '../../runs/scenarioResults';
import { formatMoney } from '../money/paneMoneyText';
import { NetHistogram } from './NetHistogram';
import { shareText, useResultTableStyles } from './resultText';

export interface ProposalDetailsProps {
  readonly outcome: ProposalOutcome;
  readonly scenarioName: string;
  readonly currency: string;
  readonly serviceLevels: readonly ServiceLevelRef[];
  /** Null when this proposal is the baseline. */
  readonly baselineName: string | null;
}

/** One proposal under one scenario: how often the cap bites, the expected money, which level drives it, the spread. */
export function ProposalDetails({
  outcome: o,
  scenarioName,
  currency,
  serviceLevels,
  baselineName,
}: ProposalDetailsProps) {
  const styles = useResultTableStyles();
  const num = mergeClasses(styles.cell, styles.number);
  const money = (x: number) => formatMoney(x, currency, { whole: true });
  const title = `${o.name} under ${scenarioName}`;
  const nameOf = (id: string) => serviceLevels.find((sl) => sl.id === id)?.name ?? id;
  const figures: [string, string][] = [
    ['At-risk cap hit', `${shareText(o.capHitProbability)} of trials`],
    ['Months at the cap, per term', o.expectedCapHitMonths.toFixed(2)],
    ['Expected credits', money(o.expectedCredits)],
    ['Expected incentives', money(o.expectedIncentives)],
    ['Expected earnback', money(o.expectedEarnback)],
    [
      'Net payout P5 · median · P95',
      `${money(o.net.p5)} · ${money(o.net.p50)} · ${money(o.net.p95)}`,
    ],
  ];
  if (baselineName !== null)
    figures.push([
      `Pays more than ${baselineName}`,
      `${shareText(o.probabilityHigherNet)} of trials`,
    ]);
  return (
    <>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <caption className={styles.caption}>{title}</caption>
          <tbody>
            {figures.map(([label, value]) => (
              <tr key={label}>
                <th scope="row" className={styles.cell}>
                  {label}
                </th>
                <td className={num}>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <caption className={styles.caption}>Money per service level: {title}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.cell}>
                Service level
              </th>
              <th scope="col" className={num}>
                Expected credits
              </th>
              <th scope="col" className={num}>
                Expected incentives
              </th>
              <th scope="col" className={num}>
                Share of credits
              </th>
            </tr>
          </thead>
          <tbody>
            {o.serviceLevels.map((sl) => (
              <tr key={sl.serviceLevelId}>
                <th scope="row" className={styles.cell}>
                  {nameOf(sl.serviceLevelId)}
                </th>
                <td className={num}>{money(sl.expectedCredits)}</td>
                <td className={num}>{money(sl.expectedIncentives)}</td>
                <td className={num}>{shareText(sl.shareOfCredits)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <NetHistogram title={`Net payout histogram: ${title}`} net={o.net} currency={currency} />
    </>
  );
}
