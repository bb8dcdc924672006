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
 * each proposal at its own expected levels, at its own minimum levels, at the mean month of each
 * chosen scenario, and at a column the other side fills in to try their own. The scenarios' and the
 * own column's performance is an input block; the money is the month block of each proposal under
 * each case, all formulas, cached from the engine's statement of that month. A first contract
 * month: no earlier incentives, no earnback yet.
 */

/** A case measured at each proposal's own levels, or at values in the input block. */
export type PerformanceCase =
  | { readonly kind: 'expected' | 'minimum'; readonly name: string }
  | {
      readonly kind: 'values';
      readonly name: string;
      /** By service-level id; null or absent = not measured. */
      readonly values: ReadonlyMap<string, number | null>;
    };

/** A first month to price in: any period works, the month is the contract's first. */
const PERIOD = '2000-01';

/** The service levels of all the proposals, by id, in the order they first appear. */
function levelsOf(proposals: readonly TermRefs[]): ServiceLevel[] {
  const seen = new Map<string, ServiceLevel>();
  for (const p of proposals)
    for (const sl of p.contract.serviceLevels) if (!seen.has(sl.id)) seen.set(sl.id, sl);
  return [...seen.values()];
}

function performanceCases(
  levels: readonly ServiceLevel[],
  scenarios: readonly Scenario[],
): PerformanceCase[] {
  const byLevel = (value: (sl: ServiceLevel) => number | null) =>
    new Map(levels.map((sl) => [sl.id, value(sl)]));
  return [
    { kind: 'expected', name: 'At its expected levels' },
    { kind: 'minimum', name: 'At its minimum levels (expected where none)' },
    ...scenarios.map((s) => ({
      kind: 'values' as const,
      name: `${s.name}: mean month`,
      values: byLevel((sl) => {
        const a = ownEntry(s.assumptions, sl.id);
        const mean = a === undefined ? NaN : centralValue(a);
        return Number.isNaN(mean) ? null : mean;
      }),
    })),
    // Filled with the first proposal's expected levels, for the other side to overwrite.
    { kind: 'values', name: 'Your own: type values', values: byLevel((sl) => sl.expected) },
  ];
}

/** The value a case measures for one of a proposal's levels (the engine's input). */
function caseValue(c: PerformanceCase, sl: ServiceLevel): number | null {
  if (c.kind === 'values') return c.values.get(sl.id) ?? null;
  return c.kind === 'expected' ? sl.expected : (sl.minimum ?? sl.expected);
}

export function comparisonSheet(
  name: string,
  proposals: readonly { readonly label: string; readonly terms: TermRefs }[],
  scenarios: readonly Scenario[],
): SharedSheet {
  const levels = levelsOf(proposals.map((p) => p.terms));
  const cases = performanceCases(levels, scenarios);
  // Columns serve both the summary (a case each, from C) and the month blocks' lines.
  const widths = Array.from({ length: Math.max(LINE_WIDTHS.length, 2 + cases.length) }, (_, i) =>
    Math.max(LINE_WIDTHS[i] ?? 0, i >= 2 && i < 2 + cases.length ? 18 : 0),
  );
  const b = new SharedSheetBuilder(name, widths);
  b.add([`Comparison: ${proposals.map((p) => p.label).join(', ')}`], [], 'title');
  b.add(
    [
      'Each proposal’s month priced at the performance of each column (a first contract month: no earlier incentives, no earnback yet). Type your own values in the performance block; every amount follows.',
    ],
    [],
    'note',
  );
  b.add([]);
  const inputs = cases.flatMap((c, k) => (c.kind === 'values' ? [{ c, k }] : []));
  b.add(['Performance', 'Unit', ...inputs.map(({ c }) => c.name)], [], 'header');
  const performanceRow = new Map<string, number>();
  for (const sl of levels) {
    performanceRow.set(sl.id, b.next);
    b.add([sl.name, sl.unit, ...inputs.map(({ c }) => caseValue(c, sl))]);
  }
  const inputColumn = new Map(inputs.map(({ k }, i) => [k, 3 + i]));
  // The summary comes first but reads the blocks below it: its rows are kept and filled after.
  const summaryTop = b.reserve(2 * proposals.length + 3);
  const blocks = proposals.map((p) =>
    cases.map((c, k) => {
      b.add([`${p.label} — ${c.name}`], [], 'header');
      const month = caseMonth(b, p.terms, c, (sl) => {
        const level = p.terms.levels.get(sl.id) as LevelRefs;
        if (c.kind === 'expected') return level.expected;
        if (c.kind === 'minimum')
          return `IF(ISNUMBER(${level.minimum}),${level.minimum},${level.expected})`;
        const cell = b.local(
          inputColumn.get(k) as number,
          performanceRow.get(sl.id) as number,
          true,
        );
        return `IF(ISNUMBER(${cell}),${cell},"")`;
      });
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
    const v = caseValue(c, sl);
    if (v !== null)
      records.push({ serviceLevelId: sl.id, period: PERIOD, value: v, excludedMinutes: null });
  }
  const statement = unwrap(periodStatement(terms.contract, records, PERIOD, PERIOD));
  return monthBlock(b, {
    terms,
    statement,
    measured: terms.contract.serviceLevels.map((sl, i) => ({
      ref: performance(sl),
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
