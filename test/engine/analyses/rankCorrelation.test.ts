import { averageRanks, spearman } from '../../../src/engine/analyses/rankCorrelation';

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
