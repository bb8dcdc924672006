import { mergeClasses } from '@fluentui/react-components';
import { type ScenarioOutcome } from '../../runs/scenarioResults';
import { formatMoney } from '../money/paneMoneyText';
import { useResultTableStyles } from './resultText';

/**
 * The risk each party carries under one scenario: the provider's expected net and its P95 downside
 * (the net it falls to or below in the worst 5% of trials), the customer's expected and P95 cost.
 */
export function RiskSummaryTable({
  outcome,
  currency,
}: {
  readonly outcome: ScenarioOutcome;
  readonly currency: string;
}) {
  const styles = useResultTableStyles();
  const num = mergeClasses(styles.cell, styles.number);
  const money = (x: number) => formatMoney(x, currency, { whole: true });
  return (
    <div className={styles.scroll}>
      <table className={styles.table}>
        <caption className={styles.caption}>Risk by party under {outcome.scenario.name}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className={styles.cell}>
              Proposal
            </th>
            <th scope="colgroup" colSpan={2} className={num}>
              Provider net
            </th>
            <th scope="colgroup" colSpan={2} className={num}>
              Customer cost
            </th>
          </tr>
          <tr>
            <th scope="col" className={num}>
              Expected
            </th>
            <th scope="col" className={num}>
              P95 downside
            </th>
            <th scope="col" className={num}>
              Expected
            </th>
            <th scope="col" className={num}>
              P95
            </th>
          </tr>
        </thead>
        <tbody>
          {outcome.summary.proposals.map((o) => (
            <tr key={o.proposalId}>
              <th scope="row" className={styles.cell}>
                {o.name}
              </th>
              <td className={num}>{money(o.net.mean)}</td>
              <td className={num}>{money(o.net.p5)}</td>
              <td className={num}>{money(o.customerCost.mean)}</td>
              <td className={num}>{money(o.customerCost.p95)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
