import { type BandRanges, boundsOverflow } from '../../engine/rules/bandFormulas';
import { parseBands } from '../../engine/rules/bands';
import { levelFormulas } from '../../engine/rules/levelFormulas';
import { slack } from '../../engine/rules/tolerance';
import {
  allocatedAmount,
  annualIncentiveCap,
  atRiskAmount,
  type Contract,
  monthlyIncentiveCap,
  type ServiceLevel,
} from '../../engine/terms/contract';
import { costBaseRows, volumeTermRows } from './leverTermRows';
import { formula, SharedSheetBuilder, type SharedSheet } from './sharedSheet';
import { MONEY, PERCENT, SHARE } from './sharedFormats';

/**
 * A contract's terms as a sheet the other side can read and audit: the money terms, the service
 * levels and each critical level's band table. Inputs are values; the amounts derived from them
 * (at-risk amount, caps, each level's allocated amount, the step thresholds) are formulas. The
 * references it returns are what the money, statement and comparison sheets compute from.
 */

/** Where one service level's terms sit: fixed references for other sheets. */
export interface LevelRefs {
  readonly serviceLevel: ServiceLevel;
  readonly name: string;
  readonly direction: string;
  readonly expected: string;
  readonly minimum: string;
  readonly allocated: string;
  /** The band table's columns, for critical levels. */
  readonly bands: BandRanges | null;
}

export interface TermRefs {
  readonly contract: Contract;
  readonly sheet: string;
  readonly charges: string;
  readonly atRisk: string;
  /** Null when the contract has no such cap (the cell then says "none"). */
  readonly monthlyCap: string | null;
  readonly annualCap: string | null;
  /** By service-level id. */
  readonly levels: ReadonlyMap<string, LevelRefs>;
  /** Each volume term's tier table, by term id (leverTermRows.ts). */
  readonly volumeTiers?: ReadonlyMap<string, BandRanges>;
}

const SL_HEADERS = [
  'Service level',
  'Unit',
  'Direction',
  'Expected',
  'Minimum',
  'Allocation',
  'Critical',
  'Allocated amount',
  'Bands',
];

export function termsSheet(
  name: string,
  title: string,
  contract: Contract,
): {
  sheet: SharedSheet;
  refs: TermRefs;
} {
  const b = new SharedSheetBuilder(name, [52, 16, 12, 12, 12, 12, 10, 16, 30]);
  b.add([title], [], 'title');
  b.add(
    [
      `Amounts in ${contract.currency}. Values are the terms; every amount derived from them is a formula.`,
    ],
    [],
    'note',
  );
  b.add([]);
  b.add(['Money terms'], [], 'header');
  const charges = b.add(['Monthly charges', contract.monthlyCharges], [null, MONEY]);
  const share = b.add(
    ['At-risk share of the monthly charges', contract.atRiskShare],
    [null, PERCENT],
  );
  const atRisk = b.add(
    [
      'At-risk amount: the most credits can total in a month',
      formula(`B${charges}*B${share}`, atRiskAmount(contract)),
    ],
    [null, MONEY],
  );
  b.add(['Pool available for allocation', contract.poolShare], [null, SHARE]);
  const cap = (label: string, share: number | null, months: number, amount: number) => {
    const shareRow = b.add(
      [`${label}, share of ${months === 1 ? 'the monthly' : 'a year’s'} charges`, share ?? 'none'],
      [null, PERCENT],
    );
    const factor = months === 1 ? '' : `*${months}`;
    const row = b.add(
      [label, share === null ? 'none' : formula(`B${shareRow}*B${charges}${factor}`, amount)],
      [null, MONEY],
    );
    return share === null ? null : b.external(2, row);
  };
  const monthlyCap = cap(
    'Monthly incentive cap',
    contract.incentiveCapMonthlyShare,
    1,
    monthlyIncentiveCap(contract),
  );
  const annualCap = cap(
    'Annual incentive cap',
    contract.incentiveCapAnnualShare,
    12,
    annualIncentiveCap(contract),
  );
  b.add(['Earnback', earnbackText(contract)]);
  b.add(['Continuous improvement (ratchet)', ratchetText(contract)]);
  b.add(['Term', `${contract.termMonths} months`]);
  b.add(['Contract start', contract.startPeriod ?? 'not agreed yet']);
  gainShareRows(b, contract);
  costBaseRows(b, contract);
  const volumeTiers = volumeTermRows(b, contract);
  b.add([]);
  b.add(['Service levels'], [], 'header');
  b.add(SL_HEADERS, [], 'header');
  // The band tables follow the service levels: their first row is known before the levels are written.
  let bandRow = b.next + contract.serviceLevels.length + 2;
  const levels = new Map<string, LevelRefs>();
  const tables: { sl: ServiceLevel; top: number }[] = [];
  for (const sl of contract.serviceLevels) {
    const r = b.next;
    const top = sl.critical ? bandRow + 2 : null;
    if (top !== null) {
      tables.push({ sl, top });
      bandRow += sl.bands.rows.length + 3;
    }
    b.add(
      [
        sl.name,
        sl.unit,
        sl.direction,
        sl.expected,
        sl.minimum,
        sl.allocation,
        sl.critical ? 'yes' : 'no',
        sl.critical ? formula(`F${r}*$B$${atRisk}`, allocatedAmount(contract, sl)) : 0,
        sl.critical ? `${sl.bands.method}, on ${sl.bands.basis}` : 'Key measurement: reported only',
      ],
      [null, null, null, null, null, PERCENT, null, MONEY, null],
    );
    levels.set(sl.id, {
      serviceLevel: sl,
      name: b.external(1, r),
      direction: b.external(3, r),
      expected: b.external(4, r),
      minimum: b.external(5, r),
      allocated: b.external(8, r),
      bands: top === null ? null : bandRanges(b, sl, top),
    });
  }
  const first = b.next - contract.serviceLevels.length;
  b.add(
    [
      'Total allocation (the pool allows ' + `${Math.round(contract.poolShare * 1000) / 10}%)`,
      null,
      null,
      null,
      null,
      formula(
        `SUM(F${first}:F${b.next - 1})`,
        contract.serviceLevels.reduce((t, sl) => t + sl.allocation, 0),
      ),
    ],
    [null, null, null, null, null, PERCENT],
    'total',
  );
  b.add([]);
  for (const { sl, top } of tables) bandTable(b, sl, top);
  return {
    sheet: b.build(),
    refs: {
      contract,
      sheet: name,
      charges: b.external(2, charges),
      atRisk: b.external(2, atRisk),
      monthlyCap,
      annualCap,
      levels,
      volumeTiers,
    },
  };
}

