import { textCell } from './cellText';
import { outcomeOf, type ResultsFocus, type ScenarioRunResults } from '../runs/scenarioResults';
import { type ProposalOutcome } from '../engine/simulation/simulationSummary';
import { precisionTable } from './precisionTable';

/**
 * The tables of the OM_Scenarios sheet, built from a run's results as plain rows (the sheet writer
 * places them): money at full precision with a display format, shares as fractions with a percent
 * format, and a blank where the engine has no figure.
 */
import { breakEvenTable, feeTable, tornadoTable } from './analysisTables';
import { type CellInput } from './workbookHost';
import { MONEY_FORMAT, num, PERCENT_FORMAT, plusMinus, PM, type ResultTable } from './resultTable';

export { MONEY_FORMAT, PERCENT_FORMAT, type ResultTable };

/** Header text Excel keeps as text, distinct ignoring case (a later duplicate gets " (2)"). */
export function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  return headers.map((raw) => {
    const base = raw.replace(/^[=+\-@]+/, '').trim() || 'Column';
    let header = base;
    for (let n = 2; seen.has(header.toLowerCase()); n++) header = `${base} (${n})`;
    seen.add(header.toLowerCase());
    return header;
  });
}

function comparisonTable(r: ScenarioRunResults): ResultTable {
  const baseline = r.proposals[0]?.name ?? '';
  const names = r.scenarios.map((s) => s.scenario.name);
  const outcomes = (p: { id: string }) => r.scenarios.map((s) => outcomeOf(r, s.scenario.id, p.id));
  // The intervals follow the figures, so the chart (first columns) and readers by position keep theirs.
  const rows = r.proposals.map((p) => [
    textCell(p.name),
    ...outcomes(p).map((o) => num(o?.net.mean ?? NaN)),
    ...outcomes(p).map((o) => num(o?.difference.mean ?? NaN)),
    ...outcomes(p).map((o) => (o ? plusMinus(o.net.mean, o.net.precision.mean) : null)),
    ...outcomes(p).map((o) =>
      o ? plusMinus(o.difference.mean, o.difference.precision.mean) : null,
    ),
  ]);
  return {
    name: 'OM_Comparison',
    caption: `Expected net payout to the provider over the term (${r.currency}), and its difference from ${baseline}; ± is the 95 % Monte Carlo interval (more trials narrow it)`,
    headers: uniqueHeaders([
      'Proposal',
      ...names,
      ...names.map((n) => `Δ ${n}`),
      ...names.map((n) => `${n} ${PM}`),
      ...names.map((n) => `Δ ${n} ${PM}`),
    ]),
    rows,
    numberFormats: [null, ...[0, 1, 2, 3].flatMap(() => names.map(() => MONEY_FORMAT))],
    chart: {
      name: 'OM_ComparisonChart',
      kind: 'columnClustered',
      title: `Expected net payout by proposal (${r.currency})`,
      columns: 1 + names.length,
    },
  };
}

function riskSummaryTable(r: ScenarioRunResults): ResultTable {
  const headers = [
    'Scenario',
    'Proposal',
    'Provider expected net',
    'Provider P95 downside',
    'Customer expected cost',
    'Customer P95 cost',
    'At-risk cap hit',
    'Expected credits',
    'Expected incentives',
    'Expected earnback',
  ];
  // The commercial levers' columns only when a proposal has one: a run without keeps its table.
  const levers = r.scenarios.some((s) =>
    s.summary.proposals.some((o) => o.gainShare !== null || o.volumeCharges !== null),
  );
  if (levers) headers.push('Expected gain/pain share', 'Expected volume charges');
  const leverCells = (o: ProposalOutcome): CellInput[] =>
    levers
      ? [
          o.gainShare === null ? null : num(o.gainShare.mean),
          o.volumeCharges === null ? null : num(o.volumeCharges.mean),
        ]
      : [];
  const rows = r.scenarios.flatMap((s) =>
    s.summary.proposals.map((o) => [
      textCell(s.scenario.name),
      textCell(o.name),
      num(o.net.mean),
      num(o.net.p5),
      num(o.customerCost.mean),
      num(o.customerCost.p95),
      num(o.capHitProbability),
      num(o.expectedCredits),
      num(o.expectedIncentives),
      num(o.expectedEarnback),
      ...leverCells(o),
    ]),
  );
  const formats = headers.map((_, c) => (c < 2 ? null : c === 6 ? PERCENT_FORMAT : MONEY_FORMAT));
  return {
    name: 'OM_RiskSummary',
    caption: `Risk per party over the term (${r.currency}); P95 downside = the provider's net in the worst 5% of trials; OM_Precision gives each figure's 95 % interval`,
    headers,
    rows,
    numberFormats: formats,
  };
}

