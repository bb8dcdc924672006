import { type ServiceLevel } from '../../../src/engine/terms/contract';
import {
  centralValue,
  defaultBounds,
  type PerformanceAssumption,
  recentreAssumption,
  resolveBounds,
  shiftAssumption,
  validateAssumption,
} from '../../../src/engine/simulation/performanceAssumption';

const availability = {
  name: 'Availability',
  unit: '%',
  direction: 'higher' as const,
  expected: 99.5,
};
const availabilityFraction = {
  name: 'Availability',
  unit: 'fraction',
  direction: 'higher' as const,
  expected: 0.995,
};
const resolution = { name: 'Resolution', unit: 'hours', direction: 'lower' as const, expected: 4 };

const problem = (
  a: PerformanceAssumption,
  sl: Pick<ServiceLevel, 'name' | 'unit' | 'direction' | 'expected'> = availability,
) => {
  const r = validateAssumption(a, sl);
  return r.ok ? null : r.error.message;
};

describe('default valid range from the service level', () => {
  test.each([
    ['percentage above 1', availability, { lower: 0, upper: 100 }],
    ['higher-is-better fraction', availabilityFraction, { lower: 0, upper: 1 }],
    ['hours', resolution, { lower: 0, upper: Infinity }],
    [
      'lower-is-better fraction (an error rate) has no upper limit',
      { unit: 'fraction', direction: 'lower' as const, expected: 0.02 },
      { lower: 0, upper: Infinity },
    ],
    [
      'score above 1 without a % unit',
      { unit: 'points', direction: 'higher' as const, expected: 4.2 },
      { lower: 0, upper: Infinity },
    ],
  ])('%s', (_, sl, range) => {
    expect(defaultBounds(sl)).toEqual(range);
  });

  test('explicit bounds override the default; null means unbounded on that side', () => {
    const a: PerformanceAssumption = {
      kind: 'normal',
      mean: 99,
      sd: 1,
      bounds: { lower: 90, upper: null },
    };
    expect(resolveBounds(a, availability)).toEqual({ lower: 90, upper: Infinity });
    expect(resolveBounds({ kind: 'constant', level: 99 }, availability)).toEqual({
      lower: 0,
      upper: 100,
    });
  });
});

describe('validateAssumption', () => {
  test('valid assumptions of every kind pass and return their range', () => {
    for (const a of [
      { kind: 'constant', level: 99.7 },
      { kind: 'series', values: [99.1, null, 99.9] },
      { kind: 'normal', mean: 99.6, sd: 0.3, rho: 0.4 },
      { kind: 'triangular', min: 98, mode: 99.5, max: 100 },
      { kind: 'resample', history: [99.2, 99.8, 100] },
    ] as PerformanceAssumption[]) {
      expect(validateAssumption(a, availability)).toEqual({
        ok: true,
        value: { lower: 0, upper: 100 },
      });
    }
  });

  test.each([
    [{ kind: 'constant', level: 101 }, 'constant level 101 is outside the valid range [0, 100]'],
    [{ kind: 'constant', level: Number.NaN }, 'constant level must be a number'],
    [{ kind: 'series', values: [] }, 'performance series is empty'],
    [{ kind: 'series', values: [null, null] }, 'no measured month'],
    [{ kind: 'series', values: [99, 120] }, 'series value 120 is outside the valid range'],
    [{ kind: 'normal', mean: 99, sd: -1 }, 'standard deviation must be a number ≥ 0'],
    [
      { kind: 'normal', mean: 99, sd: 1, rho: 1 },
      'correlation ρ must be strictly between −1 and 1',
    ],
    [{ kind: 'triangular', min: 99, mode: 98, max: 100 }, 'minimum ≤ mode ≤ maximum'],
    [{ kind: 'triangular', min: 99, mode: 99.5, max: 101 }, 'outside the valid range'],
    [{ kind: 'resample', history: [] }, 'history to resample is empty'],
    [{ kind: 'resample', history: [99, -1] }, 'history value -1 is outside the valid range'],
    [{ kind: 'normal', mean: 0.995, sd: 0.001 }, 'mix a percentage with a fraction'],
    [
      { kind: 'constant', level: 99, bounds: { lower: 100, upper: 90 } },
      'lower bound 100 is above upper bound 90',
    ],
    [{ kind: 'bogus' }, 'unknown assumption kind "bogus"'],
  ])('%j is rejected: %s', (a, message) => {
    expect(problem(a as PerformanceAssumption)).toContain(message);
  });

  test('messages name the service level', () => {
    expect(problem({ kind: 'constant', level: -1 }, resolution)).toMatch(/^Resolution: /);
  });
});

describe('central value, shift and re-centre', () => {
  test('central value of each kind', () => {
    expect(centralValue({ kind: 'constant', level: 3 })).toBe(3);
    expect(centralValue({ kind: 'normal', mean: 4, sd: 1 })).toBe(4);
    expect(centralValue({ kind: 'triangular', min: 1, mode: 2, max: 6 })).toBe(3);
    expect(centralValue({ kind: 'series', values: [1, null, 3] })).toBe(2);
    expect(centralValue({ kind: 'resample', history: [2, 4, 9] })).toBe(5);
  });

  const range = { lower: 0, upper: 100 };
  test('shift moves every kind by delta and clamps fixed values to the range', () => {
    expect(shiftAssumption({ kind: 'constant', level: 99.8 }, 0.5, range)).toEqual({
      kind: 'constant',
      level: 100,
    });
    expect(shiftAssumption({ kind: 'normal', mean: 99, sd: 1 }, -2, range)).toEqual({
      kind: 'normal',
      mean: 97,
      sd: 1,
    });
    expect(shiftAssumption({ kind: 'series', values: [99, null, 99.9] }, 0.2, range)).toEqual({
      kind: 'series',
      values: [99.2, null, 100],
    });
    expect(
      shiftAssumption({ kind: 'triangular', min: 98, mode: 99, max: 99.9 }, 0.5, range),
    ).toEqual({
      kind: 'triangular',
      min: 98.5,
      mode: 99.5,
      max: 100,
    });
    expect(shiftAssumption({ kind: 'resample', history: [0.5, 50] }, -1, range)).toEqual({
      kind: 'resample',
      history: [0, 49],
    });
  });

  test('re-centre sets the central value', () => {
    expect(recentreAssumption({ kind: 'normal', mean: 99, sd: 1, rho: 0.3 }, 97.5, range)).toEqual({
      kind: 'normal',
      mean: 97.5,
      sd: 1,
      rho: 0.3,
    });
    expect(recentreAssumption({ kind: 'constant', level: 99 }, 98, range)).toEqual({
      kind: 'constant',
      level: 98,
    });
    expect(
      centralValue(
        recentreAssumption({ kind: 'triangular', min: 96, mode: 98, max: 100 }, 97, range),
      ),
    ).toBeCloseTo(97, 12);
  });
});
