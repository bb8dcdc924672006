import * as outcome from '../../src/functions/functions';
import { BAND_SCALE_ROWS } from './badInputBandRows';
import { cell, column, OMITTED, row } from './excelValues';

/**
 * The "Bad input" table of docs/functions.md as data: one row per input situation, one cell per
 * function, each with the call that produces it and the outcome the docs state. badInput.test.ts
 * runs every cell and checks that the docs table renders exactly from this data, so the two cannot
 * drift. Calls are made as Excel makes them: ranges as 2-D arrays, omitted optionals as null.
 */

export const FUNCTIONS = [
  'ATTAINMENT',
  'STATUS',
  'PAYOUT',
  'CREDIT',
  'EARNBACK',
  'RATCHET',
  'GAINSHARE',
  'NETFEES',
  'VOLUMEPRICE',
] as const;
export type FunctionName = (typeof FUNCTIONS)[number];

/** EARNBACK and RATCHET return one value; the others return a dynamic array. */
export const SCALAR_FUNCTIONS: readonly FunctionName[] = ['EARNBACK', 'RATCHET'];

export type Outcome =
  | { readonly kind: 'blank' }
  /** A number or text; `approx`: equal up to binary rounding (relative 1e-12), shown with ≈. */
  | { readonly kind: 'value'; readonly value: number | string; readonly approx?: boolean }
  /** An error with this code whose message contains `message`. */
  | { readonly kind: 'error'; readonly code: string; readonly message: string }
  /** The input's own error value handed back unchanged (same code, same `message`). */
  | { readonly kind: 'passedOn'; readonly code: string; readonly message: string }
  /** The function has no argument of this kind: none of `absent` is one of its parameters. */
  | { readonly kind: 'notApplicable'; readonly absent: readonly string[] }
  /** Covered by test/functions/largeRanges.test.ts (a million cells in bounded time). */
  | { readonly kind: 'largeRange'; readonly what: string };

export interface BadInputCell {
  /** What the bad input is when the row's Input column does not say it all, e.g. "`target` blank". */
  readonly given?: string;
  readonly run?: () => unknown;
  /** Output cell [row, column] of an array result the outcome is about; the other cells stay valid. */
  readonly at?: readonly [number, number];
  /** The whole array result is this one outcome (a one-cell array), although the input had several cells. */
  readonly whole?: boolean;
  readonly outcome: Outcome;
  /** A short explanation shown in parentheses after the outcome. */
  readonly note?: string;
}

export interface BadInputRow {
  readonly situation: string;
  readonly input: string;
  readonly cells: Readonly<Record<FunctionName, BadInputCell>>;
}

type AnyFunction = (...args: unknown[]) => unknown;
const fn = (name: FunctionName): AnyFunction =>
  (outcome as unknown as Record<string, AnyFunction>)[name.toLowerCase()];
const call =
  (name: FunctionName, ...args: unknown[]) =>
  (): unknown =>
    fn(name)(...args);

// ---- Outcomes -------------------------------------------------------------------------------

const VALUE = '#VALUE!';
const NA = '#N/A';
const NUM = '#NUM!';
const blank: Outcome = { kind: 'blank' };
const value = (v: number | string): Outcome => ({ kind: 'value', value: v });
const approx = (v: number): Outcome => ({ kind: 'value', value: v, approx: true });
const error = (code: string, message: string): Outcome => ({ kind: 'error', code, message });
const passedOn = (input: CustomFunctions.Error): Outcome => ({
  kind: 'passedOn',
  code: input.code,
  message: input.message ?? '',
});
const notApplicable = (...absent: string[]): BadInputCell => ({
  outcome: { kind: 'notApplicable', absent },
});
const largeRange = (what: string): BadInputCell => ({ outcome: { kind: 'largeRange', what } });

// ---- The sheet every row starts from (the examples of docs/functions.md) ----------------------

const BANDS = [
  ['Lower bound', 'Rate'],
  [99.9, 0.02],
  [99.5, 0],
  [99, -0.05],
  [0, -0.1],
];
const SHARES = [
  ['Actual / target from', 'Provider share'],
  [0, 0.3],
  [0.95, 0.5],
  [1.05, 0.8],
];
const TIERS = [
  ['From units', 'Unit price'],
  [0, 5],
  [1000, 4],
  [5000, 3],
];
const TARGET_COST = 1000000;
const BAND_PARAMS = ['bands', 'shareBands', 'tiers'];
const WORD_PARAMS = ['method', 'mode', 'direction'];

/**
 * The bad input `x` in the main input, next to a good value, with every other argument valid:
 * ATTAINMENT/STATUS actual (99.7, x) against 99.5 (minimum 99); PAYOUT value (99.7, x) with the
 * example bands; CREDIT performance (99.7, x), expected 99.5, allocation 40%, at risk 10,000;
 * EARNBACK credit 4,000, window (99.6, x, 99.8), expected 99.5; RATCHET current 99.5, history
 * (99.7, x, 99.9); GAINSHARE actualCost (900,000, x), target 1,000,000, the example share bands;
 * NETFEES fee 100,000, performance (99.95, x); VOLUMEPRICE units (3,000, x) with the example tiers.
 */
function main(name: FunctionName, x: unknown): Pick<BadInputCell, 'run' | 'at'> {
  switch (name) {
    case 'ATTAINMENT':
      return { run: call(name, column(99.7, x), cell(99.5), OMITTED), at: [1, 0] };
    case 'STATUS':
      return { run: call(name, column(99.7, x), cell(99.5), cell(99), OMITTED), at: [1, 0] };
    case 'PAYOUT':
      return { run: call(name, column(99.7, x), BANDS, OMITTED, OMITTED), at: [1, 0] };
    case 'CREDIT':
      return { run: call(name, row(99.7, x), cell(99.5), cell(0.4), 10000, OMITTED), at: [0, 1] };
    case 'EARNBACK':
      return { run: call(name, 4000, row(99.6, x, 99.8), 99.5, OMITTED, OMITTED) };
    case 'RATCHET':
      return { run: call(name, 99.5, row(99.7, x, 99.9), OMITTED, OMITTED, OMITTED, OMITTED) };
    case 'GAINSHARE':
      return {
        run: call(name, column(900000, x), cell(TARGET_COST), SHARES, OMITTED, OMITTED),
        at: [1, 0],
      };
    case 'NETFEES':
      return {
        run: call(name, cell(100000), row(99.95, x), BANDS, OMITTED, OMITTED, OMITTED),
        at: [0, 1],
      };
    case 'VOLUMEPRICE':
      return { run: call(name, column(3000, x), TIERS, OMITTED), at: [1, 0] };
  }
}

