import { type ScenarioOutcome } from '../../runs/scenarioResults';
import { formatMoney } from '../money/paneMoneyText';
import { ResponsiveTable, type TableColumn } from '../tables/ResponsiveTable';
import { useNumberConvention } from '../fields/numberConvention';
import { plusMinusText } from './precisionText';
import { type Interval } from '../../engine/simulation/precision';

const COLUMNS: readonly TableColumn[] = [
  { header: 'Expected', group: 'Provider net' },
  { header: 'P95 downside', group: 'Provider net' },
  { header: 'Expected', group: 'Customer cost' },
  { header: 'P95', group: 'Customer cost' },
];

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
  const convention = useNumberConvention();
  const money = ([x, interval]: [number, Interval | undefined]) =>
    formatMoney(x, currency, { whole: true }) + plusMinusText(x, interval, convention);
  return (
    <ResponsiveTable
      caption={`Risk by party under ${outcome.scenario.name}`}
      rowHeader="Proposal"
      columns={COLUMNS}
      rows={outcome.summary.proposals.map((o) => ({
        key: o.proposalId,
        header: o.name,
        cells: (
          [
            [o.net.mean, o.net.precision.mean],
            [o.net.p5, o.net.precision.p5],
            [o.customerCost.mean, o.customerCost.precision.mean],
            [o.customerCost.p95, o.customerCost.precision.p95],
          ] as [number, Interval | undefined][]
        ).map(money),
      }))}
      stackBelow="wide"
    />
  );
}
