import {
  averageRanks,
  EXACT_PAIRS,
  isSignificantRank,
  spearman,
  spearmanCritical,
} from '../../../src/engine/analyses/rankCorrelation';

describe('Spearman’s rank correlation', () => {
  it('gives tied values the mean of the ranks they span', () => {
    expect(averageRanks([1, 2, 2, 4, 5])).toEqual([1, 2.5, 2.5, 4, 5]);
    expect(averageRanks([7, 7, 7])).toEqual([2, 2, 2]);
  });

  it('matches a small example worked by hand, with ties on both sides', () => {
    // Ranks x: 1, 2.5, 2.5, 4, 5; ranks y: 2, 1, 3.5, 3.5, 5; both average 3.
    // Σ dx·dy = 2 + 1 − 0.25 + 0.5 + 4 = 7.25; Σ dx² = Σ dy² = 9.5 → ρ = 7.25 / 9.5.
    expect(spearman([1, 2, 2, 4, 5], [2, 1, 4, 4, 6])).toBeCloseTo(7.25 / 9.5, 12);
  });

  it('agrees with 1 − 6Σd²/(n(n²−1)) without ties, and is ±1 for monotone pairs', () => {
    // Ranks 1…6 against 2, 1, 3, 4, 6, 5: Σd² = 4 → 1 − 24/210.
    expect(spearman([10, 20, 30, 40, 50, 60], [2, 1, 3, 4, 6, 5])).toBeCloseTo(1 - 24 / 210, 12);
    expect(spearman([1, 2, 3], [10, 100, 1000])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
  });

  it('is undefined when a side does not vary', () => {
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNaN();
  });
});

/** Every ordering of 0…n−1, by Heap's algorithm. */
function* permutations(n: number): Generator<readonly number[]> {
  const p = Array.from({ length: n }, (_, i) => i);
  const c = new Array<number>(n).fill(0);
  yield p;
  for (let i = 0; i < n;) {
    if (c[i] < i) {
      const j = i % 2 === 0 ? 0 : c[i];
      [p[j], p[i]] = [p[i], p[j]];
      yield p;
      c[i]++;
      i = 0;
    } else c[i++] = 0;
  }
}

/** The smallest |ρ| with P(|ρ| at least that) ≤ 5 % over every ordering: the exact critical value. */
function enumeratedCritical(n: number): number {
  const counts = new Map<number, number>();
  let total = 0;
  for (const p of permutations(n)) {
    const squares = p.reduce((s, v, i) => s + (v - i) ** 2, 0);
    // |ρ| is a function of Σd² folded about its middle n(n² − 1)/6; key by the folded value.
    const folded = Math.min(squares, (n * (n * n - 1)) / 3 - squares);
    counts.set(folded, (counts.get(folded) ?? 0) + 1);
    total++;
  }
  let tail = 0;
  let critical = Infinity;
  for (const folded of [...counts.keys()].sort((a, b) => a - b)) {
    tail += counts.get(folded)!;
    if (tail / total > 0.05) break;
    critical = 1 - (6 * folded) / (n * (n * n - 1));
  }
  return critical;
}

describe('when a rank correlation is more than noise', () => {
  it('uses the exact 5 % critical values, as counted over every ordering of the ranks', () => {
    for (const n of [5, 6, 7, 8, 9])
      expect(spearmanCritical(n)).toBeCloseTo(enumeratedCritical(n), 12);
    // The published table (Zar 1972, two-sided 5 %): 0.886 at 6 pairs, 0.648 at 10, 0.587 at 12.
    expect(spearmanCritical(6)).toBeCloseTo(0.886, 3);
    expect(spearmanCritical(10)).toBeCloseTo(0.648, 3);
    expect(spearmanCritical(12)).toBeCloseTo(1 - (6 * 118) / (12 * 143), 12);
    expect(spearmanCritical(16)).toBeCloseTo(0.503, 3);
  });

  it('takes 1.96/√(n − 1) beyond the exact table, close to it where they meet', () => {
    expect(spearmanCritical(EXACT_PAIRS + 1)).toBeCloseTo(1.96 / 4, 12);
    expect(spearmanCritical(36)).toBeCloseTo(1.96 / Math.sqrt(35), 12);
    expect(
      Math.abs(1.96 / Math.sqrt(EXACT_PAIRS - 1) - spearmanCritical(EXACT_PAIRS)),
    ).toBeLessThan(0.006);
    expect(spearmanCritical(4)).toBe(Infinity);
  });

  it('calls a ρ significant from the critical value on, either sign', () => {
    // 12 months: Σd² 118 gives ρ 0.5874 (significant), 120 gives 0.5804 (not).
    expect(isSignificantRank(1 - (6 * 118) / 1716, 12)).toBe(true);
    expect(isSignificantRank(-(1 - (6 * 118) / 1716), 12)).toBe(true);
    expect(isSignificantRank(1 - (6 * 120) / 1716, 12)).toBe(false);
    expect(isSignificantRank(0.99, 4)).toBe(false);
  });
});
