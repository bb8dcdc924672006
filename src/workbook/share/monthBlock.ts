import { bandFormulas } from '../../engine/rules/bandFormulas';
import { bandIndex, parseBands } from '../../engine/rules/bands';
import { levelFormulas } from '../../engine/rules/levelFormulas';
import { moneyFormulas } from '../../engine/rules/moneyFormulas';
import {
  bandInput,
  capScale,
  creditPart,
  incentivePart,
  invoiceCents,
} from '../../engine/rules/moneyRules';
import { unwrap } from '../../engine/rules/result';
import { STATUS_LABELS } from '../../engine/rules/status';
import { type PeriodStatement, type StatementLine } from '../../engine/review/serviceReview';
import { blanks, type SharedCell, formula, type SharedSheetBuilder } from './sharedSheet';
import { ATTAINMENT, MONEY, PERCENT, RATIO } from './sharedFormats';
import { type LevelRefs, type TermRefs } from './termsSheet';

/**
 * One month's money for one contract, as rows of formulas: each service level's attainment, status,
 * band, rate and payout, the credits capped at the at-risk amount and the incentives within their
 * caps (pro rata, as the engine applies them), then the invoice adjustment. The statement and the
 * comparison both write it; the cached values come from the engine's statement of the same month.
 */

const LINE_HEADERS = [
  'Service level',
  'Direction',
  'Measured',
  'Expected',
  'Minimum',
  'Attainment',
  'Status',
  'Band',
  'Band rate',
  'Allocated amount',
  'Payout before caps',
  'Credit before cap',
  'Incentive before cap',
  'Credit',
  'Incentive',
] as const;
const LINE_FORMATS = [
  null,
  null,
  null,
  null,
  null,
  ATTAINMENT,
  null,
  null,
  PERCENT,
  MONEY,
  MONEY,
  MONEY,
  MONEY,
  MONEY,
  MONEY,
];
export const LINE_WIDTHS = [50, 10, 11, 11, 11, 10, 13, 6, 10, 14, 14, 14, 14, 14, 14];

/** What a month's measured and expected values are: an input value, or a reference to another cell. */
export type LevelValue =
  { readonly input: number | null } | { readonly ref: string; readonly result: number };

export interface MonthInputs {
  readonly terms: TermRefs;
  /** The engine's statement of this month for `terms.contract`: the cached values. */
  readonly statement: PeriodStatement;
  /** Per service level of the contract (same order): what was measured. */
  readonly measured: readonly LevelValue[];
  /** Per service level: the expected level this month (after any ratchet), or the terms' level. */
  readonly expected: readonly LevelValue[];
  /** Earnback due this month, as rows the block adds; returns the cell of its total (or "0"). */
  readonly earnback?: (b: SharedSheetBuilder) => string;
  /** Volume charges and the gain/pain settlement, as rows; returns their total's cell, or null for none. */
  readonly levers?: (b: SharedSheetBuilder) => string | null;
}

export interface MonthRefs {
  readonly credits: string;
  readonly incentives: string;
  /** The unrounded invoice adjustment (provider's view: incentives − credits + earnback). */
  readonly adjustment: string;
  readonly rounded: string;
  /** The engine's adjustment, rounded to cents: the cached value of `rounded`. */
  readonly roundedResult: number;
}

const value = (v: LevelValue): SharedCell => ('input' in v ? v.input : formula(v.ref, v.result));

