import { fail, ok, type Result } from '../rules/result';
import { choleskyLower, isPositiveSemiDefinite, nearestCorrelation } from './nearestCorrelation';

/**
 * Correlation between service levels, as the risk tools enter it: rank (Spearman) correlations
 * between pairs of service levels, applied through a Gaussian copula. The sign is about how well
 * the service levels do, not their raw values: +0.6 between availability (higher is better) and
 * P1 resolution time (lower is better) means they miss together.
 *
 * A Gaussian copula with Pearson correlation r has rank correlation ρ = (6/π)·asin(r/2), so the
 * entered ρ is turned into r = 2·sin(πρ/6) and the monthly draws keep the entered rank
 * correlation whatever their distributions. The matrix of r must be positive semi-definite (a
 * set of pairwise correlations can be impossible together, e.g. A~B 0.9, B~C 0.9, A~C −0.9); when
 * it is not, it is replaced by the nearest valid one and the pairs that changed are reported.
 */

export interface LevelCorrelation {
  /** Service-level ids; the order of the two does not matter. */
  readonly first: string;
  readonly second: string;
  /** Rank correlation, −1…1. */
  readonly rho: number;
}

export interface CorrelationCheck {
  /** Service levels in the matrix: every one named by a non-zero pair, in the order given. */
  readonly ids: readonly string[];
  /** Rank correlations used, after any repair, ids × ids row-major. */
  readonly rank: Float64Array;
  /** The copula's Pearson correlations, ids × ids. */
  readonly gaussian: Float64Array;
  /** Its Cholesky factor, lower triangular. */
  readonly cholesky: Float64Array;
  /** True when the entered matrix was not valid and was replaced by the nearest valid one. */
  readonly repaired: boolean;
  /** After a repair: every pair whose rank correlation changed, with the value used. */
  readonly adjusted: readonly LevelCorrelation[];
}

export const gaussianOfRank = (rho: number): number =>
  rho >= 1 ? 1 : rho <= -1 ? -1 : 2 * Math.sin((Math.PI * rho) / 6);

export const rankOfGaussian = (r: number): number =>
  r >= 1 ? 1 : r <= -1 ? -1 : (6 / Math.PI) * Math.asin(r / 2);

/** A repaired value counts as changed when it moves the third decimal, the pane's precision. */
const ADJUSTED_BY = 5e-4;

type NamedLevel = { readonly id: string; readonly name: string };

/** One key per unordered pair: A~B and B~A are the same pair. */
export const pairKey = (p: { readonly first: string; readonly second: string }): string =>
  p.first < p.second ? `${p.first}\u0000${p.second}` : `${p.second}\u0000${p.first}`;

function validatePairs(
  pairs: readonly LevelCorrelation[],
  serviceLevels: readonly NamedLevel[],
): Result<null> {
  const nameOf = new Map(serviceLevels.map((sl) => [sl.id, sl.name]));
  const seen = new Set<string>();
  for (const { first, second, rho } of pairs) {
    for (const id of [first, second])
      if (!nameOf.has(id)) return fail('value', `Correlation: no service level has the id "${id}"`);
    const label = `"${nameOf.get(first)}" and "${nameOf.get(second)}"`;
    if (first === second) return fail('value', `Correlation: ${label} is the same service level`);
    if (typeof rho !== 'number' || !Number.isFinite(rho) || rho < -1 || rho > 1)
      return fail('value', `Correlation of ${label} must be between −1 and 1, not ${rho}`);
    const key = pairKey({ first, second });
    if (seen.has(key)) return fail('value', `Correlation of ${label} is given twice`);
    seen.add(key);
  }
  return ok(null);
}

/**
 * Checks the pairs against the service levels and builds the copula's matrix, repairing it when it
 * is not valid. `serviceLevels` are the ones a pair may name (their order is the matrix's).
 */
export function checkCorrelations(
  pairs: readonly LevelCorrelation[],
  serviceLevels: readonly NamedLevel[],
): Result<CorrelationCheck> {
  const valid = validatePairs(pairs, serviceLevels);
  if (!valid.ok) return valid;
  const named = new Set(pairs.filter((p) => p.rho !== 0).flatMap((p) => [p.first, p.second]));
  const ids = serviceLevels.map((sl) => sl.id).filter((id) => named.has(id));
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const entered = new Float64Array(n * n);
  for (let i = 0; i < n; i++) entered[i * n + i] = 1;
  for (const { first, second, rho } of pairs) {
    const i = index.get(first);
    const j = index.get(second);
    if (i === undefined || j === undefined) continue;
    entered[i * n + j] = entered[j * n + i] = rho;
  }
  let gaussian: Float64Array = entered.map(gaussianOfRank);
  const repaired = !isPositiveSemiDefinite(gaussian, n);
  if (repaired) gaussian = nearestCorrelation(gaussian, n);
  const rank = gaussian.map(rankOfGaussian);
  const adjusted: LevelCorrelation[] = [];
  if (repaired)
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++)
        if (Math.abs(rank[i * n + j] - entered[i * n + j]) >= ADJUSTED_BY)
          adjusted.push({ first: ids[i], second: ids[j], rho: rank[i * n + j] });
  return ok({ ids, rank, gaussian, cholesky: choleskyLower(gaussian, n), repaired, adjusted });
}

/**
 * The pairs with the repaired values, to three decimals, for "use these values" in the pane. A
 * repaired matrix sits on the edge of the valid ones, where rounding can step outside; the values
 * are then drawn towards 0 by the smallest step (a tenth of a percent at a time) that keeps them valid.
 */
export function repairedPairs(check: CorrelationCheck): LevelCorrelation[] {
  const n = check.ids.length;
  for (let step = 0; step <= 100; step++) {
    const shrink = 1 - step / 1000;
    const out: LevelCorrelation[] = [];
    const gaussian = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      gaussian[i * n + i] = 1;
      for (let j = i + 1; j < n; j++) {
        const rho = Math.round(check.rank[i * n + j] * shrink * 1000) / 1000;
        gaussian[i * n + j] = gaussian[j * n + i] = gaussianOfRank(rho);
        if (rho !== 0) out.push({ first: check.ids[i], second: check.ids[j], rho });
      }
    }
    if (isPositiveSemiDefinite(gaussian, n)) return out;
  }
  return [];
}
