import { payoutCurve } from '../../../src/taskpane/bands/payoutCurve';
import { type Contract, type ServiceLevel } from '../../../src/engine/terms/contract';
import { serviceLevel, smallContract } from '../support/testContracts';

// At risk 12,000; allocation 20% → a band rate of 100% is 2,400 per month.
const contract = smallContract();
const level = (overrides: Partial<ServiceLevel>) =>
  serviceLevel({ id: 'sl', name: 'Level', allocation: 0.2, ...overrides });

function points(c: Contract, sl: ServiceLevel) {
  const curve = payoutCurve(c, sl);
  if (!curve.ok) throw new Error(curve.error.message);
  return curve.value;
}

const pairs = (curve: ReturnType<typeof points>) =>
  curve.points.map((p) => [p.performance, p.money]);

describe('payoutCurve', () => {
  it('draws step bands as flat segments with jumps at each bound above the lowest', () => {
    const curve = points(contract, level({}));
    // Knots 99, 99.5, 99.9; shown from 99 − 0.135 up to 100, where a percentage ends.
    expect(curve.from).toBeCloseTo(98.865, 9);
    expect(curve.to).toBe(100);
    expect(curve.knots).toEqual([99, 99.5, 99.9]);
    const expected = [
      [98.865, -2400],
      [99, -2400],
      [99, -1200],
      [99.5, -1200],
      [99.5, 0],
      [99.9, 0],
      [99.9, 240],
      [100, 240],
    ];
    pairs(curve).forEach(([p, m], i) => {
      expect(p).toBeCloseTo(expected[i][0], 9);
      expect(m).toBeCloseTo(expected[i][1], 9);
    });
  });

  it('draws linear bands as straight lines between the band points, flat below them, and stops a percentage at 100', () => {
    const rows = [
      { bound: 98, rate: -1 },
      { bound: 99.5, rate: 0 },
      { bound: 100, rate: 0.1 },
    ];
    const curve = points(
      contract,
      level({ bands: { basis: 'performance', method: 'linear', rows } }),
    );
    const expected = [
      [97.7, -2400],
      [98, -2400],
      [99.5, 0],
      [100, 240],
    ];
    expect(pairs(curve)).toHaveLength(expected.length);
    pairs(curve).forEach(([p, m], i) => {
      expect(p).toBeCloseTo(expected[i][0], 9);
      expect(m).toBeCloseTo(expected[i][1], 9);
    });
  });

  it('gives the money at each band point and at the expected level, for the values table', () => {
    expect(points(contract, level({})).levels).toEqual([
      { performance: 99, money: -1200 },
      { performance: 99.5, money: 0 },
      { performance: 99.9, money: 240 },
    ]);
  });

  it('keeps the padding beyond the band points for units other than percent', () => {
    const curve = points(contract, level({ unit: 'score' }));
    expect(curve.to).toBeCloseTo(100.035, 9);
  });

  it('places attainment bounds at attainment × expected for higher-is-better levels', () => {
    const rows = [
      { bound: 0.9, rate: -1 },
      { bound: 1, rate: 0 },
    ];
    const curve = points(contract, level({ bands: { basis: 'attainment', method: 'step', rows } }));
    expect(curve.knots).toEqual([99.5]);
    expect(pairs(curve).map(([, m]) => m)).toEqual([-2400, -2400, 0, 0]);
  });

  it('converts lower-is-better attainment (expected / actual) and curves linear bands accordingly', () => {
    const rows = [
      { bound: 0.5, rate: -1 },
      { bound: 1, rate: 0 },
      { bound: 1.25, rate: 0.1 },
    ];
    const hours = level({
      unit: 'h',
      direction: 'lower',
      expected: 4,
      minimum: 8,
      bands: { basis: 'attainment', method: 'linear', rows },
    });
    const curve = points(contract, hours);
    // 4 h / 1.25 = 3.2 h, 4 / 1 = 4 h, 4 / 0.5 = 8 h.
    expect(curve.knots).toEqual([3.2, 4, 8]);
    const at = (h: number) => curve.points.find((p) => Math.abs(p.performance - h) < 1e-9)?.money;
    expect(at(3.2)).toBeCloseTo(240, 9);
    expect(at(4)).toBeCloseTo(0, 9);
    // 6 h: attainment 2/3, a third of the way from 0.5 (−100%) to 1 (0%) → −66.7% of 2,400.
    expect(at(6)).toBeCloseTo(-1600, 9);
    expect(at(8)).toBeCloseTo(-2400, 9);
    expect(curve.points.length).toBeGreaterThan(10);
  });

  it('caps one level at the at-risk amount and the monthly incentive cap', () => {
    const rows = [
      { bound: 0, rate: -1 },
      { bound: 99.5, rate: 1 },
    ];
    // Allocation 150%: raw −18,000 and +18,000; caps 12,000 and 5% of 100,000.
    const monies = points(
      contract,
      level({ allocation: 1.5, bands: { basis: 'performance', method: 'step', rows } }),
    ).points.map((p) => p.money);
    expect(Math.min(...monies)).toBe(-12000);
    expect(Math.max(...monies)).toBe(5000);
  });

  it('reports bands the engine rejects instead of drawing them', () => {
    const rows = [
      { bound: 99, rate: -1 },
      { bound: 99, rate: 0 },
    ];
    const curve = payoutCurve(
      contract,
      level({ bands: { basis: 'performance', method: 'step', rows } }),
    );
    expect(curve.ok).toBe(false);
    if (!curve.ok) expect(curve.error.message).toBe('Bands: duplicate lower bound 99');
  });
});
