import { textCell } from './cellText';
import { type CellInput } from './workbookHost';
import { halfWidth, type Interval } from '../engine/simulation/precision';
import {
  type DistributionSummary,
  type ProposalOutcome,
} from '../engine/simulation/simulationSummary';
import { type ScenarioRunResults } from '../runs/scenarioResults';
import { type ResultTable } from './scenarioTables';

/** Money to the cent, shares in percent to 1/100 %: the other tables' money format. */
const FIGURE_FORMAT = '#,##0.00';

/**
 * The OM_Precision table: every simulated figure of the OM_Scenarios sheet with its 95 % Monte
 * Carlo interval (engine precision.ts), one figure a row, so the other tables keep their columns.
 * Shares are written in percent (12.5 = 12.5 % of trials) so that one number format serves every row.
 */

interface Figure {
  readonly label: string;
  readonly estimate: number;
  readonly interval: Interval;
}

const num = (x: number): CellInput => (Number.isFinite(x) ? x : null);

const percent = (label: string, share: number, interval: Interval): Figure => ({
  label: `${label}, % of trials`,
  estimate: 100 * share,
  interval: { low: 100 * interval.low, high: 100 * interval.high },
});

function distributionFigures(name: string, d: DistributionSummary): Figure[] {
  return [
    { label: `${name}, expected`, estimate: d.mean, interval: d.precision.mean },
    { label: `${name}, P5`, estimate: d.p5, interval: d.precision.p5 },
    { label: `${name}, median`, estimate: d.p50, interval: d.precision.p50 },
    { label: `${name}, P95`, estimate: d.p95, interval: d.precision.p95 },
  ];
}

/** Each service level's expected credits, incentives and earnback: means, like the proposal's. */
function levelFigures(o: ProposalOutcome, nameOf: ReadonlyMap<string, string>): Figure[] {
  return o.serviceLevels.flatMap((sl) => {
    const name = nameOf.get(sl.serviceLevelId) ?? sl.serviceLevelId;
    return [
      [`${name}: expected credits`, sl.expectedCredits, sl.precision.expectedCredits],
      [`${name}: expected incentives`, sl.expectedIncentives, sl.precision.expectedIncentives],
      [`${name}: expected earnback`, sl.expectedEarnback, sl.precision.expectedEarnback],
    ].map(([label, estimate, interval]) => ({ label, estimate, interval }) as Figure);
  });
}

function outcomeFigures(o: ProposalOutcome, baseline: string | null): Figure[] {
  const p = o.precision;
  const figures = [
    ...distributionFigures('Provider net', o.net),
    ...distributionFigures('Customer cost', o.customerCost),
    percent('At-risk cap hit', o.capHitProbability, p.capHit),
    {
      label: 'Months at the cap, per term',
      estimate: o.expectedCapHitMonths,
      interval: p.expectedCapHitMonths,
    },
    { label: 'Expected credits', estimate: o.expectedCredits, interval: p.expectedCredits },
    {
      label: 'Expected incentives',
      estimate: o.expectedIncentives,
      interval: p.expectedIncentives,
    },
    { label: 'Expected earnback', estimate: o.expectedEarnback, interval: p.expectedEarnback },
  ];
  if (o.gainShare !== null) figures.push(...distributionFigures('Gain/pain share', o.gainShare));
  if (o.volumeCharges !== null)
    figures.push(...distributionFigures('Volume charges', o.volumeCharges));
  if (baseline !== null)
    figures.push(
      {
        label: `Difference from ${baseline}, expected`,
        estimate: o.difference.mean,
        interval: o.difference.precision.mean,
      },
      percent(`Pays more than ${baseline}`, o.probabilityHigherNet, p.probabilityHigherNet),
    );
  return figures;
}

export function precisionTable(r: ScenarioRunResults): ResultTable {
  const baseline = r.proposals[0];
  const nameOf = new Map(r.serviceLevels.map((sl) => [sl.id, sl.name]));
  const rows = r.scenarios.flatMap((s) =>
    s.summary.proposals.flatMap((o) =>
      [
        ...outcomeFigures(o, o.proposalId === baseline?.id ? null : baseline.name),
        ...levelFigures(o, nameOf),
      ].map((f) => [
        textCell(s.scenario.name),
        textCell(o.name),
        textCell(f.label),
        num(f.estimate),
        num(f.interval.low),
        num(f.interval.high),
        num(halfWidth(f.estimate, f.interval)),
      ]),
    ),
  );
  return {
    name: 'OM_Precision',
    caption: `How precise the simulated figures are (${r.currency}): 95 % Monte Carlo intervals, which more trials narrow; ± is the wider side`,
    headers: [
      'Scenario',
      'Proposal',
      'Figure',
      'Estimate',
      'Low (95 %)',
      'High (95 %)',
      '± (95 %)',
    ],
    rows,
    numberFormats: [null, null, null, FIGURE_FORMAT, FIGURE_FORMAT, FIGURE_FORMAT, FIGURE_FORMAT],
  };
}
