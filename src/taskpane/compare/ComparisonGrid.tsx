import { Caption1 } from '@fluentui/react-components';
import { outcomeOf, type ScenarioRunResults } from '../../runs/scenarioResults';
import { formatMoney } from '../money/paneMoneyText';
import { ResponsiveTable, type TableColumn } from '../tables/ResponsiveTable';
import { useResultTableStyles } from './resultText';
import { useNumberConvention } from '../fields/numberConvention';
import { PRECISION_NOTE, plusMinusText } from './precisionText';
import { type DistributionSummary } from '../../engine/simulation/simulationSummary';

/**
 * Every proposal under every scenario: the provider's expected net payout over the term, and its
 * difference from the baseline on the same simulated performance (zero for the baseline itself).
 */
export function ComparisonGrid({ results }: { readonly results: ScenarioRunResults }) {
  const styles = useResultTableStyles();
  const convention = useNumberConvention();
  const money = (d: DistributionSummary | undefined, signed = false) =>
    d === undefined
      ? '–'
      : formatMoney(d.mean, results.currency, { signed, whole: true }) +
        plusMinusText(d.mean, d.precision.mean, convention);
  const baseline = results.proposals[0]?.name ?? '';
  const columns: TableColumn[] = results.scenarios.flatMap(({ scenario }) => [
    { header: 'Expected net', group: scenario.name },
    { header: 'Δ', ariaLabel: `Δ vs ${baseline}`, group: scenario.name },
  ]);
  const rows = results.proposals.map((p) => ({
    key: p.id,
    header: p.name,
    cells: results.scenarios.flatMap(({ scenario }) => {
      const o = outcomeOf(results, scenario.id, p.id);
      return [money(o?.net), money(o?.difference, true)];
    }),
  }));
  return (
    <div>
      <ResponsiveTable
        caption="Proposals × scenarios"
        rowHeader="Proposal"
        columns={columns}
        rows={rows}
        stackBelow={results.scenarios.length > 1 ? 'wide' : 'narrow'}
      />
      <Caption1 className={styles.note}>
        Expected net payout to the provider over the term; Δ is the difference from {baseline} on
        the same simulated performance. {PRECISION_NOTE}
      </Caption1>
    </div>
  );
}