function bandRanges(b: SharedSheetBuilder, sl: ServiceLevel, top: number): BandRanges {
  const bottom = top + sl.bands.rows.length - 1;
  const column = (col: number) => `${b.external(col, top)}:${b.local(col, bottom, true)}`;
  const sorted = [...sl.bands.rows].sort((x, y) => x.bound - y.bound);
  return {
    bounds: column(1),
    rates: column(2),
    thresholds: column(3),
    count: sorted.length,
    halves: boundsOverflow(sorted.map((r) => r.bound)),
  };
}

/** A band table sorted by bound (MATCH needs the order): bound, rate and the step threshold. */
function bandTable(b: SharedSheetBuilder, sl: ServiceLevel, top: number): void {
  b.add([`Bands: ${sl.name} (${sl.bands.method}, on ${sl.bands.basis})`], [], 'header');
  b.add(
    ['Lower bound', 'Rate', 'Counts from (bound less the 1e-9 rounding tolerance)'],
    [],
    'header',
  );
  if (b.next !== top) throw new Error(`Band table of ${sl.name} placed at ${b.next}, not ${top}`);
  const table = parseBands(sl.bands.rows);
  const sorted = table.ok
    ? Array.from(table.value.bounds, (bound, i) => ({ bound, rate: table.value.rates[i] }))
    : [...sl.bands.rows];
  for (const row of sorted) {
    const r = b.next;
    b.add(
      [
        row.bound,
        row.rate,
        formula(levelFormulas.threshold(`A${r}`), row.bound - slack(row.bound)),
      ],
      [null, PERCENT, null],
    );
  }
  b.add([]);
}

function earnbackText(c: Contract): string {
  const { mode, window } = c.earnback;
  if (mode === 'none') return 'none';
  if (mode === 'annualAverage')
    return 'a level whose average attainment over a contract year is at least 100% earns back that year’s credits';
  return `${mode === 'all' ? 'all of a credit' : 'pro rata'}, when the level is met in the ${window} following months`;
}

function ratchetText(c: Contract): string {
  const { method, maxGapShare } = c.ratchet;
  if (method === 'none') return 'none';
  const cap =
    maxGapShare === null
      ? ''
      : `, each move at most ${Math.round(maxGapShare * 1000) / 10}% of the gap to perfect`;
  return `${method === 'midpoint' ? 'to the midpoint of the level and the year’s average when every month met it' : 'to the year’s average when it improves on the level'}${cap}`;
}

function gainShareRows(b: SharedSheetBuilder, c: Contract): void {
  const g = c.gainShare;
  if (!g) return;
  b.add(['Gain share: target cost per year', g.targetCostAnnual], [null, MONEY]);
  for (const band of [...g.shareBands].sort((x, y) => x.bound - y.bound))
    b.add([`Provider’s share from actual ÷ target ${band.bound}`, band.rate], [null, PERCENT]);
  b.add(['Pain cap per year', g.painCap ?? 'none'], [null, MONEY]);
  b.add(['Gain cap per year', g.gainCap ?? 'none'], [null, MONEY]);
}
