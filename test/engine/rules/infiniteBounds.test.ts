import { linearRate, linearRateIn, parseBands } from '../../../src/engine/rules/bands';
import { unwrap } from '../../../src/engine/rules/result';
import { infinityRateCases } from '../../faults/functionCases';

/** Linear interpolation with bounds at Excel's "infinity" (±9.99E307) stays finite and right. */
describe('linear rates at ±9.99E307', () => {
  it.each(infinityRateCases.map((c) => [c.name, c]))('%s', (_, c) => {
    const got = linearRateIn(
      Float64Array.from(c.bounds),
      Float64Array.from(c.rates),
      0,
      c.bounds.length,
      c.value,
    );
    expect(Number.isFinite(got)).toBe(true);
    if (c.relative === undefined) expect(got).toBe(c.expected);
    else expect(Math.abs(got - c.expected)).toBeLessThanOrEqual(c.relative * Math.abs(c.expected));
  });

  it('a parsed table between −9.99E307 and 9.99E307: the straight line through both points', () => {
    const table = unwrap(
      parseBands([
        { bound: -9.99e307, rate: -0.1 },
        { bound: 9.99e307, rate: 0.1 },
      ]),
    );
    const points = [-9.99e307, -4.995e307, 0, 4.995e307, 9.99e307];
    const expected = [-0.1, -0.05, 0, 0.05, 0.1];
    points.forEach((x, i) => expect(linearRate(table, x)).toBeCloseTo(expected[i], 15));
  });

  it('ordinary tables keep their exact arithmetic (the halving branch is not taken)', () => {
    const table = unwrap(
      parseBands([
        { bound: 99, rate: -0.05 },
        { bound: 99.5, rate: 0 },
        { bound: 99.9, rate: 0.02 },
      ]),
    );
    expect(linearRate(table, 99.25)).toBe(-0.05 + ((99.25 - 99) / (99.5 - 99)) * 0.05);
    expect(linearRate(table, 99.7)).toBe(0 + ((99.7 - 99.5) / (99.9 - 99.5)) * 0.02);
  });
});
