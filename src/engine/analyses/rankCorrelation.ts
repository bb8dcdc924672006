/**
 * Spearman's rank correlation: the Pearson correlation of the ranks. Tied values share the mean of
 * the ranks they span (1, 2.5, 2.5, 4), the usual correction, so months measured at the same value
 * count as equal rather than in whatever order they came.
 *
 * Whether a measured ρ is more than noise: significant at 5 % (two-sided) when |ρ| reaches the
 * critical value for its number of pairs. Up to EXACT_PAIRS pairs the critical value is exact,
 * from the distribution of ρ over every ordering of the ranks (no ties); beyond, the large-sample
 * 1.96/√(n − 1), within 0.006 of the exact value at 16 pairs and closer after.
 */

/** Ranks from 1, ties given their average rank. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start + 1;
    while (end < order.length && values[order[end]] === values[order[start]]) end++;
    // Positions start…end−1 hold equal values: ranks start+1…end, whose mean is (start+1+end)/2.
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k]] = rank;
    start = end;
  }
  return ranks;
}

/** Pearson correlation; NaN when either side does not vary. */
export function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? NaN : sxy / Math.sqrt(sxx * syy);
}

/** Spearman's ρ of paired values (same length); NaN with fewer than two pairs or no variation. */
export function spearman(x: readonly number[], y: readonly number[]): number {
  if (x.length !== y.length) throw new RangeError('spearman: the two series differ in length');
  if (x.length < 2) return NaN;
  return pearson(averageRanks(x), averageRanks(y));
}

/** Pairs up to which the critical value is exact. */
export const EXACT_PAIRS = 16;

/**
 * Σd² = Σ(rank x − rank y)² at the 5 % two-sided critical value, for 5…EXACT_PAIRS pairs: the largest
 * S with P(Σd² ≤ S) ≤ 2.5 % when every ordering is equally likely (ρ = 1 − 6S/(n(n² − 1))). Counted
 * over all n! orderings; the values agree with the published tables (Zar 1972: 0.886 at 6 pairs,
 * 0.587 at 12).
 */
const CRITICAL_SQUARES: Readonly<Record<number, number>> = {
  5: 0,
  6: 4,
  7: 12,
  8: 22,
  9: 36,
  10: 58,
  11: 84,
  12: 118,
  13: 160,
  14: 210,
  15: 268,
  16: 338,
};

/** The smallest |ρ| significant at 5 % (two-sided) over n pairs; Infinity (never) below 5 pairs. */
export function spearmanCritical(n: number): number {
  if (n < 5) return Infinity;
  const squares = CRITICAL_SQUARES[n];
  if (squares === undefined) return 1.96 / Math.sqrt(n - 1);
  return 1 - (6 * squares) / (n * (n * n - 1));
}

/** ρ over n pairs is significant at 5 %: a link, not the noise of unrelated series. */
export const isSignificantRank = (rho: number, n: number): boolean =>
  // The tolerance keeps a ρ exactly at the critical value (computed another way) significant.
  Math.abs(rho) >= spearmanCritical(n) - 1e-12;
