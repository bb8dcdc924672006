import { type ActualRecord, measuredValue } from '../review/actuals';
import { parsePeriod, periodText } from '../review/servicePeriod';
import { fail, ok, type Result } from '../rules/result';
import { type ServiceLevel } from '../terms/contract';
import { ownEntry } from '../terms/ownEntry';
import {
  type ConstantAssumption,
  type PerformanceAssumption,
  validateAssumption,
} from '../simulation/performanceAssumption';
import { type Scenario } from '../simulation/scenario';
import { type FittedAssumption, fitSeries, MIN_FIT_MONTHS, type SeriesFit } from './fitAssumption';
import { type FittedCorrelations, fitCorrelations } from './fitCorrelations';

/**
 * A scenario proposed from the measured months: per service level the ranked fits of
 * fitAssumption.ts, and the rank correlations between service levels over the months both were
 * measured (fitCorrelations.ts). By default only the last WINDOW_MONTHS months count (how the
 * service runs now, not how it ran at transition); "all" takes every month of the actuals. Months
 * with excluded minutes count at the value the contract measures (after the exclusions).
 */

export type FitWindow = 'recent' | 'all';
export const WINDOW_MONTHS = 12;

type Level = Pick<ServiceLevel, 'id' | 'name' | 'unit' | 'direction' | 'expected'>;

export type LevelFit =
  | { readonly kind: 'fitted'; readonly serviceLevelId: string; readonly fit: SeriesFit }
  /** No fit: the scenario keeps a constant, the measured value when every month had it, else the expected level. */
  | {
      readonly kind: 'kept';
      readonly serviceLevelId: string;
      readonly reason: string;
      readonly assumption: ConstantAssumption;
    };

/** The months of one service level whose value had minutes excluded, in the window. */
export interface AdjustedMonths {
  readonly serviceLevelId: string;
  /** "YYYY-MM", in order. */
  readonly periods: readonly string[];
}

export interface ScenarioFit extends FittedCorrelations {
  readonly name: string;
  readonly from: string;
  readonly to: string;
  /** Calendar months in the window, measured or not. */
  readonly months: number;
  /** In the contract's order. */
  readonly levels: readonly LevelFit[];
  /** Service levels with months fitted after excluded minutes, in the contract's order. */
  readonly adjusted: readonly AdjustedMonths[];
}

/** Each service level's measured values, month by month from `first` (null = not measured). */
function monthlySeries(
  levels: readonly Level[],
  actuals: readonly ActualRecord[],
  first: number,
  months: number,
) {
  const series = new Map(levels.map((sl) => [sl.id, new Array<number | null>(months).fill(null)]));
  for (const r of actuals) {
    const row = series.get(r.serviceLevelId);
    const m = (parsePeriod(r.period) ?? NaN) - first;
    if (row && m >= 0 && m < months) row[m] = measuredValue(r);
  }
  return series;
}

function keptLevel(sl: Level, series: readonly (number | null)[], reason: string): LevelFit {
  const values = series.filter((v): v is number => v !== null);
  const constant = (level: number): ConstantAssumption => ({ kind: 'constant', level });
  const measured = values.length >= MIN_FIT_MONTHS && values.every((v) => v === values[0]);
  const asMeasured = measured ? constant(values[0]) : null;
  const assumption =
    asMeasured && validateAssumption(asMeasured, sl).ok ? asMeasured : constant(sl.expected);
  return { kind: 'kept', serviceLevelId: sl.id, reason, assumption };
}

/** Months in the window whose value the exclusions changed, per service level. */
function adjustedMonths(
  levels: readonly Level[],
  actuals: readonly ActualRecord[],
  first: number,
  months: number,
): AdjustedMonths[] {
  const periods = new Map(levels.map((sl) => [sl.id, new Set<string>()]));
  for (const r of actuals) {
    const m = (parsePeriod(r.period) ?? NaN) - first;
    if (m >= 0 && m < months && measuredValue(r) !== r.value)
      periods.get(r.serviceLevelId)?.add(periodText(first + m));
  }
  return levels
    .map((sl) => ({ serviceLevelId: sl.id, periods: [...(periods.get(sl.id) ?? [])].sort() }))
    .filter((a) => a.periods.length > 0);
}

/** Fits every service level of the contract to the window's months, and their correlations. */
export function fitScenario(
  levels: readonly Level[],
  actuals: readonly ActualRecord[],
  window: FitWindow,
): Result<ScenarioFit> {
  const known = new Set(levels.map((sl) => sl.id));
  const periods = actuals
    .filter((r) => known.has(r.serviceLevelId))
    .map((r) => parsePeriod(r.period))
    .filter((p): p is number => p !== null);
  if (periods.length === 0)
    return fail('value', 'No actuals of the contract’s service levels to fit: import months first');
  const last = Math.max(...periods);
  const earliest = Math.min(...periods);
  const first = window === 'all' ? earliest : Math.max(earliest, last - WINDOW_MONTHS + 1);
  const months = last - first + 1;
  const series = monthlySeries(levels, actuals, first, months);
  const fits: LevelFit[] = levels.map((sl) => {
    const row = series.get(sl.id) ?? [];
    const fit = fitSeries(row, sl);
    return fit.ok
      ? { kind: 'fitted', serviceLevelId: sl.id, fit: fit.value }
      : keptLevel(sl, row, fit.error.message);
  });
  const fitted = levels.filter((_, i) => fits[i].kind === 'fitted');
  const correlations = fitCorrelations(fitted, series, levels);
  if (!correlations.ok) return correlations;
  const plural = months === 1 ? 'month' : 'months';
  return ok({
    name:
      window === 'all'
        ? `As measured, all ${months} ${plural}`
        : `As measured, last ${months} ${plural}`,
    from: periodText(first),
    to: periodText(last),
    months,
    levels: fits,
    ...correlations.value,
    adjusted: adjustedMonths(levels, actuals, first, months),
  });
}

export type FitKind = FittedAssumption['kind'];

/**
 * The scenario with the chosen kind of fit of each service level; the best where none is chosen or
 * the chosen kind is not offered (a choice by kind outlives a change of window, a rank would not).
 */
export function fittedScenario(
  fit: ScenarioFit,
  chosen: Readonly<Record<string, FitKind>>,
): Omit<Scenario, 'id'> {
  const assumptions: [string, PerformanceAssumption][] = fit.levels.map((level) => {
    if (level.kind === 'kept') return [level.serviceLevelId, level.assumption];
    const ranked = level.fit.ranked;
    const kind = ownEntry(chosen, level.serviceLevelId);
    const candidate = ranked.find((c) => c.assumption.kind === kind) ?? ranked[0];
    return [level.serviceLevelId, candidate.assumption];
  });
  const correlations = fit.correlations.map(({ first, second, rho }) => ({ first, second, rho }));
  return {
    name: fit.name,
    // From entries: ids are user data, and record["__proto__"] would set the prototype.
    assumptions: Object.fromEntries(assumptions),
    ...(correlations.length > 0 ? { correlations } : {}),
  };
}
