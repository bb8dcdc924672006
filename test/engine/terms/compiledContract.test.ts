import { compileContract } from '../../../src/engine/terms/compiledContract';
import { unwrap } from '../../../src/engine/rules/result';
import { attainmentBands, contract, serviceLevel } from '../contractFixtures';

const sls = [
  // bands given unsorted: compiled tables must be sorted
  serviceLevel('A', {
    name: 'Availability',
    expected: 99.5,
    minimum: 99,
    allocation: 0.4,
    bands: {
      basis: 'performance',
      method: 'step',
      rows: [
        { bound: 99.5, rate: 0 },
        { bound: 0, rate: -1 },
        { bound: 99, rate: -0.5 },
      ],
    },
  }),
  serviceLevel('R', {
    name: 'Resolution',
    direction: 'lower',
    expected: 4,
    minimum: null,
    allocation: 0.25,
    critical: false,
    bands: attainmentBands(
      [
        { bound: 1.05, rate: 0.2 },
        { bound: 0.9, rate: -1 },
      ],
      'linear',
    ),
  }),
  serviceLevel('F', {
    name: 'Fraction',
    expected: 0.995,
    minimum: null,
    allocation: 0.1,
    bands: attainmentBands(),
  }),
];

describe('compileContract', () => {
  const c = unwrap(
    compileContract(
      contract(sls, {
        monthlyCharges: 200_000,
        atRiskShare: 0.12,
        incentiveCapMonthlyShare: 0.05,
        incentiveCapAnnualShare: 0.02,
        earnback: { mode: 'prorata', window: 3 },
        ratchet: { method: 'midpoint', maxGapShare: 0.1 },
        termMonths: 36,
      }),
    ),
  );

  test('contract-wide money', () => {
    expect(c.slCount).toBe(3);
    expect(c.months).toBe(36);
    expect(c.monthlyCharges).toBe(200_000);
    expect(c.atRisk).toBe(24_000); // 200,000 × 12%
    expect(c.incentiveCapMonthly).toBe(10_000); // 200,000 × 5%
    expect(c.incentiveCapAnnual).toBeCloseTo(48_000, 9); // 200,000 × 12 × 2%
  });

  test('per-SL slots', () => {
    expect(c.directions).toEqual(['higher', 'lower', 'higher']);
    expect(Array.from(c.higher)).toEqual([1, 0, 1]);
    expect(Array.from(c.critical)).toEqual([1, 0, 1]);
    expect(Array.from(c.expected)).toEqual([99.5, 4, 0.995]);
    expect(c.minimum[0]).toBe(99);
    expect(c.minimum[1]).toBeNaN(); // no minimum
    // allocation × at-risk: 0.4 × 24,000 = 9,600; 0.25 × 24,000 = 6,000; 0.1 × 24,000 = 2,400
    expect(c.allocatedAmount[0]).toBeCloseTo(9_600, 9);
    expect(c.allocatedAmount[1]).toBeCloseTo(6_000, 9);
    expect(c.allocatedAmount[2]).toBeCloseTo(2_400, 9);
    expect(Array.from(c.basisAttainment)).toEqual([0, 1, 1]);
    expect(Array.from(c.linear)).toEqual([0, 1, 0]);
    // perfect: 100 for a percentage, 0 for lower is better, 1 for a fraction
    expect(Array.from(c.perfect)).toEqual([100, 0, 1]);
  });

  test('band tables laid end to end, each sorted', () => {
    expect(Array.from(c.bandStart)).toEqual([0, 3, 5]);
    expect(Array.from(c.bandCount)).toEqual([3, 2, 5]);
    expect(Array.from(c.bandBounds)).toEqual([0, 99, 99.5, 0.9, 1.05, -1e9, 0.97, 0.985, 1, 1.01]);
    expect(Array.from(c.bandRates)).toEqual([-1, -0.5, 0, -1, 0.2, -1, -0.5, -0.25, 0, 0.1]);
    for (let i = 0; i < c.bandBounds.length; i++) {
      expect(c.bandThresholds[i]).toBeLessThan(c.bandBounds[i]);
      expect(c.bandBounds[i] - c.bandThresholds[i]).toBeLessThanOrEqual(
        1e-9 * Math.max(1, Math.abs(c.bandBounds[i])) * 1.0001,
      );
    }
  });

  test('earnback and ratchet terms', () => {
    expect(c.earnbackMode).toBe('prorata');
    expect(c.earnbackWindow).toBe(3);
    expect(c.ratchet).toEqual({ method: 'midpoint', maxGapShare: 0.1 });
  });

  test('no caps → Infinity; no ratchet → null', () => {
    const plain = unwrap(compileContract(contract([serviceLevel('A')])));
    expect(plain.incentiveCapMonthly).toBe(Infinity);
    expect(plain.incentiveCapAnnual).toBe(Infinity);
    expect(plain.ratchet).toBeNull();
    expect(plain.earnbackMode).toBe('none');
  });

  test('an invalid contract fails with the first issue, prefixed by the SL name', () => {
    const bad = contract([
      serviceLevel('A', { name: 'Availability', expected: 99, minimum: 99.5 }),
    ]);
    expect(compileContract(bad)).toEqual({
      ok: false,
      error: {
        code: 'value',
        message: 'Availability: Expected level 99 is worse than the minimum 99.5',
      },
    });
  });

  test('a contract-wide issue fails without a prefix', () => {
    expect(compileContract(contract([serviceLevel('A')], { termMonths: 0 }))).toEqual({
      ok: false,
      error: { code: 'value', message: 'Term must be a whole number of months ≥ 1' },
    });
  });

  test('an unnamed SL is called "service level"', () => {
    expect(compileContract(contract([serviceLevel('A', { name: '' })]))).toEqual({
      ok: false,
      error: { code: 'value', message: 'service level: Name is empty' },
    });
  });
});