/** Every function fed the same bad value `x` in its main input, with the outcome per function. */
function mainRow(
  situation: string,
  input: string,
  x: unknown,
  outcomes: Record<FunctionName, Outcome | BadInputCell>,
): BadInputRow {
  const cells = {} as Record<FunctionName, BadInputCell>;
  for (const name of FUNCTIONS) {
    const o = outcomes[name];
    cells[name] = 'kind' in o ? { ...main(name, x), outcome: o } : o;
  }
  return { situation, input, cells };
}

const notNumber = (label: string, shown: string): Outcome =>
  error(VALUE, `${label}: ${shown} is not a number`);
const notFinite = (label: string, shown: string): Outcome =>
  error(NUM, `${label}: ${shown} is not a finite number`);
const MIX = 'mix a percentage with a fraction';

/** Main-input labels as the messages name them. */
const LABEL: Record<FunctionName, string> = {
  ATTAINMENT: 'actual',
  STATUS: 'actual',
  PAYOUT: 'value',
  CREDIT: 'performance',
  EARNBACK: 'performanceAfter',
  RATCHET: 'history',
  GAINSHARE: 'actualCost',
  NETFEES: 'performance',
  VOLUMEPRICE: 'units',
};
const each = (f: (name: FunctionName) => Outcome): Record<FunctionName, Outcome> =>
  Object.fromEntries(FUNCTIONS.map((name) => [name, f(name)])) as Record<FunctionName, Outcome>;

const NA_INPUT = new CustomFunctions.Error(
  CustomFunctions.ErrorCode.notAvailable,
  'no reading for March',
);
const REF_INPUT = new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidReference);

// ---- The table -------------------------------------------------------------------------------

