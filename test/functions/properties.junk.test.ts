// Property: whatever a sheet or a script passes, no OUTCOME function throws, and every error it
// returns is a CustomFunctions.Error with a code Excel can show. 18,000 runs in all (9 functions × 2,000).
// With properties.test.ts (6,500 runs) the property tests make 24,500 runs.
// Complements robustness.test.ts (Excel-shaped values) with fc.anything, exotic values, ragged and
// nested arrays, and argument mixes that get past the first argument's checks.
import fc from 'fast-check';
import * as outcome from '../../src/functions/functions';

const RUNS = 2000;
// Each function takes well under a second alone; the margin is for a busy machine.
jest.setTimeout(30000);

// Codes Excel accepts as a function's result (#REF! and #NAME? are input-only).
const OUTPUT_CODES = ['#VALUE!', '#N/A', '#DIV/0!', '#NUM!', '#NULL!'];

const errorValue = fc
  .tuple(
    fc.constantFrom(...Object.values(CustomFunctions.ErrorCode)),
    fc.option(fc.string(), { nil: undefined }),
  )
  .map(([code, message]) => new CustomFunctions.Error(code, message));

const number = fc.oneof(
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(
    0,
    -0,
    1,
    0.995,
    99.5,
    100,
    -0.05,
    1e15,
    1e308,
    -1e308,
    5e-324,
    NaN,
    Infinity,
    -Infinity,
  ),
);
const text = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '99.5',
    '99.5%',
    ' 1e3 ',
    '1e400',
    '-5%',
    '%',
    '0x10',
    '1,000',
    'higher',
    'LOWER',
    ' Linear ',
    'ProRata',
    'All Units',
    'average',
    '',
    '   ',
    'TRUE',
    '#N/A',
  ),
);
const exotic = fc.constantFrom<unknown>(
  undefined,
  Symbol('cell'),
  10n,
  new Date(0),
  () => 1,
  Object.create(null),
  { code: '#DIV/0!' },
  { code: 42 },
  [[[]]],
  [[1, [2, 3]]],
);

/** One cell of junk. */
const junkCell = fc.oneof(
  number,
  number,
  text,
  fc.boolean(),
  fc.constant(null),
  errorValue,
  exotic,
  fc.anything(),
);

/** A range of junk: rectangular, ragged, one-dimensional, empty, or deeply nested. */
const junkRange = fc.oneof(
  fc.integer({ min: 1, max: 4 }).chain((cols) =>
    fc.array(fc.array(junkCell, { minLength: cols, maxLength: cols }), {
      minLength: 1,
      maxLength: 4,
    }),
  ),
  fc.array(fc.array(junkCell, { maxLength: 4 }), { maxLength: 4 }),
  fc.array(junkCell, { maxLength: 4 }),
  fc.constantFrom<unknown>([], [[]], [[], []]),
  fc.anything({ maxDepth: 4 }),
);
const junk = fc.oneof(junkCell, junkRange);

// Plausible arguments, so that junk in one position meets valid values in the others.
const performanceCell = fc.oneof(
  fc.double({ min: 0, max: 100, noNaN: true }),
  fc.constantFrom('', '99.5', '99.5%', 0.995),
);
const performance = fc.integer({ min: 1, max: 3 }).chain((cols) =>
  fc.array(fc.array(performanceCell, { minLength: cols, maxLength: cols }), {
    minLength: 1,
    maxLength: 3,
  }),
);
const level = fc.oneof(
  fc.double({ min: 0, max: 100, noNaN: true }),
  fc.constantFrom(99.5, 0.995, 4),
);
const amount = fc.oneof(fc.double({ min: 0, max: 1e7, noNaN: true }), fc.constant(null));
const word = fc.constantFrom(
  null,
  'higher',
  'lower',
  'step',
  'linear',
  'all',
  'prorata',
  'midpoint',
  'average',
  'graduated',
  'allunits',
);
const bands = fc
  .array(
    fc.tuple(
      fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(0, 0.95, 1.05, 99.5)),
      fc.double({ min: -1, max: 1, noNaN: true }),
    ),
    {
      minLength: 1,
      maxLength: 5,
    },
  )
  .map((rows) => rows.map(([bound, rate]) => [bound, rate]));

const cellOf = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T[][]> => a.map((x) => [[x]]);
const or = (plausible: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 2, arbitrary: plausible }, { weight: 1, arbitrary: junk });

type AnyFunction = (...args: unknown[]) => unknown;
const FUNCTIONS: [string, fc.Arbitrary<unknown>[]][] = [
  ['attainment', [performance, cellOf(level), cellOf(word)]],
  ['status', [performance, cellOf(level), cellOf(level), cellOf(word)]],
  ['payout', [performance, bands, word, performance]],
  [
    'credit',
    [
      performance,
      performance,
      cellOf(fc.double({ min: 0, max: 1, noNaN: true })),
      amount,
      cellOf(word),
    ],
  ],
  ['earnback', [amount, performance, level, word, word]],
  ['ratchet', [level, performance, word, fc.double({ min: 0, max: 1, noNaN: true }), word, level]],
  ['gainshare', [performance, performance, bands, amount, amount]],
  ['netfees', [performance, performance, bands, word, amount, amount]],
  ['volumeprice', [performance, bands, word]],
];

/** A value Excel can show: a finite number, text, or an Excel error from an input check. */
function showable(value: unknown): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : `number ${value}`;
  if (typeof value === 'string') return null;
  if (!(value instanceof CustomFunctions.Error))
    return `not a CustomFunctions.Error: ${typeof value}`;
  if (!OUTPUT_CODES.includes(value.code)) return `error code ${value.code}`;
  // An input's own error is passed on as it came, perhaps without a message. An "internal error" is a
  // bug the guard caught, not an input check.
  if (String(value.message).startsWith('internal error')) return String(value.message);
  return null;
}

function problemWith(result: unknown, scalar: boolean): string | null {
  if (scalar) return Array.isArray(result) ? 'an array from a scalar function' : showable(result);
  if (!Array.isArray(result) || result.length === 0) return 'not a non-empty array';
  const width = Array.isArray(result[0]) ? result[0].length : -1;
  if (width < 1) return 'rows are not non-empty arrays';
  for (const r of result) {
    if (!Array.isArray(r) || r.length !== width) return 'not rectangular';
    for (const x of r) {
      const problem = showable(x);
      if (problem) return problem;
    }
  }
  return null;
}

describe('junk arguments: no function throws; every error is a CustomFunctions.Error', () => {
  for (const [name, plausible] of FUNCTIONS) {
    it(`OUTCOME.${name.toUpperCase()}`, () => {
      const f = (outcome as unknown as Record<string, AnyFunction>)[name];
      const scalar = name === 'earnback' || name === 'ratchet';
      // sometimes fewer arguments than declared (a script), sometimes all of them
      const args = fc
        .tuple(...plausible.map(or))
        .chain((all) => fc.integer({ min: 1, max: all.length }).map((n) => all.slice(0, n)));
      fc.assert(
        fc.property(args, (a) => {
          let result: unknown;
          try {
            result = f(...a);
          } catch (e) {
            throw new Error(
              `threw ${e instanceof CustomFunctions.Error ? `CustomFunctions.Error ${e.code}` : String(e)}`,
            );
          }
          const problem = problemWith(result, scalar);
          if (problem) throw new Error(problem);
        }),
        { numRuns: RUNS },
      );
    });
  }
});
