import {
  checkCorrelations,
  gaussianOfRank,
  rankOfGaussian,
  repairedPairs,
} from '../../../src/engine/simulation/levelCorrelation';
import {
  choleskyLower,
  isPositiveSemiDefinite,
  smallestEigenvalue,
} from '../../../src/engine/simulation/nearestCorrelation';
import { normalCdf, normalQuantile } from '../../../src/engine/simulation/normalDistribution';
import { symmetricEigen } from '../../../src/engine/simulation/symmetricEigen';
import { unwrap } from '../../../src/engine/rules/result';

const levels = ['a', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase() }));

describe('the normal distribution function and its inverse', () => {
  test('known values to 1e-14, the far tail to 1e-9 relative (Φ(1.96), Φ(−1), Φ(−5))', () => {
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 14);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145707, 14);
    expect(normalCdf(-5) / 2.866515718791939e-7).toBeCloseTo(1, 9);
    expect(normalCdf(0)).toBe(0.5);
  });

  test('the quantile inverts Φ across the range, tails included', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    for (const p of [1e-12, 1e-6, 0.01, 0.02425, 0.3, 0.5, 0.9, 0.999999])
      expect(normalCdf(normalQuantile(p)) / p).toBeCloseTo(1, 10);
    expect([normalQuantile(0), normalQuantile(1)]).toEqual([-Infinity, Infinity]);
  });
});

describe('matrix algebra', () => {
  test('the eigenvalues of [[1, r], [r, 1]] are 1 ± r', () => {
    const { values } = symmetricEigen(Float64Array.from([1, 0.3, 0.3, 1]), 2);
    expect([...values].sort()).toEqual([expect.closeTo(0.7, 14), expect.closeTo(1.3, 14)]);
  });

  test('Cholesky: L·Lᵀ gives the matrix back; correlation 1 gives a zero pivot', () => {
    const a = Float64Array.from([1, 0.5, 0.2, 0.5, 1, 0.4, 0.2, 0.4, 1]);
    const l = choleskyLower(a, 3);
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) {
        let s = 0;
        for (let k = 0; k < 3; k++) s += l[i * 3 + k] * l[j * 3 + k];
        expect(s).toBeCloseTo(a[i * 3 + j], 14);
      }
    expect([...choleskyLower(Float64Array.from([1, 1, 1, 1]), 2)]).toEqual([1, 0, 1, 0]);
  });
});

describe('rank correlation in, copula correlation out', () => {
  test('r = 2·sin(πρ/6) and back; ±1 and 0 exactly', () => {
    expect(gaussianOfRank(0.5)).toBeCloseTo(0.5176380902050415, 15);
    expect(rankOfGaussian(gaussianOfRank(-0.37))).toBeCloseTo(-0.37, 14);
    expect([gaussianOfRank(1), gaussianOfRank(-1), gaussianOfRank(0)]).toEqual([1, -1, 0]);
  });

  test('a valid set is used as entered, over the service levels it names only', () => {
    const check = unwrap(
      checkCorrelations(
        [
          { first: 'c', second: 'a', rho: 0.6 },
          { first: 'b', second: 'c', rho: 0 },
        ],
        levels,
      ),
    );
    expect(check.ids).toEqual(['a', 'c']);
    expect(check.repaired).toBe(false);
    expect(check.adjusted).toEqual([]);
    expect(check.rank[1]).toBeCloseTo(0.6, 14);
    expect(check.gaussian[2]).toBeCloseTo(gaussianOfRank(0.6), 15);
  });

  test('an impossible set (A~B 0.9, B~C 0.9, A~C −0.9) is repaired to the nearest valid matrix', () => {
    const pairs = [
      { first: 'a', second: 'b', rho: 0.9 },
      { first: 'b', second: 'c', rho: 0.9 },
      { first: 'a', second: 'c', rho: -0.9 },
    ];
    const entered = Float64Array.from(
      [1, 0.9, -0.9, 0.9, 1, 0.9, -0.9, 0.9, 1].map(gaussianOfRank),
    );
    expect(smallestEigenvalue(entered, 3)).toBeLessThan(-0.5);
    const check = unwrap(checkCorrelations(pairs, levels));
    expect(check.repaired).toBe(true);
    expect(isPositiveSemiDefinite(check.gaussian, 3)).toBe(true);
    // By symmetry the repair moves the two +0.9 pairs down alike and the −0.9 pair up.
    const [ab, ac, bc] = [check.rank[1], check.rank[2], check.rank[5]];
    expect(ab).toBeCloseTo(bc, 10);
    expect(ab).toBeLessThan(0.9);
    expect(ac).toBeGreaterThan(-0.9);
    // Feasible: 1 + 2·r_ab·r_bc·r_ac − r_ab² − r_bc² − r_ac² ≥ 0 (the determinant).
    const [gab, gac, gbc] = [check.gaussian[1], check.gaussian[2], check.gaussian[5]];
    expect(1 + 2 * gab * gbc * gac - gab ** 2 - gbc ** 2 - gac ** 2).toBeGreaterThan(-1e-9);
    expect(check.adjusted.map((p) => [p.first, p.second])).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
    const rounded = repairedPairs(check);
    expect(rounded[0].rho).toBeCloseTo(ab, 2);
    expect(unwrap(checkCorrelations(rounded, levels)).repaired).toBe(false);
  });

  test.each([
    [[{ first: 'a', second: 'x', rho: 0.2 }], 'no service level has the id "x"'],
    [[{ first: 'a', second: 'a', rho: 0.2 }], '"A" and "A" is the same service level'],
    [[{ first: 'a', second: 'b', rho: 1.2 }], 'must be between −1 and 1, not 1.2'],
    [
      [
        { first: 'a', second: 'b', rho: 0.2 },
        { first: 'b', second: 'a', rho: 0.3 },
      ],
      'Correlation of "B" and "A" is given twice',
    ],
  ])('refused with a message: %j', (pairs, message) => {
    const check = checkCorrelations(pairs, levels);
    expect(check.ok ? '' : check.error.message).toContain(message);
  });
});
