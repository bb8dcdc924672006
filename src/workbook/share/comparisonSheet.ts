import { type ActualRecord } from '../../engine/review/actuals';
import { periodStatement } from '../../engine/review/serviceReview';
import { unwrap } from '../../engine/rules/result';
import { centralValue } from '../../engine/simulation/performanceAssumption';
import { type Scenario } from '../../engine/simulation/scenario';
import { type ServiceLevel } from '../../engine/terms/contract';
import { ownEntry } from '../../engine/terms/ownEntry';
import { LINE_WIDTHS, monthBlock, type MonthRefs } from './monthBlock';
import { formula, SharedSheetBuilder, type SharedSheet } from './sharedSheet';
import { MONEY } from './sharedFormats';
import { type LevelRefs, type TermRefs } from './termsSheet';

/**
 * The proposals the user chose, side by side, priced month by month at a few performance cases:
 * every level at its expected level, every level at its minimum, and the mean month of each chosen
 * scenario. The performance is an input block the other side can edit to try their own; the money
 * is the month block of each proposal under each case, all formulas, cached from the engine's
 * statement of that month. A first contract month: no earlier incentives, no earnback yet.
 */

export interface PerformanceCase {
  readonly name: string;
  /** By service-level id; null or absent = not measured. */
  readonly values: ReadonlyMap<string, number | null>;
}

/** A first month to price in: any period works, the month is the contract's first. */
const PERIOD = '2000-01';

/** The service levels of all the proposals, by id, in the order they first appear. */
export function levelsOf(proposals: readonly TermRefs[]): ServiceLevel[] {
  const seen = new Map<string, ServiceLevel>();
  for (const p of proposals)
    for (const sl of p.contract.serviceLevels) if (!seen.has(sl.id)) seen.set(sl.id, sl);
  return [...seen.values()];
}

export function performanceCases(
  levels: readonly ServiceLevel[],
  scenarios: readonly Scenario[],
): PerformanceCase[] {
  const byLevel = (value: (sl: ServiceLevel) => number | null) =>
    new Map(levels.map((sl) => [sl.id, value(sl)]));
  return [
    { name: 'At expected level', values: byLevel((sl) => sl.expected) },
    { name: 'At minimum level', values: byLevel((sl) => sl.minimum ?? sl.expected) },
    ...scenarios.map((s) => ({
      name: `${s.name}: mean month`,
      values: byLevel((sl) => {
        const a = ownEntry(s.assumptions, sl.id);
        const mean = a === undefined ? NaN : centralValue(a);
        return Number.isNaN(mean) ? null : mean;
      }),
    })),
  ];
}

export function comparisonSheet(
  name: string,
  proposals: readonly { readonly label: string; readonly terms: TermRefs }[],
  scenarios: readonly Scenario[],
): SharedSheet {
  const levels = levelsOf(proposals.map((p) => p.terms));
  const cases = performanceCases(levels, scenarios);
  const b = new SharedSheetBuilder(name, LINE_WIDTHS);
  b.add([`Comparison: ${proposals.map((p) => p.label).join(', ')}`], [], 'title');
  b.add(
    [
      'Each proposal’s month priced at the performance below (a first contract month: no earlier incentives, no earnback yet). Edit the performance to try your own; every amount follows.',
    ],
    [],
    'note',
  );
  b.add([]);
  b.add(['Performance', 'Direction', ...cases.map((c) => c.name)], [], 'header');
  const performanceRow = new Map<string, number>();
  for (const sl of levels) {
    performanceRow.set(sl.id, b.next);
    b.add([sl.name, sl.direction, ...cases.map((c) => c.values.get(sl.id) ?? null)]);
  }
  // The summary comes first but reads the blocks below it: its rows are kept and filled after.
  const summaryTop = b.reserve(2 * proposals.length + 3);
  const blocks = proposals.map((p) =>
    cases.map((c, k) => {
      b.add([`${p.label} — ${c.name}`], [], 'header');
      const month = caseMonth(b, p.terms, c, (sl) =>
        b.local(3 + k, performanceRow.get(sl.id) as number, true),
      );
      b.add([]);
      return month;
    }),
  );
  summary(b, summaryTop, proposals, cases, blocks);
  return b.build();
}

/** One proposal's month under one case: the engine's statement of it, and its block of formulas. */
function caseMonth(
  b: SharedSheetBuilder,
  terms: TermRefs,
  c: PerformanceCase,
  performance: (sl: ServiceLevel) => string,
): MonthRefs {
  const records: ActualRecord[] = [];
  for (const sl of terms.contract.serviceLevels) {
    const v = c.values.get(sl.id);
    if (v !== null && v !== undefined)
      records.push({ serviceLevelId: sl.id, period: PERIOD, value: v, excludedMinutes: null });
  }
  const statement = unwrap(periodStatement(terms.contract, records, PERIOD, PERIOD));
  return monthBlock(b, {
    terms,
    statement,
    measured: terms.contract.serviceLevels.map((sl, i) => ({
      ref: `IF(ISNUMBER(${performance(sl)}),${performance(sl)},"")`,
      result: statement.lines[i].value,
    })),
    expected: terms.contract.serviceLevels.map((sl, i) => ({
      ref: (terms.levels.get(sl.id) as LevelRefs).expected,
      result: statement.lines[i].expected,
    })),
  });
}

function summary(
  b: SharedSheetBuilder,
  top: number,
  proposals: readonly { readonly label: string; readonly terms: TermRefs }[],
  cases: readonly PerformanceCase[],
  blocks: readonly MonthRefs[][],
): void {
  let row = top + 1;
  const fill = (...args: Parameters<SharedSheetBuilder['add']>) => b.fill(row++, ...args);
  fill(
    ['Invoice adjustment per month (incentives − credits)', null, ...cases.map((c) => c.name)],
    [],
    'header',
  );
  proposals.forEach((p, i) =>
    fill(
      [p.label, null, ...blocks[i].map((m) => formula(m.rounded, m.roundedResult))],
      [null, null, ...cases.map(() => MONEY)],
    ),
  );
  fill(
    ['Monthly fee after credits and incentives', null, ...cases.map((c) => c.name)],
    [],
    'header',
  );
  proposals.forEach((p, i) =>
    fill(
      [
        p.label,
        null,
        ...blocks[i].map((m) =>
          formula(
            `${p.terms.charges}+${m.rounded}`,
            p.terms.contract.monthlyCharges + m.roundedResult,
          ),
        ),
      ],
      [null, null, ...cases.map(() => MONEY)],
    ),
  );
}
