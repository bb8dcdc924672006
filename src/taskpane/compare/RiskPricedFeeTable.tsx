import { type AnalysesSoFar } from '../../runs/partialResults';
import { type Interval } from '../../engine/simulation/precision';
import { formatMoney } from '../money/paneMoneyText';
import { ResponsiveTable, type TableColumn } from '../tables/ResponsiveTable';
import { shareText } from './resultText';
import { useNumberConvention } from '../fields/numberConvention';
import { plusMinusText } from './precisionText';
import { feeCellText, marginPlusMinusText } from './feePrecisionText';

const COLUMNS: readonly TableColumn[] = [
  { header: 'Monthly fee' },
  { header: 'Expected margin' },
  { header: 'Customer expected cost' },
  { header: 'Customer P95 cost' },
];

/**
 * The monthly fee that keeps the target margin with 50%, 80% and 90% confidence, and what the
 * customer then pays; each figure ± its 95 % Monte Carlo interval where the run has one.
 */
export function RiskPricedFeeTable({
  analysis: a,
  currency,
  working = false,
}: {
  readonly analysis: AnalysesSoFar;
  readonly currency: string;
  /** Fees not priced yet are being worked on (else they were cancelled). */
  readonly working?: boolean;
}) {
  const convention = useNumberConvention();
  const money = (x: number) => formatMoney(x, currency, { whole: true });
  const cost = (x: number, interval: Interval | undefined) =>
    money(x) + plusMinusText(x, interval, convention);
  return (
    <ResponsiveTable
      caption={`Risk-priced fee: cost base ${money(a.monthlyCost)} a month, target margin ${shareText(a.targetMargin)}`}
      rowHeader="Confidence"
      columns={COLUMNS}
      rows={a.fees.map(({ confidence, fee }) => ({
        key: String(confidence),
        header: `P${Math.round(confidence * 100)}`,
        cells: !fee
          ? { message: working ? 'Working on this fee…' : 'Not computed: the run was cancelled.' }
          : fee.ok
            ? [
                feeCellText(
                  fee.value.monthlyFee,
                  fee.value.precision?.monthlyFee,
                  money,
                  convention,
                ),
                shareText(fee.value.expectedMargin) +
                  marginPlusMinusText(
                    fee.value.expectedMargin,
                    fee.value.precision?.expectedMargin,
                    convention,
                  ),
                cost(fee.value.customerExpectedCost, fee.value.precision?.customerExpectedCost),
                cost(fee.value.customerP95Cost, fee.value.precision?.customerP95Cost),
              ]
            : { message: fee.error.message },
      }))}
      stackBelow="wide"
    />
  );
}
