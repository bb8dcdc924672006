import { mergeClasses } from '@fluentui/react-components';
import { type AnalysisResults } from '../../runs/scenarioResults';
import { formatMoney } from '../money/paneMoneyText';
import { shareText, useResultTableStyles } from './resultText';

/** The monthly fee that keeps the target margin with 50%, 80% and 90% confidence, and what the customer then pays. */
export function RiskPricedFeeTable({
  analysis: a,
  currency,
}: {
  readonly analysis: AnalysisResults;
  readonly currency: string;
}) {
  const styles = useResultTableStyles();
  const num = mergeClasses(styles.cell, styles.number);
  const money = (x: number) => formatMoney(x, currency, { whole: true });
  return (
    <div className={styles.scroll}>
      <table className={styles.table}>
        <caption className={styles.caption}>
          Risk-priced fee: cost base {money(a.monthlyCost)} a month, target margin{' '}
          {shareText(a.targetMargin)}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.cell}>
              Confidence
            </th>
            <th scope="col" className={num}>
              Monthly fee
            </th>
            <th scope="col" className={num}>
              Expected margin
            </th>
            <th scope="col" className={num}>
              Customer expected cost
            </th>
            <th scope="col" className={num}>
              Customer P95 cost
            </th>
          </tr>
        </thead>
        <tbody>
          {a.fees.map(({ confidence, fee }) => {
            const label = `P${Math.round(confidence * 100)}`;
            return (
              <tr key={label}>
                <th scope="row" className={styles.cell}>
                  {label}
                </th>
                {fee.ok ? (
                  <>
                    <td className={num}>{money(fee.value.monthlyFee)}</td>
                    <td className={num}>{shareText(fee.value.expectedMargin)}</td>
                    <td className={num}>{money(fee.value.customerExpectedCost)}</td>
                    <td className={num}>{money(fee.value.customerP95Cost)}</td>
                  </>
                ) : (
                  <td className={styles.cell} colSpan={4}>
                    {fee.error.message}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
