import { type AnalysisResults } from '../../runs/scenarioResults';
import { formatMoney } from '../money/paneMoneyText';
import { ResponsiveTable, type TableColumn } from '../tables/ResponsiveTable';
import { shareText } from './resultText';

const COLUMNS: readonly TableColumn[] = [
  { header: 'Monthly fee' },
  { header: 'Expected margin' },
  { header: 'Customer expected cost' },
  { header: 'Customer P95 cost' },
];

/** The monthly fee that keeps the target margin with 50%, 80% and 90% confidence, and what the customer then pays. */
export function RiskPricedFeeTable({
  analysis: a,
  currency,
}: {
  readonly analysis: AnalysisResults;
  readonly currency: string;
}) {
  const money = (x: number) => formatMoney(x, currency, { whole: true });
  return (
    <ResponsiveTable
      caption={`Risk-priced fee: cost base ${money(a.monthlyCost)} a month, target margin ${shareText(a.targetMargin)}`}
      rowHeader="Confidence"
      columns={COLUMNS}
      rows={a.fees.map(({ confidence, fee }) => ({
        key: String(confidence),
        header: `P${Math.round(confidence * 100)}`,
        cells: fee.ok
          ? [
              money(fee.value.monthlyFee),
              shareText(fee.value.expectedMargin),
              money(fee.value.customerExpectedCost),
              money(fee.value.customerP95Cost),
            ]
          : { message: fee.error.message },
      }))}
      stackBelow="wide"
    />
  );
}
