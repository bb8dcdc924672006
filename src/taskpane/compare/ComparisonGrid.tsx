import { Fragment } from 'react';
import { Caption1, mergeClasses } from '@fluentui/react-components';
import { outcomeOf, type ScenarioRunResults } from '../../runs/scenarioResults';
import { formatMoney } from '../money/paneMoneyText';
import { useResultTableStyles } from './resultText';

/**
 * Every proposal under every scenario: the provider's expected net payout over the term, and its
 * difference from the baseline on the same simulated performance (zero for the baseline itself).
 */
export function ComparisonGrid({ results }: { readonly results: ScenarioRunResults }) {
  const styles = useResultTableStyles();
  const num = mergeClasses(styles.cell, styles.number);
  const money = (x: number | undefined, signed = false) =>
    x === undefined ? '–' : formatMoney(x, results.currency, { signed, whole: true });
  const baseline = results.proposals[0]?.name ?? '';
  const rowName = mergeClasses(styles.cell, styles.rowName);
  return (
    <div>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <caption className={styles.caption}>Proposals × scenarios</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2} className={rowName}>
                Proposal
              </th>
              {results.scenarios.map(({ scenario }) => (
                <th key={scenario.id} scope="colgroup" colSpan={2} className={num}>
                  {scenario.name}
                </th>
              ))}
            </tr>
            <tr>
              {results.scenarios.map(({ scenario }) => (
                <Fragment key={scenario.id}>
                  <th scope="col" className={num}>
                    Expected net
                  </th>
                  <th scope="col" className={num} aria-label={`Δ vs ${baseline}`}>
                    Δ
                  </th>
                </Fragment>
              ))}
            </tr>
          </thead>
          <tbody>
            {results.proposals.map((p) => (
              <tr key={p.id}>
                <th scope="row" className={rowName}>
                  {p.name}
                </th>
                {results.scenarios.map(({ scenario }) => {
                  const o = outcomeOf(results, scenario.id, p.id);
                  return (
                    <Fragment key={scenario.id}>
                      <td className={num}>{money(o?.net.mean)}</td>
                      <td className={num}>{money(o?.difference.mean, true)}</td>
                    </Fragment>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Caption1 className={styles.note}>
        Expected net payout to the provider over the term; Δ is the difference from {baseline} on
        the same simulated performance.
      </Caption1>
    </div>
  );
}
