import { bandRate, parseBands } from '../../../src/engine/rules/bands';
import { bandWarnings } from '../../../src/engine/rules/bandWarnings';
import { defaultBandRows } from '../../../src/engine/rules/defaultBands';
import { type ServiceLevel } from '../../../src/engine/terms/contract';

const level = (overrides: Partial<ServiceLevel>): ServiceLevel => ({
  id: 'x',
  name: 'X',
  unit: '%',
  direction: 'higher',
  expected: 99.5,
  minimum: null,
  allocation: 0.2,
  critical: true,
  bands: { basis: 'performance', method: 'step', rows: defaultBandRows('%', 'higher', 99.5) },
  ...overrides,
});

const rateAt = (rows: ReturnType<typeof defaultBandRows>, x: number) => {
  const table = parseBands(rows);
  if (!table.ok) throw new Error(table.error.message);
  return bandRate(table.value, x, 'step');
};

describe('defaultBandRows', () => {
  it('gives a 99.5% availability the usual availability bands', () => {
    expect(defaultBandRows('%', 'higher', 99.5)).toEqual([
      { bound: 0, rate: -1 },
      { bound: 99, rate: -0.5 },
      { bound: 99.5, rate: 0 },
      { bound: 99.9, rate: 0.1 },
    ]);
  });

  it('puts a 95% resolution rate on its own scale', () => {
    expect(defaultBandRows('%', 'higher', 95).map((r) => r.bound)).toEqual([0, 90, 95, 99]);
  });

  it('gives a lower-is-better level in hours bands that reward below and credit above', () => {
    const rows = defaultBandRows('hours', 'lower', 4);
    expect(rows).toEqual([
      { bound: 0, rate: 0.1 },
      { bound: 3.6, rate: 0 },
      { bound: 4.4, rate: -0.5 },
      { bound: 5.2, rate: -1 },
    ]);
    expect(rateAt(rows, 4)).toBe(0);
    expect(rateAt(rows, 3)).toBe(0.1);
    expect(rateAt(rows, 6)).toBe(-1);
  });

  it('leaves no incentive band above 100%', () => {
    expect(defaultBandRows('%', 'higher', 100).every((r) => r.bound <= 100)).toBe(true);
  });

  it('pays nothing at the expected level and draws no warning, whatever the level', () => {
    for (const [unit, direction, expected] of [
      ['%', 'higher', 99.5],
      ['%', 'higher', 90],
      ['score', 'higher', 4.2],
      ['hours', 'lower', 8],
      ['items', 'lower', 150],
    ] as const) {
      const rows = defaultBandRows(unit, direction, expected);
      expect([unit, rateAt(rows, expected)]).toEqual([unit, 0]);
      const sl = level({ unit, direction, expected, bands: { ...level({}).bands, rows } });
      expect([unit, bandWarnings(sl)]).toEqual([unit, []]);
    }
  });
});

describe('bandWarnings', () => {
  it('warns when the bands pay an incentive below the expected level', () => {
    const rows = [
      { bound: 0, rate: -1 },
      { bound: 99, rate: 0.05 },
      { bound: 99.5, rate: 0.1 },
    ];
    const warnings = bandWarnings(level({ bands: { ...level({}).bands, rows } }));
    expect(warnings).toEqual([
      'The bands pay an incentive (5%) at 99.25, which is worse than the expected level 99.5.',
    ]);
  });

  it('warns when the bands charge a credit at the expected level', () => {
    const rows = [
      { bound: 0, rate: -1 },
      { bound: 99.6, rate: 0 },
    ];
    expect(bandWarnings(level({ bands: { ...level({}).bands, rows } }))).toEqual([
      'The bands charge a credit (-100%) at the expected level 99.5: meeting the level should not cost the provider.',
    ]);
  });

  it('reads lower-is-better levels the right way round', () => {
    // Hours: 10 is worse than the expected 8, and pays +5%.
    const rows = [
      { bound: 0, rate: 0.1 },
      { bound: 8, rate: 0 },
      { bound: 9, rate: 0.05 },
    ];
    const sl = level({
      unit: 'hours',
      direction: 'lower',
      expected: 8,
      bands: { ...level({}).bands, rows },
    });
    expect(bandWarnings(sl)).toEqual([
      'The bands pay an incentive (5%) at 9, which is worse than the expected level 8.',
    ]);
  });

  it('reads attainment bands against attainment 1', () => {
    const rows = [
      { bound: 0, rate: -1 },
      { bound: 0.98, rate: 0.02 },
      { bound: 1, rate: 0 },
    ];
    const sl = level({ bands: { basis: 'attainment', method: 'step', rows } });
    expect(bandWarnings(sl)).toEqual([
      'The bands pay an incentive (2%) at 0.99, which is worse than the expected level 1.',
    ]);
  });
});