export function monthBlock(b: SharedSheetBuilder, m: MonthInputs): MonthRefs {
  const { terms, statement: s } = m;
  const atRisk = b.add(['At-risk amount', formula(terms.atRisk, s.atRisk)], [null, MONEY]);
  const earlier = b.add(
    ['Incentives paid earlier this contract year', s.incentivesEarlierThisYear],
    [null, MONEY],
  );
  const roomFormula = moneyFormulas.incentiveRoom(terms.monthlyCap, terms.annualCap, `B${earlier}`);
  const room = b.add(
    [
      'Incentive room this month',
      roomFormula === null ? 'uncapped' : formula(roomFormula, s.incentiveRoom),
    ],
    [null, MONEY],
  );
  b.add([...LINE_HEADERS], [], 'header');
  const first = b.next;
  const last = first + terms.contract.serviceLevels.length - 1;
  const total = last + 1;
  terms.contract.serviceLevels.forEach((sl, i) => {
    const level = terms.levels.get(sl.id) as LevelRefs;
    b.add(
      line(b.next, level, s.lines[i], m.measured[i], m.expected[i], {
        total,
        atRiskAmount: s.atRisk,
      }),
      LINE_FORMATS,
    );
  });
  const sum = (col: string, result: number) => formula(`SUM(${col}${first}:${col}${last})`, result);
  b.add(
    [
      'Total',
      ...blanks(9),
      sum(
        'K',
        s.lines.reduce((t, l) => t + l.payoutBeforeCaps, 0),
      ),
      sum('L', s.creditsBeforeCap),
      sum('M', s.incentivesBeforeCap),
      sum('N', s.credits),
      sum('O', s.incentives),
    ],
    LINE_FORMATS,
    'total',
  );
  b.add(
    [
      'Credit scale: the at-risk cap, applied pro rata',
      formula(
        moneyFormulas.capScale(`L${total}`, `B${atRisk}`),
        capScale(s.creditsBeforeCap, s.atRisk),
      ),
    ],
    [null, RATIO],
  );
  b.add(
    [
      'Incentive scale: the incentive caps, applied pro rata',
      roomFormula === null
        ? 1
        : formula(
            moneyFormulas.capScale(`M${total}`, `B${room}`),
            capScale(s.incentivesBeforeCap, s.incentiveRoom),
          ),
    ],
    [null, RATIO],
  );
  const earnback = m.earnback ? m.earnback(b) : '0';
  const levers = m.levers ? m.levers(b) : null;
  const adjustment = b.add(
    [
      levers === null
        ? 'Invoice adjustment: incentives − credits + earnback'
        : 'Invoice adjustment: incentives − credits + earnback + commercial levers',
      formula(
        moneyFormulas.invoiceAdjustment(`O${total}`, `N${total}`, earnback, levers ?? undefined),
        s.invoiceAdjustment,
      ),
    ],
    [null, MONEY],
    'total',
  );
  const rounded = b.add(
    [
      'Invoice adjustment, rounded to cents',
      formula(moneyFormulas.invoiceCents(`B${adjustment}`), invoiceCents(s.invoiceAdjustment)),
    ],
    [null, MONEY],
  );
  return {
    credits: `N${total}`,
    incentives: `O${total}`,
    adjustment: `B${adjustment}`,
    rounded: `B${rounded}`,
    roundedResult: invoiceCents(s.invoiceAdjustment),
  };
}

/** Cells of one service level's line at row `r`; the scales sit below the total row. */
function line(
  r: number,
  level: LevelRefs,
  l: StatementLine,
  measured: LevelValue,
  expected: LevelValue,
  rows: { total: number; atRiskAmount: number },
): SharedCell[] {
  const sl = level.serviceLevel;
  const c = (col: string) => `${col}${r}`;
  const measuredValue = Number.isNaN(l.value) ? null : l.value;
  const minimum = formula(`IF(ISNUMBER(${level.minimum}),${level.minimum},"")`, sl.minimum ?? '');
  const attainment = formula(
    `IF(ISNUMBER(${c('C')}),${levelFormulas.attainment(c('C'), c('D'), c('B'))},"")`,
    measuredValue === null ? '' : l.attainment,
  );
  const status = formula(
    levelFormulas.status(c('C'), c('D'), c('E'), c('B')),
    STATUS_LABELS[l.status],
  );
  const shared = [
    formula(level.name, sl.name),
    formula(level.direction, sl.direction),
    value(measured),
    value(expected),
    minimum,
    attainment,
    status,
  ];
  const creditScale = `$B$${rows.total + 1}`;
  const incentiveScale = `$B$${rows.total + 2}`;
  const capped = [
    formula(`${c('L')}*${creditScale}`, l.credit),
    formula(`${c('M')}*${incentiveScale}`, l.incentive),
  ];
  if (!sl.critical || !level.bands)
    return [
      ...shared,
      '',
      'Key measurement',
      formula(level.allocated, 0),
      0,
      formula(moneyFormulas.creditPart(c('K')), 0),
      formula(moneyFormulas.incentivePart(c('K')), 0),
      ...capped,
    ];
  const t = level.bands;
  const input = sl.bands.basis === 'attainment' ? c('F') : c('C');
  const table = unwrap(parseBands(sl.bands.rows));
  const x = bandInput(
    l.value,
    l.expected,
    sl.direction === 'higher',
    sl.bands.basis === 'attainment',
  );
  const column = sl.bands.method === 'step' ? table.thresholds : table.bounds;
  const measuredAtAll = measuredValue !== null;
  return [
    ...shared,
    formula(
      `IF(ISNUMBER(${input}),${bandFormulas.band(input, t, sl.bands.method)},"")`,
      measuredAtAll ? bandIndex(column, 0, t.count, x) + 1 : '',
    ),
    formula(
      `IF(ISNUMBER(${c('H')}),${bandFormulas.rate(input, c('H'), t, sl.bands.method)},"")`,
      measuredAtAll ? l.rate : '',
    ),
    formula(level.allocated, sl.allocation * rows.atRiskAmount),
    formula(moneyFormulas.payoutBeforeCaps(c('I'), c('J')), l.payoutBeforeCaps),
    formula(moneyFormulas.creditPart(c('K')), creditPart(l.payoutBeforeCaps)),
    formula(moneyFormulas.incentivePart(c('K')), incentivePart(l.payoutBeforeCaps)),
    ...capped,
  ];
}
