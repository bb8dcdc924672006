import { textCell } from './cellText';
import { type CellInput } from './workbookHost';
import { type AnalysisResults } from '../runs/scenarioResults';
import {
  MONEY_FORMAT,
  num,
  optionalPlusMinus,
  PERCENT_FORMAT,
  PM,
  type ResultTable,
} from './resultTable';

/** The OM_Scenarios tables of the what-if analyses: sensitivity, break-even, the risk-priced fee. */

/**
 * Said in a caption when an analysis simulated fewer trials than the run (runs/analysisTrials.ts),
 * so its ± is not read as the comparison's. Counts without separators, as every sheet caption.
 */
function fewerTrials(
  taken: number | undefined,
  runTrials: number,
  what: 'sensitivity' | 'breakEven',
): string {
  if (taken === undefined || !(taken < runTrials)) return '';
  const of = `on the first ${taken} of the run's ${runTrials} trials, to save time`;
  return what === 'sensitivity'
    ? `; simulated ${of} (every step on the same simulated months, so the changes are reliable on fewer; the comparison table above uses every trial)`
    : `; searched ${of} (every level tried on the same simulated months)`;
}

export function tornadoTable(
  a: AnalysisResults,
  currency: string,
  runTrials: number,
): ResultTable | null {
  if (!a.sensitivity.ok || a.sensitivity.value.bars.length === 0) return null;
  const rows = a.sensitivity.value.bars.map((b) => [
    textCell(b.name),
    num(b.worseChange),
    num(b.betterChange),
    num(b.step),
    // The intervals last, so the chart's columns and readers by position keep theirs.
    optionalPlusMinus(b.worseNet, b.worseNetInterval),
    optionalPlusMinus(b.betterNet, b.betterNetInterval),
  ]);
  const title = `Change in expected net, one step worse or better: ${a.proposal.name} under ${a.scenario.name} (${currency})`;
  return {
    name: 'OM_Tornado',
    // Whole units, no separators: the caption reads the same in every locale (see scenarioSheet.ts).
    caption: `${title}; base expected net ${Math.round(a.sensitivity.value.baseNet)}${fewerTrials(a.sensitivity.value.trials, runTrials, 'sensitivity')}`,
    headers: [
      'Service level',
      'One step worse',
      'One step better',
      'Step',
      `Net one step worse ${PM}`,
      `Net one step better ${PM}`,
    ],
    rows,
    numberFormats: [null, MONEY_FORMAT, MONEY_FORMAT, 'General', MONEY_FORMAT, MONEY_FORMAT],
    chart: { name: 'OM_TornadoChart', kind: 'barClustered', title, columns: 3 },
  };
}

export function breakEvenTable(a: AnalysisResults, runTrials: number): ResultTable {
  const sl = a.breakEvenServiceLevel;
  const row = a.breakEven.ok
    ? [
        textCell(sl.name),
        num(a.breakEven.value.level),
        num(a.breakEven.value.net),
        num(a.breakEven.value.targetNet),
        '',
        optionalPlusMinus(a.breakEven.value.net, a.breakEven.value.netInterval),
      ]
    : [textCell(sl.name), null, null, null, textCell(a.breakEven.error.message), null];
  return {
    name: 'OM_BreakEven',
    caption: `Break-even: the performance at which ${a.proposal.name}'s expected net is the target, under ${a.scenario.name}${a.breakEven.ok ? fewerTrials(a.breakEven.value.trials, runTrials, 'breakEven') : ''}`,
    headers: [
      'Service level',
      `Break-even level${sl.unit ? ` (${sl.unit})` : ''}`,
      'Expected net there',
      'Target net',
      'Note',
      `Expected net there ${PM}`,
    ],
    rows: [row],
    numberFormats: [null, 'General', MONEY_FORMAT, MONEY_FORMAT, null, MONEY_FORMAT],
  };
}

/** The ± cells of a fee row without a fee. */
const FEE_NO_PM: CellInput[] = [null, null, null, null, null];

const UNBOUNDED_FEE_NOTE =
  "The fee's 95 % interval has no upper end: at the low end of the quantile's interval no fee keeps the margin";

export function feeTable(a: AnalysisResults): ResultTable {
  const rows = a.fees.map(({ confidence, fee }) => {
    const label = `P${Math.round(confidence * 100)}`;
    if (!fee.ok)
      return [label, null, null, null, null, null, textCell(fee.error.message), ...FEE_NO_PM];
    const f = fee.value;
    const p = f.precision;
    return [
      label,
      num(f.monthlyFee),
      num(f.expectedMargin),
      num(f.marginAtConfidence),
      num(f.customerExpectedCost),
      num(f.customerP95Cost),
      p?.monthlyFee.high === Infinity ? textCell(UNBOUNDED_FEE_NOTE) : '',
      // A fee interval without an upper end has no ±: the note says so instead.
      optionalPlusMinus(f.monthlyFee, p?.monthlyFee),
      optionalPlusMinus(f.expectedMargin, p?.expectedMargin),
      optionalPlusMinus(f.marginAtConfidence, p?.marginAtConfidence),
      optionalPlusMinus(f.customerExpectedCost, p?.customerExpectedCost),
      optionalPlusMinus(f.customerP95Cost, p?.customerP95Cost),
    ];
  });
  return {
    name: 'OM_RiskPricedFee',
    caption: `Risk-priced monthly fee for ${a.proposal.name} under ${a.scenario.name}: cost base ${Math.round(a.monthlyCost)} a month, target margin ${Math.round(a.targetMargin * 1000) / 10}%`,
    headers: [
      'Confidence',
      'Monthly fee',
      'Expected margin',
      'Margin at confidence',
      'Customer expected cost',
      'Customer P95 cost',
      'Note',
      `Monthly fee ${PM}`,
      `Expected margin ${PM}`,
      `Margin at confidence ${PM}`,
      `Customer expected cost ${PM}`,
      `Customer P95 cost ${PM}`,
    ],
    rows,
    numberFormats: [
      null,
      MONEY_FORMAT,
      PERCENT_FORMAT,
      PERCENT_FORMAT,
      MONEY_FORMAT,
      MONEY_FORMAT,
      null,
      MONEY_FORMAT,
      PERCENT_FORMAT,
      PERCENT_FORMAT,
      MONEY_FORMAT,
      MONEY_FORMAT,
    ],
  };
}
