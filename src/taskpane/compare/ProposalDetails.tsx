import { mergeClasses } from '@fluentui/react-components';
import { groupedNumberText } from '../../engine/rules/numberText';
import { useNumberConvention } from '../fields/numberConvention';
import { type ProposalOutcome } from '../../engine/simulation/simulationSummary';
import { type ServiceLevelRef } from '../../runs/scenarioResults';
import { formatMoney } from '../money/paneMoneyText';
import { ResponsiveTable, type TableColumn } from '../tables/ResponsiveTable';
import { NetHistogram } from './NetHistogram';
import { shareText } from './resultText';
import { useResponsiveTableStyles } from '../tables/responsiveTableStyles';

const PER_LEVEL: readonly TableColumn[] = [
  { header: 'Expected credits' },
  { header: 'Expected incentives' },
  { header: 'Share of credits' },
];

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
  // A label and a value per row: narrow enough for any pane, so it never needs to stack.
  const styles = useResponsiveTableStyles();
  const convention = useNumberConvention();
  const num = mergeClasses(styles.cell, styles.number);
  const money = (x: number) => formatMoney(x, currency, { whole: true });
  const signed = (x: number) => formatMoney(x, currency, { whole: true, signed: true });
  const title = `${o.name} under ${scenarioName}`;
  const nameOf = (id: string) => serviceLevels.find((sl) => sl.id === id)?.name ?? id;
  const figures: [string, string][] = [
    ['At-risk cap hit', `${shareText(o.capHitProbability)} of trials`],
    ['Months at the cap, per term', groupedNumberText(o.expectedCapHitMonths, convention, 2)],
    ['Expected credits', money(o.expectedCredits)],
    ['Expected incentives', money(o.expectedIncentives)],
    ['Expected earnback', money(o.expectedEarnback)],
    ['Net payout, P5', money(o.net.p5)],
    ['Net payout, median', money(o.net.p50)],
    ['Net payout, P95', money(o.net.p95)],
  ];
  // The provider's side: + it keeps of savings, − it bears of overruns, over the term.
  if (o.gainShare !== null)
    figures.push(
      ['Gain/pain share, expected', signed(o.gainShare.mean)],
      ['Gain/pain share, P5', signed(o.gainShare.p5)],
      ['Gain/pain share, P95', signed(o.gainShare.p95)],
    );
  // What the customer pays per outcome over the term, on top of the monthly charges.
  if (o.volumeCharges !== null)
    figures.push(
      ['Volume charges, expected', money(o.volumeCharges.mean)],
      ['Volume charges, P5', money(o.volumeCharges.p5)],
      ['Volume charges, P95', money(o.volumeCharges.p95)],
    );
  if (baselineName !== null)
    figures.push([
      `Pays more than ${baselineName}`,
      `${shareText(o.probabilityHigherNet)} of trials`,
    ]);
  return (
    <>
      <div className={styles.room}>
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
      <ResponsiveTable
        caption={`Money per service level: ${title}`}
        rowHeader="Service level"
        columns={PER_LEVEL}
        rows={o.serviceLevels.map((sl) => ({
          key: sl.serviceLevelId,
          header: nameOf(sl.serviceLevelId),
          cells: [
            money(sl.expectedCredits),
            money(sl.expectedIncentives),
            shareText(sl.shareOfCredits),
          ],
        }))}
        stackBelow="narrow"
      />
      <NetHistogram title={`Net payout histogram: ${title}`} net={o.net} currency={currency} />
    </>
  );
}
