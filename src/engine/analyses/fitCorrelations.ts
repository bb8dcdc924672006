import { fail, ok, type Result } from '../rules/result';
import {
  checkCorrelations,
  type LevelCorrelation,
  pairKey,
  repairedPairs,
} from '../simulation/levelCorrelation';
import { type ServiceLevel } from '../terms/contract';
import { isSignificantRank, spearman } from './rankCorrelation';

/**
 * The correlations a scenario fitted from actuals takes: Spearman's ρ between each two fitted
 * service levels over the months both were measured, signed by how well they do (a lower-is-better
 * level's values negated, so + means they miss together), kept only when significant at 5 %
 * (rankCorrelation.ts): over a year of months smaller ones are mostly noise.
 *
 * Leaving a pair out sets it to 0, and 0 is not always possible: two levels that both miss with a
 * third (P1 and satisfaction 0.86, resolution hours and satisfaction 0.72) must miss together
 * somewhat too. When the significant pairs cannot hold with the others at 0, the pairs between
 * their levels are taken as measured (the months' own correlations, which nearly always can hold
 * together) rather than letting the nearest valid set shrink the clear links; only if that still
 * fails is the nearest valid set used.
 */

/** A pair measured together in fewer months than this gets no correlation: too few to rank. */
export const MIN_COMMON_MONTHS = 6;

type Level = Pick<ServiceLevel, 'id' | 'name' | 'direction'>;

export interface FoundCorrelation extends LevelCorrelation {
  /** Spearman's ρ over the common months (before any repair); null when only the repair set the pair. */
  readonly measured: number | null;
  /** Months both service levels were measured. */
  readonly months: number;
  /** Not significant on its own: kept as measured because the significant pairs need it. */
  readonly implied: boolean;
}

/** A pair measured but not significant at 5 %: reported, left out of the scenario. */
export interface UnclearCorrelation {
  readonly first: string;
  readonly second: string;
  readonly measured: number;
  readonly months: number;
}

export interface FittedCorrelations {
  /** As the scenario will hold them (after any repair). */
  readonly correlations: readonly FoundCorrelation[];
  readonly unclear: readonly UnclearCorrelation[];
  /** The pairs were impossible together and were replaced by the nearest valid set. */
  readonly repaired: boolean;
}

/** Signed by how well the level does: a lower-is-better level's values negated before ranking. */
const howWell = (sl: Level, v: number) => (sl.direction === 'lower' ? -v : v);

/** Every pair of fitted levels with enough common months: significant ones found, others unclear. */
function measuredPairs(
  fitted: readonly Level[],
  series: ReadonlyMap<string, readonly (number | null)[]>,
) {
  const found: FoundCorrelation[] = [];
  const unclear: UnclearCorrelation[] = [];
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
      const exact = spearman(x, y);
      if (!Number.isFinite(exact)) continue;
      const rho = Math.round(exact * 1000) / 1000;
      const pair = { first: a.id, second: b.id, measured: rho, months: x.length };
      if (isSignificantRank(exact, x.length)) found.push({ ...pair, rho, implied: false });
      else unclear.push(pair);
    }
  return { found, unclear };
}

/**
 * The correlations of the fitted levels (in the contract's order), from their monthly series
 * (null = not measured); `levels` are every service level a pair may name.
 */
export function fitCorrelations(
  fitted: readonly Level[],
  series: ReadonlyMap<string, readonly (number | null)[]>,
  levels: readonly Pick<ServiceLevel, 'id' | 'name'>[],
): Result<FittedCorrelations> {
  const { found, unclear } = measuredPairs(fitted, series);
  let kept = found;
  let left = unclear;
  let check = checkCorrelations(kept, levels);
  if (check.ok && check.value.repaired) {
    const linked = new Set(found.flatMap((p) => [p.first, p.second]));
    const between = (p: UnclearCorrelation) => linked.has(p.first) && linked.has(p.second);
    const implied = unclear.filter(between).map((p) => ({ ...p, rho: p.measured, implied: true }));
    const wider = checkCorrelations([...found, ...implied], levels);
    if (wider.ok) {
      kept = [...found, ...implied];
      left = unclear.filter((p) => !between(p));
      check = wider;
    }
  }
  if (!check.ok) return fail(check.error.code, check.error.message);
  if (!check.value.repaired) return ok({ correlations: kept, unclear: left, repaired: false });
  const byPair = new Map(kept.map((p) => [pairKey(p), p]));
  const correlations = repairedPairs(check.value).map((p) => {
    const measured = byPair.get(pairKey(p));
    return {
      ...p,
      measured: measured?.measured ?? null,
      months: measured?.months ?? 0,
      implied: measured?.implied ?? false,
    };
  });
  return ok({ correlations, unclear: left, repaired: true });
}