export const BAD_INPUT: readonly BadInputRow[] = [
  mainRow('Blank cell', '`""`, spaces or an empty cell', '', {
    ATTAINMENT: blank,
    STATUS: blank,
    PAYOUT: blank,
    CREDIT: { ...main('CREDIT', ''), outcome: blank, note: 'nothing measured that period' },
    EARNBACK: error(NA, 'performanceAfter: window not complete (a period is blank)'),
    RATCHET: { ...main('RATCHET', ''), outcome: value(99.65), note: 'the blank period is skipped' },
    GAINSHARE: blank,
    NETFEES: { ...main('NETFEES', ''), outcome: blank, note: 'no payout, no use of the bonus cap' },
    VOLUMEPRICE: blank,
  }),
  {
    situation: 'Blank level, amount or table',
    input: 'a blank where a required single value or a band table goes',
    cells: {
      ATTAINMENT: {
        given: '`target` blank',
        run: call('ATTAINMENT', column(99.7, 99.2), cell(''), OMITTED),
        at: [1, 0],
        outcome: blank,
      },
      STATUS: {
        given: '`expected` blank',
        run: call('STATUS', column(99.7, 99.2), cell(''), cell(99), OMITTED),
        at: [1, 0],
        outcome: blank,
      },
      PAYOUT: {
        given: '`bands` all blank',
        run: call(
          'PAYOUT',
          column(99.7, 99.2),
          [
            ['', ''],
            ['', ''],
          ],
          OMITTED,
          OMITTED,
        ),
        whole: true,
        outcome: error(VALUE, 'bands: no band rows'),
      },
      CREDIT: {
        given: '`expected` blank',
        run: call('CREDIT', row(99.7, 99.2), cell(''), cell(0.4), 10000, OMITTED),
        whole: true,
        outcome: error(VALUE, 'expected is blank'),
      },
      EARNBACK: {
        given: '`expected` blank',
        run: call('EARNBACK', 4000, row(99.6, 99.8), '', OMITTED, OMITTED),
        outcome: blank,
      },
      RATCHET: {
        given: '`current` blank',
        run: call('RATCHET', '', row(99.7, 99.9), OMITTED, OMITTED, OMITTED, OMITTED),
        outcome: blank,
      },
      GAINSHARE: {
        given: '`targetCost` blank',
        run: call('GAINSHARE', column(900000, 1100000), cell(''), SHARES, OMITTED, OMITTED),
        at: [1, 0],
        outcome: blank,
      },
      NETFEES: {
        given: '`fees` blank',
        run: call('NETFEES', cell(''), row(99.95, 99.2), BANDS, OMITTED, OMITTED, OMITTED),
        at: [0, 1],
        outcome: blank,
      },
      VOLUMEPRICE: {
        given: '`tiers` all blank',
        run: call(
          'VOLUMEPRICE',
          column(3000, 800),
          [
            ['', ''],
            ['', ''],
          ],
          OMITTED,
        ),
        whole: true,
        outcome: error(VALUE, 'tiers: no band rows'),
      },
    },
  },
  {
    situation: 'Blank or omitted optional argument',
    input: '`""` or nothing for a direction, method, mode, minimum or cap',
    cells: {
      ATTAINMENT: {
        given: '`direction`',
        run: call('ATTAINMENT', cell(3.2), cell(4), cell('')),
        outcome: value(0.8),
        note: 'higher is better',
      },
      STATUS: {
        given: '`minimum`',
        run: call('STATUS', cell(98), cell(99.5), cell(''), OMITTED),
        outcome: value('Missed'),
        note: 'no minimum',
      },
      PAYOUT: {
        given: '`method`',
        run: call('PAYOUT', cell(99.7), BANDS, '', OMITTED),
        outcome: value(0),
        note: 'step',
      },
      CREDIT: {
        given: '`direction`',
        run: call('CREDIT', row(99.2), cell(99.5), cell(0.4), 10000, cell('')),
        outcome: value(4000),
        note: 'higher is better',
      },
      EARNBACK: {
        given: '`mode`',
        run: call('EARNBACK', 4000, row(99.6, 99.4, 99.8), 99.5, '', OMITTED),
        outcome: value(0),
        note: 'all',
      },
      RATCHET: {
        given: '`maxGapShare`',
        run: call('RATCHET', 99.5, row(99.7, 99.9), OMITTED, '', OMITTED, OMITTED),
        outcome: value(99.65),
        note: 'no cap',
      },
      GAINSHARE: {
        given: '`painCap`',
        run: call('GAINSHARE', cell(1100000), cell(TARGET_COST), SHARES, '', OMITTED),
        outcome: approx(-65000),
        note: 'no cap',
      },
      NETFEES: {
        given: '`bonusCap`',
        run: call('NETFEES', cell(100000), row(99.95, 99.95, 99.95), BANDS, OMITTED, '', OMITTED),
        at: [0, 2],
        outcome: value(102000),
        note: 'no cap',
      },
      VOLUMEPRICE: {
        given: '`method`',
        run: call('VOLUMEPRICE', cell(3000), TIERS, ''),
        outcome: value(13000),
        note: 'graduated',
      },
    },
  },
  mainRow(
    'Text that is not a number',
    '`"abc"`',
    'abc',
    each((name) => notNumber(LABEL[name], '"abc"')),
  ),
  mainRow('Number stored as text', '`"99.5"` (costs `"900000"`, units `"3000"`)', '99.5', {
    ATTAINMENT: value(1),
    STATUS: value('Met'),
    PAYOUT: value(0),
    CREDIT: value(0),
    EARNBACK: value(4000),
    RATCHET: {
      ...main('RATCHET', '99.5'),
      outcome: value(99.6),
      note: 'midpoint of 99.5 and 99.7',
    },
    GAINSHARE: { ...main('GAINSHARE', '900000'), outcome: value(40000) },
    NETFEES: value(100000),
    VOLUMEPRICE: { ...main('VOLUMEPRICE', '3000'), outcome: value(13000) },
  }),
  mainRow(
    'Percentage stored as text',
    '`"99.5%"`, read as 0.995, against levels entered as percentages',
    '99.5%',
    {
      ATTAINMENT: error(VALUE, `actual and target: 0.995 and 99.5 ${MIX}`),
      STATUS: error(VALUE, `actual and expected: 0.995 and 99.5 ${MIX}`),
      PAYOUT: error(VALUE, `value and bands: 0.995 and 99 ${MIX}`),
      CREDIT: error(VALUE, `performance and expected: 0.995 and 99.5 ${MIX}`),
      EARNBACK: error(VALUE, `performanceAfter and expected: 0.995 and 99.5 ${MIX}`),
      RATCHET: error(VALUE, `history and current: 0.995 and 99.5 ${MIX}`),
      GAINSHARE: {
        given: '`shareBands` bound `"95%"`',
        run: call(
          'GAINSHARE',
          cell(900000),
          cell(TARGET_COST),
          [
            [0, 0.3],
            ['95%', 0.5],
            [1.05, 0.8],
          ],
          OMITTED,
          OMITTED,
        ),
        outcome: value(40000),
        note: 'read as 0.95',
      },
      NETFEES: error(VALUE, `performance and bands: 0.995 and 99 ${MIX}`),
      VOLUMEPRICE: {
        ...main('VOLUMEPRICE', '50%'),
        given: '`"50%"`',
        outcome: value(2.5),
        note: 'read as 0.5 units',
      },
    },
  ),
  mainRow(
    'TRUE or FALSE',
    '`TRUE`',
    true,
    each((name) => notNumber(LABEL[name], 'TRUE')),
  ),
  mainRow(
    'Error value in a cell',
    '`#N/A` (or `#DIV/0!`, `#NUM!`, `#NULL!`)',
    NA_INPUT,
    each(() => passedOn(NA_INPUT)),
  ),
  mainRow(
    '`#REF!` or `#NAME?` in a cell',
    '`#REF!`, which a function cannot return',
    REF_INPUT,
    each(() => error(VALUE, 'an input holds #REF!')),
  ),
  {
    situation: 'Empty range',
    input: '`[]` or `[[]]` for the main input (from a script; Excel never passes one)',
    cells: {
      ATTAINMENT: {
        run: call('ATTAINMENT', [], cell(99.5), OMITTED),
        whole: true,
        outcome: error(VALUE, 'actual is an empty range'),
      },
      STATUS: {
        run: call('STATUS', [[]], cell(99.5), OMITTED, OMITTED),
        whole: true,
        outcome: error(VALUE, 'actual is an empty range'),
      },
      PAYOUT: {
        run: call('PAYOUT', [], BANDS, OMITTED, OMITTED),
        whole: true,
        outcome: error(VALUE, 'value is an empty range'),
      },
      CREDIT: {
        run: call('CREDIT', [[]], cell(99.5), cell(0.4), 10000, OMITTED),
        whole: true,
        outcome: error(VALUE, 'performance is an empty range'),
      },
      EARNBACK: {
        run: call('EARNBACK', 4000, [], 99.5, OMITTED, OMITTED),
        outcome: error(VALUE, 'performanceAfter is an empty range'),
      },
      RATCHET: {
        run: call('RATCHET', 99.5, [[]], OMITTED, OMITTED, OMITTED, OMITTED),
        outcome: error(VALUE, 'history is an empty range'),
      },
      GAINSHARE: {
        run: call('GAINSHARE', [], cell(TARGET_COST), SHARES, OMITTED, OMITTED),
        whole: true,
        outcome: error(VALUE, 'actualCost is an empty range'),
      },
      NETFEES: {
        run: call('NETFEES', cell(100000), [[]], BANDS, OMITTED, OMITTED, OMITTED),
        whole: true,
        outcome: error(VALUE, 'performance is an empty range'),
      },
      VOLUMEPRICE: {
        run: call('VOLUMEPRICE', [], TIERS, OMITTED),
        whole: true,
        outcome: error(VALUE, 'units is an empty range'),
      },
    },
  },
  {
    situation: 'Ranges of sizes that do not fit',
    input: 'two ranges of different sizes, or a range of the wrong shape',
    cells: {
      ATTAINMENT: {
        given: '`actual` 1×3, `target` 1×2',
        run: call('ATTAINMENT', row(99.7, 99.2, 99.5), row(99.5, 99.5), OMITTED),
        whole: true,
        outcome: error(
          NA,
          'target is 1×2 but actual is 1×3: ranges must be the same size or a single cell',
        ),
      },
      STATUS: {
        given: '`actual` 1×3, `minimum` 1×2',
        run: call('STATUS', row(99.7, 99.2, 99.5), cell(99.5), row(99, 99), OMITTED),
        whole: true,
        outcome: error(NA, 'minimum is 1×2 but actual is 1×3'),
      },
      PAYOUT: {
        given: '`value` 3×1, `base` 2×1',
        run: call('PAYOUT', column(99.7, 99.2, 98), BANDS, OMITTED, column(1000, 2000)),
        whole: true,
        outcome: error(NA, 'base is 2×1 but value is 3×1'),
      },
      CREDIT: {
        given: '3 service levels, `expected` 2 cells',
        run: call('CREDIT', [[99.7], [96], [3.5]], column(99.5, 95), cell(0.4), 10000, OMITTED),
        whole: true,
        outcome: error(NA, 'expected has 2 cells but there are 3 service levels'),
      },
      EARNBACK: {
        given: '2×2 window',
        run: call(
          'EARNBACK',
          4000,
          [
            [99.6, 99.7],
            [99.8, 99.5],
          ],
          99.5,
          OMITTED,
          OMITTED,
        ),
        outcome: value(4000),
        note: 'any shape: every cell is one period',
      },
      RATCHET: {
        given: '2×2 history',
        run: call(
          'RATCHET',
          99.5,
          [
            [99.6, 99.7],
            [99.8, 99.9],
          ],
          OMITTED,
          OMITTED,
          OMITTED,
          OMITTED,
        ),
        outcome: value(99.625),
        note: 'any shape: every cell is one period',
      },
      GAINSHARE: {
        given: '`actualCost` 1×3, `targetCost` 1×2',
        run: call(
          'GAINSHARE',
          row(900000, 970000, 1000000),
          row(TARGET_COST, TARGET_COST),
          SHARES,
          OMITTED,
          OMITTED,
        ),
        whole: true,
        outcome: error(NA, 'targetCost is 1×2 but actualCost is 1×3'),
      },
      NETFEES: {
        given: '`fees` 1×2, `performance` 1×3',
        run: call(
          'NETFEES',
          row(100000, 100000),
          row(99.95, 99.2, 98),
          BANDS,
          OMITTED,
          OMITTED,
          OMITTED,
        ),
        whole: true,
        outcome: error(NA, 'fees is 1×2 but performance is 1×3: give one fee or one per period'),
      },
      VOLUMEPRICE: {
        given: '`tiers` 3 columns',
        run: call(
          'VOLUMEPRICE',
          cell(3000),
          [
            [0, 5, 'x'],
            [1000, 4, 'y'],
          ],
          OMITTED,
        ),
        whole: true,
        outcome: error(
          VALUE,
          'tiers must be a two-column range (lower bound, unit price), not 2×3',
        ),
      },
    },
  },
  {
    situation: 'Single cell against a range',
    input: 'one value where the other arguments are ranges, or a range where one value goes',
    cells: {
      ATTAINMENT: {
        given: '`target` 99.5 for `actual` (99.7, 99.5)',
        run: call('ATTAINMENT', column(99.7, 99.5), cell(99.5), OMITTED),
        at: [1, 0],
        outcome: value(1),
        note: 'used with every cell',
      },
      STATUS: {
        given: '`expected` 99.5 for `actual` (99.7, 99.2)',
        run: call('STATUS', column(99.7, 99.2), cell(99.5), OMITTED, OMITTED),
        at: [1, 0],
        outcome: value('Missed'),
      },
      PAYOUT: {
        given: '`base` 120000 for `value` (99.7, 99.25)',
        run: call('PAYOUT', column(99.7, 99.25), BANDS, OMITTED, cell(120000)),
        at: [1, 0],
        outcome: value(-6000),
      },
      CREDIT: {
        given: '`allocation` 40% for 2 service levels',
        run: call('CREDIT', [[99.2], [94]], column(99.5, 95), cell(0.4), 10000, OMITTED),
        outcome: value(8000),
        note: 'both failed',
      },
      EARNBACK: {
        given: '`credit` 1×2',
        run: call('EARNBACK', row(4000, 2000), row(99.6, 99.8), 99.5, OMITTED, OMITTED),
        outcome: error(VALUE, 'credit must be a single value, not a 1×2 range'),
      },
      RATCHET: {
        given: '`current` 1×2',
        run: call('RATCHET', row(99.5, 99), row(99.7, 99.9), OMITTED, OMITTED, OMITTED, OMITTED),
        outcome: error(VALUE, 'current must be a single value, not a 1×2 range'),
      },
      GAINSHARE: {
        given: '`targetCost` 1000000 for `actualCost` (900000, 970000)',
        run: call('GAINSHARE', column(900000, 970000), cell(TARGET_COST), SHARES, OMITTED, OMITTED),
        at: [0, 0],
        outcome: value(40000),
      },
      NETFEES: {
        given: '`fees` 100000 for 3 periods',
        run: call('NETFEES', cell(100000), row(99.95, 99.2, 98), BANDS, OMITTED, OMITTED, OMITTED),
        at: [0, 2],
        outcome: value(90000),
      },
      VOLUMEPRICE: {
        given: '`tiers` one cell',
        run: call('VOLUMEPRICE', column(3000, 800), cell(5), OMITTED),
        whole: true,
        outcome: error(
          VALUE,
          'tiers must be a two-column range (lower bound, unit price), not 1×1',
        ),
      },
    },
  },
  mainRow(
    'NaN',
    '`NaN` (from a script; Excel never passes one)',
    NaN,
    each((name) => notFinite(LABEL[name], 'NaN')),
  ),
  mainRow(
    '+Infinity',
    '`Infinity` (from a script), or text such as `"1e400"`',
    Infinity,
    each((name) => notFinite(LABEL[name], 'Infinity')),
  ),
  mainRow(
    '−Infinity',
    '`-Infinity` (from a script)',
    -Infinity,
    each((name) => notFinite(LABEL[name], '-Infinity')),
  ),
  mainRow('Negative number', '`-1`', -1, {
    ATTAINMENT: error(VALUE, `actual and target: -1 and 99.5 ${MIX}`),
    STATUS: {
      ...main('STATUS', -1),
      outcome: value('Below minimum'),
      note: 'opposite signs are never a mix for a pass/fail comparison',
    },
    PAYOUT: error(VALUE, `value and bands: -1 and 99 ${MIX}`),
    CREDIT: { ...main('CREDIT', -1), outcome: value(4000), note: 'missed' },
    EARNBACK: { ...main('EARNBACK', -1), outcome: value(0), note: 'a period missed' },
    RATCHET: error(VALUE, `history and current: -1 and 99.5 ${MIX}`),
    GAINSHARE: error(VALUE, 'actualCost must not be negative, not -1'),
    NETFEES: error(VALUE, `performance and bands: -1 and 99 ${MIX}`),
    VOLUMEPRICE: error(VALUE, 'units must not be negative, not -1'),
  }),
  {
    situation: 'Negative fee, allocation, credit or cap',
    input: 'a negative amount, allocation, share or price',
    cells: {
      ATTAINMENT: notApplicable(
        'base',
        'fees',
        'allocation',
        'atRisk',
        'credit',
        'painCap',
        'gainCap',
        'bonusCap',
        'creditCap',
        'tiers',
      ),
      STATUS: notApplicable(
        'base',
        'fees',
        'allocation',
        'atRisk',
        'credit',
        'painCap',
        'gainCap',
        'bonusCap',
        'creditCap',
        'tiers',
      ),
      PAYOUT: {
        given: '`base` -120000',
        run: call('PAYOUT', column(99.7, 99.25), BANDS, OMITTED, cell(-120000)),
        whole: true,
        outcome: error(VALUE, 'base must not be negative, not -120000'),
      },
      CREDIT: {
        given: '`allocation` -40%',
        run: call('CREDIT', row(99.7, 99.2), cell(99.5), cell(-0.4), 10000, OMITTED),
        whole: true,
        outcome: error(VALUE, 'allocation must not be negative, not -0.4'),
      },
      EARNBACK: {
        given: '`credit` -4000',
        run: call('EARNBACK', -4000, row(99.6, 99.8), 99.5, OMITTED, OMITTED),
        outcome: error(VALUE, 'credit must not be negative, not -4000'),
      },
      RATCHET: {
        given: '`maxGapShare` -10%',
        run: call('RATCHET', 99.5, row(99.7, 99.9), OMITTED, -0.1, OMITTED, OMITTED),
        outcome: error(VALUE, 'maxGapShare must be between 0 and 1, not -0.1'),
      },
      GAINSHARE: {
        given: '`painCap` -50000',
        run: call('GAINSHARE', column(900000, 1100000), cell(TARGET_COST), SHARES, -50000, OMITTED),
        whole: true,
        outcome: error(VALUE, 'painCap must not be negative, not -50000'),
      },
      NETFEES: {
        given: '`fees` -100000',
        run: call('NETFEES', cell(-100000), row(99.95, 99.2), BANDS, OMITTED, OMITTED, OMITTED),
        whole: true,
        outcome: error(VALUE, 'fees must not be negative, not -100000'),
      },
      VOLUMEPRICE: {
        given: 'unit price -4',
        run: call(
          'VOLUMEPRICE',
          column(3000, 800),
          [
            [0, 5],
            [1000, -4],
          ],
          OMITTED,
        ),
        whole: true,
        outcome: error(VALUE, 'tiers row 2: unit price -4 is negative'),
      },
    },
  },
  {
    situation: 'Percentage typed as a plain number',
    input: 'a rate, allocation or share of −5 or 40 meant as −5% or 40%',
    cells: {
      ATTAINMENT: notApplicable('bands', 'allocation', 'maxGapShare', 'shareBands'),
      STATUS: notApplicable('bands', 'allocation', 'maxGapShare', 'shareBands'),
      PAYOUT: {
        given: 'rate -5',
        run: call(
          'PAYOUT',
          column(99.7, 99.2),
          [
            [99.5, 0],
            [99, -5],
          ],
          OMITTED,
          OMITTED,
        ),
        whole: true,
        outcome: error(VALUE, 'bands row 2: rate -5 is outside −100%…+100%'),
      },
      CREDIT: {
        given: '`allocation` 40',
        run: call('CREDIT', row(99.7, 99.2), cell(99.5), cell(40), 10000, OMITTED),
        whole: true,
        outcome: error(VALUE, 'allocation 40 is over 100%'),
      },
      EARNBACK: notApplicable('bands', 'allocation', 'maxGapShare', 'shareBands'),
      RATCHET: {
        given: '`maxGapShare` 10',
        run: call('RATCHET', 99.5, row(99.7, 99.9), OMITTED, 10, OMITTED, OMITTED),
        outcome: error(VALUE, 'maxGapShare must be between 0 and 1, not 10'),
      },
      GAINSHARE: {
        given: 'share 50',
        run: call(
          'GAINSHARE',
          column(900000, 1100000),
          cell(TARGET_COST),
          [
            [0, 0.3],
            [0.95, 50],
          ],
          OMITTED,
          OMITTED,
        ),
        whole: true,
        outcome: error(VALUE, 'shareBands row 2: share 50 is outside 0…100%'),
      },
      NETFEES: {
        given: 'rate -5',
        run: call(
          'NETFEES',
          cell(100000),
          row(99.7, 99.2),
          [
            [99.5, 0],
            [99, -5],
          ],
          OMITTED,
          OMITTED,
          OMITTED,
        ),
        whole: true,
        outcome: error(VALUE, 'bands row 2: rate -5 is outside −100%…+100%'),
      },
      VOLUMEPRICE: notApplicable('bands', 'allocation', 'maxGapShare', 'shareBands'),
    },
  },
  {
    situation: 'Percentage against fraction in one call',
    input: '99.5 against 0.995 between two arguments or within a band table',
    cells: {
      ATTAINMENT: {
        given: '`target` 0.995',
        run: call('ATTAINMENT', column(99.7, 99.2), cell(0.995), OMITTED),
        at: [0, 0],
        outcome: error(VALUE, `actual and target: 99.7 and 0.995 ${MIX}`),
      },
      STATUS: {
        given: '`minimum` 0.99',
        run: call('STATUS', column(99.7, 99.2), cell(99.5), cell(0.99), OMITTED),
        at: [1, 0],
        outcome: error(VALUE, `minimum and expected: 0.99 and 99.5 ${MIX}`),
      },
      PAYOUT: {
        given: '`bands` as fractions',
        run: call(
          'PAYOUT',
          column(99.7, 0.992),
          [
            [0.999, 0.02],
            [0.995, 0],
            [0.99, -0.05],
            [0, -0.1],
          ],
          OMITTED,
          OMITTED,
        ),
        at: [0, 0],
        outcome: error(VALUE, `value and bands: 99.7 and 0.999 ${MIX}`),
      },
      CREDIT: {
        given: 'service level 2 as fractions, `performance` 96',
        run: call(
          'CREDIT',
          [
            [99.7, 99.2],
            [96, 0.96],
          ],
          column(99.5, 0.95),
          column(0.4, 0.5),
          10000,
          OMITTED,
        ),
        at: [0, 0],
        outcome: error(VALUE, `performance and expected: 96 and 0.95 ${MIX}`),
      },
      EARNBACK: {
        given: '`expected` 0.995',
        run: call('EARNBACK', 4000, row(99.6, 99.8), 0.995, OMITTED, OMITTED),
        outcome: error(VALUE, `performanceAfter and expected: 99.6 and 0.995 ${MIX}`),
      },
      RATCHET: {
        given: '`perfect` 1',
        run: call('RATCHET', 99.5, row(99.7, 99.9), OMITTED, 0.1, OMITTED, 1),
        outcome: error(VALUE, `perfect and current: 1 and 99.5 ${MIX}`),
      },
      GAINSHARE: {
        given: 'bound 105 beside 0.95',
        run: call(
          'GAINSHARE',
          column(900000, 1100000),
          cell(TARGET_COST),
          [
            [0, 0.3],
            [0.95, 0.5],
            [105, 0.8],
          ],
          OMITTED,
          OMITTED,
        ),
        whole: true,
        outcome: error(VALUE, 'shareBands row 3: lower bound 105 looks like a percentage'),
      },
      NETFEES: {
        given: '`bands` as fractions',
        run: call(
          'NETFEES',
          cell(100000),
          row(99.95, 0.992),
          [
            [0.999, 0.02],
            [0.995, 0],
            [0.99, -0.05],
            [0, -0.1],
          ],
          OMITTED,
          OMITTED,
          OMITTED,
        ),
        at: [0, 0],
        outcome: error(VALUE, `performance and bands: 99.95 and 0.999 ${MIX}`),
      },
      VOLUMEPRICE: notApplicable('actual', 'expected', 'target', 'current', 'bands', 'shareBands'),
    },
  },
  ...BAND_SCALE_ROWS,
  {
    situation: 'Band rows out of order',
    input: 'the example table with its rows shuffled',
    cells: {
      ATTAINMENT: notApplicable(...BAND_PARAMS),
      STATUS: notApplicable(...BAND_PARAMS),
      PAYOUT: {
        run: call(
          'PAYOUT',
          column(99.7, 99.25),
          [
            [99, -0.05],
            [99.9, 0.02],
            [0, -0.1],
            [99.5, 0],
          ],
          OMITTED,
          OMITTED,
        ),
        at: [1, 0],
        outcome: value(-0.05),
        note: 'sorted by lower bound',
      },
      CREDIT: notApplicable(...BAND_PARAMS),
      EARNBACK: notApplicable(...BAND_PARAMS),
      RATCHET: notApplicable(...BAND_PARAMS),
      GAINSHARE: {
        run: call(
          'GAINSHARE',
          cell(900000),
          cell(TARGET_COST),
          [
            [1.05, 0.8],
            [0, 0.3],
            [0.95, 0.5],
          ],
          OMITTED,
          OMITTED,
        ),
        outcome: value(40000),
        note: 'sorted by lower bound',
      },
      NETFEES: {
        run: call(
          'NETFEES',
          cell(100000),
          row(99.95, 99.2),
          [
            [99, -0.05],
            [99.9, 0.02],
            [0, -0.1],
            [99.5, 0],
          ],
          OMITTED,
          OMITTED,
          OMITTED,
        ),
        at: [0, 1],
        outcome: value(95000),
        note: 'sorted by lower bound',
      },
      VOLUMEPRICE: {
        run: call(
          'VOLUMEPRICE',
          cell(3000),
          [
            [5000, 3],
            [0, 5],
            [1000, 4],
          ],
          OMITTED,
        ),
        outcome: value(13000),
        note: 'sorted by lower bound',
      },
    },
  },
  {
    situation: 'Duplicate lower bound',
    input: 'two band rows with the same lower bound',
    cells: {
      ATTAINMENT: notApplicable(...BAND_PARAMS),
      STATUS: notApplicable(...BAND_PARAMS),
      PAYOUT: {
        run: call(
          'PAYOUT',
          column(99.7, 99.25),
          [
            [99.5, 0],
            [99, -0.05],
            [99.5, 0.01],
          ],
          OMITTED,
          OMITTED,
        ),
        whole: true,
        outcome: error(VALUE, 'bands: duplicate lower bound 99.5'),
      },
      CREDIT: notApplicable(...BAND_PARAMS),
      EARNBACK: notApplicable(...BAND_PARAMS),
      RATCHET: notApplicable(...BAND_PARAMS),
      GAINSHARE: {
        run: call(
          'GAINSHARE',
          column(900000, 1100000),
          cell(TARGET_COST),
          [
            [0, 0.3],
            [0.95, 0.5],
            [0.95, 0.4],
          ],
          OMITTED,
          OMITTED,
        ),
        whole: true,
        outcome: error(VALUE, 'shareBands: duplicate lower bound 0.95'),
      },
      NETFEES: {
        run: call(
          'NETFEES',
          cell(100000),
          row(99.95, 99.2),
          [
            [99.5, 0],
            [99, -0.05],
            [99.5, 0.01],
          ],
          OMITTED,
          OMITTED,
          OMITTED,
        ),
        whole: true,
        outcome: error(VALUE, 'bands: duplicate lower bound 99.5'),
      },
      VOLUMEPRICE: {
        run: call(
          'VOLUMEPRICE',
          column(3000, 800),
          [
            [0, 5],
            [1000, 4],
            [1000, 3.5],
          ],
          OMITTED,
        ),
        whole: true,
        outcome: error(VALUE, 'tiers: duplicate lower bound 1000'),
      },
    },
  },
  {
    situation: 'Lower bounds equal but for rounding noise',
    input: 'a bound typed as 1.05 beside one computed as `=1.15-0.1` (1.0499999999999998)',
    cells: {
      ATTAINMENT: notApplicable(...BAND_PARAMS),
      STATUS: notApplicable(...BAND_PARAMS),
      PAYOUT: {
        run: call(
          'PAYOUT',
          column(1.1, 0.9),
          [
            [1.05, 0.02],
            [1.15 - 0.1, 0.01],
            [0, -0.05],
          ],
          OMITTED,
          OMITTED,
        ),
        whole: true,
        outcome: error(
          VALUE,
          'bands: duplicate lower bound 1.05 (1.0499999999999998 and 1.05 differ only by rounding noise)',
        ),
      },
      CREDIT: notApplicable(...BAND_PARAMS),
      EARNBACK: notApplicable(...BAND_PARAMS),
      RATCHET: notApplicable(...BAND_PARAMS),
      GAINSHARE: {
        run: call(
          'GAINSHARE',
          column(900000, 1100000),
          cell(TARGET_COST),
          [
            [0, 0.3],
            [1.05, 0.8],
            [1.15 - 0.1, 0.6],
          ],
          OMITTED,
          OMITTED,
        ),
        whole: true,
        outcome: error(
          VALUE,
          'shareBands: duplicate lower bound 1.05 (1.0499999999999998 and 1.05 differ only by rounding noise)',
        ),
      },
      NETFEES: {
        run: call(
          'NETFEES',
          cell(100000),
          row(1.1, 0.9),
          [
            [1.05, 0.02],
            [1.15 - 0.1, 0.01],
            [0, -0.05],
          ],
          OMITTED,
          OMITTED,
          OMITTED,
        ),
        whole: true,
        outcome: error(
          VALUE,
          'bands: duplicate lower bound 1.05 (1.0499999999999998 and 1.05 differ only by rounding noise)',
        ),
      },
      VOLUMEPRICE: {
        run: call(
          'VOLUMEPRICE',
          column(3000, 800),
          [
            [0, 5],
            [1.05, 4],
            [1.15 - 0.1, 3],
          ],
          OMITTED,
        ),
        whole: true,
        outcome: error(
          VALUE,
          'tiers: duplicate lower bound 1.05 (1.0499999999999998 and 1.05 differ only by rounding noise)',
        ),
      },
    },
  },
  {
    situation: 'Band table with one row',
    input: 'a single band: rate −5% from 99.5 (tiers: 5.00 from 0; shares: 50% from 0)',
    cells: {
      ATTAINMENT: notApplicable(...BAND_PARAMS),
      STATUS: notApplicable(...BAND_PARAMS),
      PAYOUT: {
        given: '`"linear"`, value 98',
        run: call('PAYOUT', column(99.7, 98), [[99.5, -0.05]], 'linear', OMITTED),
        at: [1, 0],
        outcome: value(-0.05),
        note: 'the one band extends both ways',
      },
      CREDIT: notApplicable(...BAND_PARAMS),
      EARNBACK: notApplicable(...BAND_PARAMS),
      RATCHET: notApplicable(...BAND_PARAMS),
      GAINSHARE: {
        run: call(
          'GAINSHARE',
          column(900000, 1100000),
          cell(TARGET_COST),
          [[0, 0.5]],
          OMITTED,
          OMITTED,
        ),
        at: [0, 0],
        outcome: approx(50000),
      },
      NETFEES: {
        run: call(
          'NETFEES',
          cell(100000),
          row(99.95, 98),
          [[99.5, -0.05]],
          OMITTED,
          OMITTED,
          OMITTED,
        ),
        at: [0, 0],
        outcome: value(95000),
      },
      VOLUMEPRICE: {
        run: call('VOLUMEPRICE', column(3000, 800), [[0, 5]], OMITTED),
        at: [0, 0],
        outcome: value(15000),
      },
    },
  },
  {
    situation: 'Bad cell in a band table',
    input: 'text, a blank or an error in a band row',
    cells: {
      ATTAINMENT: notApplicable(...BAND_PARAMS),
      STATUS: notApplicable(...BAND_PARAMS),
      PAYOUT: {
        given: 'rate `"abc"`',
        run: call(
          'PAYOUT',
          column(99.7, 99.25),
          [
            ['Lower bound', 'Rate'],
            [99.5, 0],
            [99, 'abc'],
          ],
          OMITTED,
          OMITTED,
        ),
        whole: true,
        outcome: error(VALUE, 'bands row 3: rate: "abc" is not a number'),
      },
      CREDIT: notApplicable(...BAND_PARAMS),
      EARNBACK: notApplicable(...BAND_PARAMS),
      RATCHET: notApplicable(...BAND_PARAMS),
      GAINSHARE: {
        given: 'share `#N/A`',
        run: call(
          'GAINSHARE',
          column(900000, 1100000),
          cell(TARGET_COST),
          [
            [0, 0.3],
            [0.95, NA_INPUT],
          ],
          OMITTED,
          OMITTED,
        ),
        whole: true,
        outcome: passedOn(NA_INPUT),
      },
      NETFEES: {
        given: 'rate blank',
        run: call(
          'NETFEES',
          cell(100000),
          row(99.95, 99.2),
          [
            [99.5, 0],
            [99, ''],
          ],
          OMITTED,
          OMITTED,
          OMITTED,
        ),
        whole: true,
        outcome: error(VALUE, 'bands row 2: rate is blank'),
      },
      VOLUMEPRICE: {
        given: 'bound `TRUE`',
        run: call(
          'VOLUMEPRICE',
          column(3000, 800),
          [
            [0, 5],
            [true, 4],
          ],
          OMITTED,
        ),
        whole: true,
        outcome: error(VALUE, 'tiers row 2: lower bound: TRUE is not a number'),
      },
    },
  },
  {
    situation: 'Binary noise at a threshold',
    input: '99.49999999999999 (a monthly average that is 99.5 on paper) against 99.5',
    cells: {
      ATTAINMENT: {
        ...main('ATTAINMENT', 99.49999999999999),
        outcome: value(0.9999999999999999),
        note: 'a ratio, not a comparison: not rounded',
      },
      STATUS: { ...main('STATUS', 99.49999999999999), outcome: value('Met') },
      PAYOUT: { ...main('PAYOUT', 99.49999999999999), outcome: value(0), note: 'in the 99.5 band' },
      CREDIT: { ...main('CREDIT', 99.49999999999999), outcome: value(0) },
      EARNBACK: { ...main('EARNBACK', 99.49999999999999), outcome: value(4000) },
      RATCHET: {
        ...main('RATCHET', 99.49999999999999),
        outcome: value(99.6),
        note: 'every period met',
      },
      GAINSHARE: {
        given: '`actualCost` 949999.9999999999',
        run: call(
          'GAINSHARE',
          cell(949999.9999999999),
          cell(TARGET_COST),
          SHARES,
          OMITTED,
          OMITTED,
        ),
        outcome: approx(25000),
        note: 'shares apply over ranges of the ratio: no cliff to flip',
      },
      NETFEES: { ...main('NETFEES', 99.49999999999999), outcome: value(100000) },
      VOLUMEPRICE: {
        given: '`"allunits"`, units 999.9999999999999',
        run: call('VOLUMEPRICE', cell(999.9999999999999), TIERS, 'allunits'),
        outcome: value(3999.9999999999995),
        note: 'reaches the 1000 tier: price 4',
      },
    },
  },
  {
    situation: 'Method or direction in another case or spacing',
    input: '`"LOWER"`, `" Linear "`, `"ProRata"`, `"All Units"`',
    cells: {
      ATTAINMENT: {
        given: '`"LOWER"`',
        run: call('ATTAINMENT', cell(3.2), cell(4), cell('LOWER')),
        outcome: value(1.25),
      },
      STATUS: {
        given: '`" Lower "`',
        run: call('STATUS', cell(9), cell(4), cell(8), cell(' Lower ')),
        outcome: value('Below minimum'),
      },
      PAYOUT: {
        given: '`" Linear "`',
        run: call('PAYOUT', cell(99.7), BANDS, ' Linear ', OMITTED),
        outcome: value(0.01),
      },
      CREDIT: {
        given: '`"Lower Is Better"`',
        run: call('CREDIT', row(3.5, 5), cell(4), cell(0.6), 10000, cell('Lower Is Better')),
        at: [0, 1],
        outcome: value(6000),
      },
      EARNBACK: {
        given: '`"ProRata"`',
        run: call('EARNBACK', 4000, row(99.6, 99.4), 99.5, 'ProRata', OMITTED),
        outcome: value(2000),
      },
      RATCHET: {
        given: '`"AVERAGE"`',
        run: call('RATCHET', 99.5, row(99.6, 99.9), 'AVERAGE', OMITTED, OMITTED, OMITTED),
        outcome: value(99.75),
      },
      GAINSHARE: notApplicable(...WORD_PARAMS),
      NETFEES: {
        given: '`"LINEAR"`',
        run: call('NETFEES', cell(100000), row(99.7), BANDS, 'LINEAR', OMITTED, OMITTED),
        outcome: value(101000),
      },
      VOLUMEPRICE: {
        given: '`"All Units"`',
        run: call('VOLUMEPRICE', cell(3000), TIERS, 'All Units'),
        outcome: value(12000),
      },
    },
  },
  {
    situation: 'Unknown method or direction',
    input: 'a word the function does not know',
    cells: {
      ATTAINMENT: {
        given: '`"up"`',
        run: call('ATTAINMENT', column(99.7, 99.2), cell(99.5), cell('up')),
        whole: true,
        outcome: error(VALUE, 'direction must be higher or lower, not "up"'),
      },
      STATUS: {
        given: '`"up"`',
        run: call('STATUS', column(99.7, 99.2), cell(99.5), OMITTED, cell('up')),
        whole: true,
        outcome: error(VALUE, 'direction must be higher or lower, not "up"'),
      },
      PAYOUT: {
        given: '`"steps"`',
        run: call('PAYOUT', column(99.7, 99.2), BANDS, 'steps', OMITTED),
        whole: true,
        outcome: error(VALUE, 'method must be step or linear, not "steps"'),
      },
      CREDIT: {
        given: '`"up"`',
        run: call('CREDIT', row(99.7, 99.2), cell(99.5), cell(0.4), 10000, cell('up')),
        whole: true,
        outcome: error(VALUE, 'direction must be higher or lower, not "up"'),
      },
      EARNBACK: {
        given: '`"some"`',
        run: call('EARNBACK', 4000, row(99.6, 99.8), 99.5, 'some', OMITTED),
        outcome: error(VALUE, 'mode must be all or prorata, not "some"'),
      },
      RATCHET: {
        given: '`"max"`',
        run: call('RATCHET', 99.5, row(99.7, 99.9), 'max', OMITTED, OMITTED, OMITTED),
        outcome: error(VALUE, 'method must be midpoint or average, not "max"'),
      },
      GAINSHARE: notApplicable(...WORD_PARAMS),
      NETFEES: {
        given: '`"bonus"`',
        run: call('NETFEES', cell(100000), row(99.95, 99.2), BANDS, 'bonus', OMITTED, OMITTED),
        whole: true,
        outcome: error(VALUE, 'method must be step or linear, not "bonus"'),
      },
      VOLUMEPRICE: {
        given: '`"tiered"`',
        run: call('VOLUMEPRICE', column(3000, 800), TIERS, 'tiered'),
        whole: true,
        outcome: error(VALUE, 'method must be graduated or allunits, not "tiered"'),
      },
    },
  },
  {
    situation: 'A million cells',
    input: 'a 1000 × 1000 block or a million-cell column (test/functions/largeRanges.test.ts)',
    cells: {
      ATTAINMENT: largeRange('1000 × 1000 results'),
      STATUS: largeRange('1000 × 1000 results'),
      PAYOUT: largeRange('1000 × 1000 results'),
      CREDIT: largeRange('1000 service levels × 1000 months: 1000 credits'),
      EARNBACK: largeRange('a million-period window: one value'),
      RATCHET: largeRange('a million-period history: one value'),
      GAINSHARE: largeRange('1000 × 1000 results'),
      NETFEES: largeRange('a million periods: a million results'),
      VOLUMEPRICE: largeRange('1000 × 1000 results'),
    },
  },
];

// ---- Rendering: the exact text of a docs table cell ------------------------------------------

function renderOutcome(o: Outcome): string {
  switch (o.kind) {
    case 'blank':
      return 'blank';
    case 'value':
      return typeof o.value === 'number' ? `${o.approx ? '≈ ' : ''}${o.value}` : `"${o.value}"`;
    case 'error':
      return `\`${o.code}\` \`${o.message}\``;
    case 'passedOn':
      return `\`${o.code}\` passed on`;
    case 'notApplicable':
      return '—';
    case 'largeRange':
      return `${o.what} in bounded time`;
  }
}

/** The docs table cell for one function in one row. */
export function renderCell(c: BadInputCell): string {
  let text = renderOutcome(c.outcome);
  if (c.given) text = `${c.given} → ${text}`;
  if (c.whole) text += ' for the whole result';
  if (c.note) text += ` (${c.note})`;
  return text;
}
