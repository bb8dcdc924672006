import { type ActualRecord, measuredValue } from '../review/actuals';
import { parsePeriod, periodText } from '../review/servicePeriod';
import { fail, ok, type Result } from '../rules/result';
import { type ServiceLevel } from '../terms/contract';
import {
  checkCorrelations,
  type LevelCorrelation,
  repairedPairs,
} from '../simulation/levelCorrelation';
import {
  type ConstantAssumption,
  type PerformanceAssumption,
  validateAssumption,
} from '../simulation/performanceAssumption';
import { type Scenario } from '../simulation/scenario';
import { fitSeries, MIN_FIT_MONTHS, type SeriesFit } from './fitAssumption';
import { spearman } from './rankCorrelation';

/**
 * A scenario proposed from the measured months: per service level the ranked fits of
 * fitAssumption.ts, and the rank correlations between service levels over the months both were
 * measured. By default only the last WINDOW_MONTHS months count (how the service runs now, not how
 * it ran at transition); "all" takes every month of the actuals.
 */

export type FitWindow = 'recent' | 'all';
export const WINDOW_MONTHS = 12;
/** A pair measured together in fewer months than this gets no correlation: too few to rank. */
export const MIN_COMMON_MONTHS = 6;
/** Smaller rank correlations are left out: they change nothing a user would notice. */
export const MIN_CORRELATION = 0.05;

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

export interface FoundCorrelation extends LevelCorrelation {
  /** Spearman's ρ over the common months (before any repair); null when only the repair set the pair. */
  readonly measured: number | null;
  /** Months both service levels were measured. */
  readonly months: number;
}

export interface ScenarioFit {
  readonly name: string;
  readonly from: string;
  readonly to: string;
  /** Calendar months in the window, measured or not. */
  readonly months: number;
  /** In the contract's order. */
  readonly levels: readonly LevelFit[];
  /** Between fitted service levels, as the scenario will hold them (after any repair). */
  readonly correlations: readonly FoundCorrelation[];
  /** The measured correlations were impossible together and were replaced by the nearest valid set. */
  readonly repaired: boolean;
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

/** Signed by how well the level does: a lower-is-better level's values negated before ranking. */
const howWell = (sl: Level, v: number) => (sl.direction === 'lower' ? -v : v);

function measuredCorrelations(
  fitted: readonly Level[],
  series: ReadonlyMap<string, readonly (number | null)[]>,
): FoundCorrelation[] {
  const found: FoundCorrelation[] = [];
  for (let i = 0; i < fitted.length; i++)
    for (let j = i + 1; j < fitted.length; j++) {
      const [a, b] = [fitted[i], fitted[j]];
      const [sa, sb] = [series.get(a.id) ?? [], series.get(b.id) ?? []];
      const x: number[] = [];
      const y: number[] = [];
      sa.forEach((va, m) => {
        const vb = sb[m];
        if (va !== null && vb !== null && vb !== undefined) {
          x.push(howWell(a, va));
          y.push(howWell(b, vb));
        }
      });
      if (x.length < MIN_COMMON_MONTHS) continue;
      const rho = Math.round(spearman(x, y) * 1000) / 1000;
      if (!Number.isFinite(rho) || Math.abs(rho) < MIN_CORRELATION) continue;
      found.push({ first: a.id, second: b.id, rho, measured: rho, months: x.length });
    }
  return found;
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
  const found = measuredCorrelations(fitted, series);
  const check = checkCorrelations(found, levels);
  if (!check.ok) return check;
  const key = (p: LevelCorrelation) => [p.first, p.second].sort().join('\u0000');
  const byPair = new Map(found.map((p) => [key(p), p]));
  const correlations = check.value.repaired
    ? repairedPairs(check.value).map((p) => ({
        ...p,
        measured: byPair.get(key(p))?.measured ?? null,
        months: byPair.get(key(p))?.months ?? 0,
      }))
    : found;
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
    correlations,
    repaired: check.value.repaired,
  });
}

/** The scenario with the chosen fit of each service level (its rank, 0 = the best; the best when not chosen). */
export function fittedScenario(
  fit: ScenarioFit,
  chosen: Readonly<Record<string, number>>,
): Omit<Scenario, 'id'> {
  const assumptions: [string, PerformanceAssumption][] = fit.levels.map((level) => {
    if (level.kind === 'kept') return [level.serviceLevelId, level.assumption];
    const ranked = level.fit.ranked;
    const rank = chosen[level.serviceLevelId] ?? 0;
    return [level.serviceLevelId, (ranked[rank] ?? ranked[0]).assumption];
  });
  const correlations = fit.correlations.map(({ first, second, rho }) => ({ first, second, rho }));
  return {
    name: fit.name,
    // From entries: ids are user data, and record["__proto__"] would set the prototype.
    assumptions: Object.fromEntries(assumptions),
    ...(correlations.length > 0 ? { correlations } : {}),
  };
}
