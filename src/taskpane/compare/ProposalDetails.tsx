import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { groupedNumberText } from '../../engine/rules/numberText';
import { useNumberConvention } from '../fields/numberConvention';
import { type ProposalOutcome } from '../../engine/simulation/simulationSummary';
import { type ServiceLevelRef } from '../../runs/scenarioResults';
import { formatMoney } from '../money/paneMoneyText';
import { ResponsiveTable, type TableColumn } from '../tables/ResponsiveTable';
import { NetHistogram } from './NetHistogram';
import { shareText } from './resultText';
import { useResponsiveTableStyles } from '../tables/responsiveTableStyles';
import { plusMinusText, shareRangeText } from './precisionText';
import { halfWidth, hasInterval, type Interval } from '../../engine/simulation/precision';

const useDetailStyles = makeStyles({
  // Its own line: "327.918 €" above "± 1.064" keeps the value column narrow.
  interval: { display: 'block', color: tokens.colorNeutralForeground2 },
});

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
  const details = useDetailStyles();
  const convention = useNumberConvention();
  const num = mergeClasses(styles.cell, styles.number);
  // Each simulated figure with its 95 % interval on a line of its own below it (precisionText.ts),
  // so the two-column table stays within a 320 px pane; runs kept before intervals have none.
  type Shown = readonly [figure: string, interval: string];
  const pm = (x: number, interval: Interval | undefined) =>
    plusMinusText(x, interval, convention).trim();
  const money = (x: number, interval?: Interval): Shown => [
    formatMoney(x, currency, { whole: true }),
    pm(x, interval),
  ];
  const signed = (x: number, interval?: Interval): Shown => [
    formatMoney(x, currency, { whole: true, signed: true }),
    pm(x, interval),
  ];
  const p = o.precision;
  const share = (x: number, interval: Interval | undefined): Shown => [
    `${shareText(x)} of trials`,
    shareRangeText(interval, convention).replace(/^, /, ''),
  ];
  const title = `${o.name} under ${scenarioName}`;
  const nameOf = (id: string) => serviceLevels.find((sl) => sl.id === id)?.name ?? id;
  const figures: [string, Shown][] = [
    ['At-risk cap hit', share(o.capHitProbability, p.capHit)],
    [
      'Months at the cap, per term',
      [
        groupedNumberText(o.expectedCapHitMonths, convention, 2),
        hasInterval(p.expectedCapHitMonths)
          ? `± ${groupedNumberText(halfWidth(o.expectedCapHitMonths, p.expectedCapHitMonths), convention, 2)}`
          : '',
      ],
    ],
    ['Expected credits', money(o.expectedCredits, p.expectedCredits)],
    ['Expected incentives', money(o.expectedIncentives, p.expectedIncentives)],
    ['Expected earnback', money(o.expectedEarnback, p.expectedEarnback)],
    ['Net payout, P5', money(o.net.p5, o.net.precision.p5)],
    ['Net payout, median', money(o.net.p50, o.net.precision.p50)],
    ['Net payout, P95', money(o.net.p95, o.net.precision.p95)],
  ];
  // The provider's side: + it keeps of savings, − it bears of overruns, over the term.
  if (o.gainShare !== null)
    figures.push(
      ['Gain/pain share, expected', signed(o.gainShare.mean, o.gainShare.precision.mean)],
      ['Gain/pain share, P5', signed(o.gainShare.p5, o.gainShare.precision.p5)],
      ['Gain/pain share, P95', signed(o.gainShare.p95, o.gainShare.precision.p95)],
    );
  // What the customer pays per outcome over the term, on top of the monthly charges.
  if (o.volumeCharges !== null)
    figures.push(
      ['Volume charges, expected', money(o.volumeCharges.mean, o.volumeCharges.precision.mean)],
      ['Volume charges, P5', money(o.volumeCharges.p5, o.volumeCharges.precision.p5)],
      ['Volume charges, P95', money(o.volumeCharges.p95, o.volumeCharges.precision.p95)],
    );
  if (baselineName !== null)
    figures.push([
      `Pays more than ${baselineName}`,
      share(o.probabilityHigherNet, p.probabilityHigherNet),
    ]);
  const joined = ([figure, interval]: Shown) => (interval ? `${figure} ${interval}` : figure);
  return (
    <>
      <div className={styles.room}>
        <table className={styles.table}>
          <caption className={styles.caption}>{title}</caption>
          <tbody>
            {figures.map(([label, [figure, interval]]) => (
              <tr key={label}>
                <th scope="row" className={styles.cell}>
                  {label}
                </th>
                <td className={num}>
                  {figure}
                  {interval && <span className={details.interval}> {interval}</span>}
                </td>
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
            joined(money(sl.expectedCredits, sl.precision.expectedCredits)),
            joined(money(sl.expectedIncentives, sl.precision.expectedIncentives)),
            shareText(sl.shareOfCredits),
          ],
        }))}
        stackBelow="narrow"
      />
      <NetHistogram title={`Net payout histogram: ${title}`} net={o.net} currency={currency} />
    </>
  );
}