function serviceLevelTable(r: ScenarioRunResults): ResultTable {
  const nameOf = new Map(r.serviceLevels.map((sl) => [sl.id, sl.name]));
  const rows = r.scenarios.flatMap((s) =>
    s.summary.proposals.flatMap((o) =>
      o.serviceLevels.map((sl) => [
        textCell(s.scenario.name),
        textCell(o.name),
        textCell(nameOf.get(sl.serviceLevelId) ?? sl.serviceLevelId),
        num(sl.expectedCredits),
        num(sl.expectedIncentives),
        num(sl.expectedEarnback),
        num(sl.shareOfCredits),
      ]),
    ),
  );
  return {
    name: 'OM_SLContribution',
    caption: `Expected money per service level over the term (${r.currency})`,
    headers: [
      'Scenario',
      'Proposal',
      'Service level',
      'Expected credits',
      'Expected incentives',
      'Expected earnback',
      'Share of credits',
    ],
    rows,
    numberFormats: [null, null, null, MONEY_FORMAT, MONEY_FORMAT, MONEY_FORMAT, PERCENT_FORMAT],
  };
}

function histogramTable(r: ScenarioRunResults, focus: ResultsFocus): ResultTable | null {
  const outcome = outcomeOf(r, focus.scenarioId, focus.proposalId);
  const scenario = r.scenarios.find((s) => s.scenario.id === focus.scenarioId)?.scenario.name;
  if (!outcome || scenario === undefined || outcome.trials === 0) return null;
  const { min, binWidth, counts } = outcome.net.histogram;
  // Every trial paid the same: one bar at that value rather than forty bins of zero width.
  const rows =
    binWidth > 0
      ? counts.map((count, i) => [min + (i + 0.5) * binWidth, count])
      : [[num(min), outcome.trials]];
  const title = `Net payout over the term: ${outcome.name} under ${scenario} (${r.currency})`;
  return {
    name: 'OM_NetHistogram',
    // No thousands separator: "2,000" reads as 2 in German (see scenarioSheet.ts).
    caption: `${title}, ${outcome.trials} trials`,
    headers: ['Net payout (bin centre)', 'Trials'],
    rows,
    numberFormats: ['#,##0', '0'],
    chart: { name: 'OM_NetHistogramChart', kind: 'columnClustered', title, columns: 2 },
  };
}

/** Every table of the sheet, in the order they are laid out. */
export function scenarioTables(results: ScenarioRunResults, focus: ResultsFocus): ResultTable[] {
  const tables: (ResultTable | null)[] = [
    comparisonTable(results),
    riskSummaryTable(results),
    serviceLevelTable(results),
    histogramTable(results, focus),
  ];
  const a = results.analysis;
  if (a)
    tables.push(
      tornadoTable(a, results.currency, results.trials),
      breakEvenTable(a, results.trials),
      feeTable(a),
    );
  // Last, so the tables above keep their places on the sheet.
  tables.push(precisionTable(results));
  return tables.filter((t): t is ResultTable => t !== null);
}
