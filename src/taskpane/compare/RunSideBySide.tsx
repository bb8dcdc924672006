import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { type ProposalOutcome } from '../../engine/simulation/simulationSummary';
import { outcomeOf } from '../../runs/scenarioResults';
import { type KeptRun } from '../../workbook/keptRun';
import { useNumberConvention } from '../fields/numberConvention';
import { ResponsiveTable, type TableColumn } from '../tables/ResponsiveTable';
import { moneyFigure, runSettingsText, shareFigure } from './runHistoryText';
import { type NumberConvention } from '../../engine/rules/numberText';

const useStyles = makeStyles({
  pair: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  differences: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const COLUMNS: readonly TableColumn[] = [
  { header: 'Run A' },
  { header: 'Run B' },
  { header: 'B − A', ariaLabel: 'Run B minus run A' },
];

/** The figures set side by side, each with how it is shown (money or a probability). */
const FIGURES: readonly {
  readonly label: string;
  readonly value: (o: ProposalOutcome) => number;
  readonly share?: boolean;
}[] = [
  { label: 'Expected net', value: (o) => o.net.mean },
  { label: 'P5 net', value: (o) => o.net.p5 },
  { label: 'P95 net', value: (o) => o.net.p95 },
  { label: 'Expected customer cost', value: (o) => o.customerCost.mean },
  { label: 'Cap-hit probability', value: (o) => o.capHitProbability, share: true },
];

/** What differs between the two runs' settings and model, in words; empty when nothing does. */
export function settingDifferences(a: KeptRun, b: KeptRun, convention: NumberConvention): string[] {
  const lines: string[] = [];
  if (a.seed !== b.seed) lines.push(`Seed: ${a.seed} in A, ${b.seed} in B.`);
  if (a.trials !== b.trials || a.completedTrials !== b.completedTrials)
    lines.push(
      `Trials: ${runSettingsText(a, convention)} in A; ${runSettingsText(b, convention)} in B.`,
    );
  if (a.model.fingerprint !== b.model.fingerprint)
    lines.push('Model: the model changed between the two runs.');
  if (a.baseline.id !== b.baseline.id)
    lines.push(`Baseline: ${a.baseline.name} in A, ${b.baseline.name} in B.`);
  return lines;
}

/**
 * Two kept runs side by side: for each proposal under each scenario both ran, the provider's
 * expected, P5 and P95 net, the customer's expected cost and how often the cap bites, in A, in B
 * and B − A; the settings that differ first, since they explain the differences.
 */
export function RunSideBySide({ a, b }: { readonly a: KeptRun; readonly b: KeptRun }) {
  const styles = useStyles();
  const convention = useNumberConvention();
  const differences = settingDifferences(a, b, convention);
  const pairs = a.results.scenarios.flatMap(({ scenario }) =>
    a.results.proposals.flatMap((proposal) => {
      const inA = outcomeOf(a.results, scenario.id, proposal.id);
      const inB = outcomeOf(b.results, scenario.id, proposal.id);
      return inA && inB ? [{ scenario, proposal, inA, inB }] : [];
    }),
  );
  const currency = a.results.currency;
  const shown = (x: number, share: boolean | undefined, difference = false) =>
    share
      ? shareFigure(x, convention, difference)
      : moneyFigure(x, currency, convention, difference);
  return (
    <section className={styles.pair} aria-label="Runs side by side">
      {differences.length === 0 ? (
        <Caption1>Same seed, trials and model in both runs.</Caption1>
      ) : (
        <ul className={styles.differences} aria-label="Settings that differ">
          {differences.map((line) => (
            <li key={line}>
              <Caption1>{line}</Caption1>
            </li>
          ))}
        </ul>
      )}
      {a.results.currency !== b.results.currency && (
        <Caption1>The runs are in different currencies; B − A is left out.</Caption1>
      )}
      {pairs.length === 0 && <Caption1>The two runs share no proposal under a scenario.</Caption1>}
      {pairs.map(({ scenario, proposal, inA, inB }) => (
        <ResponsiveTable
          key={`${scenario.id}\u0000${proposal.id}`}
          caption={`${proposal.name} under ${scenario.name}`}
          rowHeader="Figure"
          columns={COLUMNS}
          stackBelow="narrow"
          rows={FIGURES.map(({ label, value, share }) => ({
            key: label,
            header: label,
            cells: [
              shown(value(inA), share),
              share
                ? shown(value(inB), share)
                : moneyFigure(value(inB), b.results.currency, convention),
              a.results.currency === b.results.currency || share
                ? shown(value(inB) - value(inA), share, true)
                : '–',
            ],
          }))}
        />
      ))}
    </section>
  );
}
