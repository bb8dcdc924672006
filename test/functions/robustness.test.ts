import fc from 'fast-check';
import * as outcome from '../../src/functions/functions';
import { isExcelError } from './excelValues';

/**
 * Whatever a sheet passes, a function returns values Excel can show and never throws: finite
 * numbers, text, or CustomFunctions.Error values from an input check (in a rectangular array for
 * array functions).
 */
const excelError = fc.constantFrom(
  new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, 'no data'),
  new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidReference),
  { code: '#DIV/0!' },
);
const word = fc.constantFrom(
  'higher',
  'lower',
  'LOWER',
  'step',
  'linear',
  'all',
  'prorata',
  'average',
  'allunits',
  'x',
  '',
  ' ',
);
const numericText = fc.constantFrom(
  '99.5',
  '99.5%',
  '-5%',
  '0.995',
  '1e3',
  '1e400',
  'abc',
  '1,000',
);
const number = fc.oneof(
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(0, 1, 0.995, 99.5, 100, -0.05, 1e308, -1e308, 5e-324, NaN, Infinity),
);
const cellValue = fc.oneof(
  number,
  number,
  word,
  numericText,
  fc.boolean(),
  fc.constant(null),
  fc.constant(''),
  excelError,
  fc.string(),
);
const range = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
  .chain(([rows, cols]) =>
    fc.array(fc.array(cellValue, { minLength: cols, maxLength: cols }), {
      minLength: rows,
      maxLength: rows,
    }),
  );
const bandRange = fc
  .array(fc.tuple(cellValue, cellValue), { minLength: 1, maxLength: 5 })
  .map((rows) => rows.map(([a, b]) => [a, b]));
const argument = fc.oneof(
  range,
  range,
  bandRange,
  cellValue,
  fc.constant(null),
  fc.constant([]),
  fc.constant([[]]),
  fc.constant([1, 2]),
);

type AnyFunction = (...args: unknown[]) => unknown;
const FUNCTIONS: [string, number][] = [
  ['attainment', 3],
  ['status', 4],
  ['payout', 4],
  ['credit', 5],
  ['earnback', 5],
  ['ratchet', 6],
  ['gainshare', 5],
  ['netfees', 6],
  ['volumeprice', 3],
];

function isShowable(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  // "internal error" would mean a bug caught by the guard rather than an input check
  if (isExcelError(value)) return !String(value.message).startsWith('internal error');
  return typeof value === 'string';
}

function isShowableResult(result: unknown): boolean {
  if (!Array.isArray(result)) return isShowable(result);
  if (
    result.length === 0 ||
    !result.every((row) => Array.isArray(row) && row.length === result[0].length && row.length > 0)
  )
    return false;
  return result.every((row: unknown[]) => row.every(isShowable));
}

describe('robustness: every function returns showable values for any input', () => {
  for (const [name, arity] of FUNCTIONS) {
    it(`OUTCOME.${name.toUpperCase()}`, () => {
      const f = (outcome as unknown as Record<string, AnyFunction>)[name];
      fc.assert(
        fc.property(fc.array(argument, { minLength: arity, maxLength: arity }), (args) => {
          const result = f(...args);
          expect(isShowableResult(result)).toBe(true);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('overflow from huge inputs is #NUM!, not Infinity', () => {
    const result = outcome.attainment([[1e308]], [[1e-10]], undefined);
    expect((result[0][0] as CustomFunctions.Error).code).toBe('#NUM!');
    const price = outcome.volumeprice([[1e308]], [[0, 10]], undefined);
    expect((price[0][0] as CustomFunctions.Error).code).toBe('#NUM!');
  });
});
