import fc from 'fast-check';
import { type BandRanges } from '../../../src/engine/rules/bandFormulas';
import { parseBands } from '../../../src/engine/rules/bands';
import { unwrap } from '../../../src/engine/rules/result';
import { volumeFormulas } from '../../../src/engine/rules/volumeFormulas';
import { type VolumeMethod, volumePrice } from '../../../src/engine/rules/volumePricing';
import { evaluateSheets, valueAt } from '../../support/hyperSheet';

/**
 * The volume-price formula, evaluated by an independent formula engine (HyperFormula), charges what
 * volumePrice charges: graduated and all-units, at a tier's bound, a unit either side, below the
 * first bound and far above the last.
 */

/** Tier table in A:C (bound, threshold, price) from row 1; units in E1, the formula in F1. */
function priced(
  rows: readonly { bound: number; rate: number }[],
  units: number,
  method: VolumeMethod,
) {
  const table = unwrap(parseBands(rows));
  const n = table.bounds.length;
  const ranges: BandRanges = {
    bounds: `$A$1:$A$${n}`,
    thresholds: `$B$1:$B$${n}`,
    rates: `$C$1:$C$${n}`,
    count: n,
    halves: false,
  };
  const grid = Array.from(table.bounds, (bound, i) => [bound, table.thresholds[i], table.rates[i]]);
  const sheet = grid.map((row, i) =>
    i === 0 ? [...row, null, units, `=${volumeFormulas.price('E1', ranges, method)}`] : row,
  );
  return {
    formula: valueAt(evaluateSheets({ S: sheet }), 'S', 0, 5),
    rule: volumePrice(units, table, method),
  };
}

const TIERS = [
  { bound: 0, rate: 2 },
  { bound: 1000, rate: 1.5 },
  { bound: 5000, rate: 1 },
];

it.each([
  // units, graduated, all-units (worked by hand)
  [0, 0, 0],
  [999, 1998, 1998],
  [1000, 2000, 1500],
  [1001, 2001.5, 1501.5],
  [6000, 9000, 6000],
])('%d units: graduated %d, all-units %d', (units, graduated, allUnits) => {
  expect(priced(TIERS, units, 'graduated')).toEqual({ formula: graduated, rule: graduated });
  expect(priced(TIERS, units, 'allunits')).toEqual({ formula: allUnits, rule: allUnits });
});

it('equals the rule for random tiers and units, a first bound above zero included', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 5 }),
      fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 5, maxLength: 5 }),
      fc.integer({ min: 0, max: 20_000 }),
      fc.constantFrom<VolumeMethod>('graduated', 'allunits'),
      (bounds, cents, units, method) => {
        const rows = bounds.map((bound, i) => ({ bound, rate: cents[i] / 100 }));
        const { formula, rule } = priced(rows, units, method);
        expect(formula).toBeCloseTo(rule, 9);
      },
    ),
    { numRuns: 80 },
  );
});
