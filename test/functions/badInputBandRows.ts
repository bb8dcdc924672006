import * as outcome from '../../src/functions/functions';
import { type BadInputCell, type BadInputRow, type FunctionName } from './badInputCases';
import { cell, column, OMITTED, row } from './excelValues';

/**
 * Two rows of the "Bad input" table (see badInputCases.ts, which places them): band bounds on two
 * scales, and band bounds at Excel's "infinity". The adversarial variants are in
 * test/faults/mixedScaleCases.ts and infinityCases.ts.
 */
type AnyFunction = (...args: unknown[]) => unknown;
const call =
  (name: FunctionName, ...args: unknown[]) =>
  (): unknown =>
    (outcome as unknown as Record<string, AnyFunction>)[name.toLowerCase()](...args);

const VALUE = '#VALUE!';
const noBands: BadInputCell = { outcome: { kind: 'notApplicable', absent: ['bands'] } };
const INF = 9.99e307;

/** The docs' example bands with the 99.5 row in a cell formatted as % (it arrives as 0.995). */
const MIXED = [
  ['Lower bound', 'Rate'],
  [99.9, 0.02],
  [0.995, 0],
  [99, -0.05],
  [0, -0.1],
];
const MIXED_MESSAGE =
  'bands row 3: lower bound 0.995 is a fraction (99.5%) among percentages (99 to 99.9): the bounds mix scales';
/** From −9.99E307 at −10% to 9.99E307 at +10%: a straight line through 0 at 0%. */
const WIDE = [
  [-INF, -0.1],
  [INF, 0.1],
];

export const BAND_SCALE_ROWS: readonly BadInputRow[] = [
  {
    situation: 'Band bounds on two scales',
    input: 'the example bands with 99.5 in a cell formatted as % (0.995 beside 99.9 and 99)',
    cells: {
      ATTAINMENT: noBands,
      STATUS: noBands,
      PAYOUT: {
        run: call('PAYOUT', column(99.7, 99.2), MIXED, OMITTED, OMITTED),
        whole: true,
        outcome: { kind: 'error', code: VALUE, message: MIXED_MESSAGE },
      },
      CREDIT: noBands,
      EARNBACK: noBands,
      RATCHET: noBands,
      GAINSHARE: noBands,
      NETFEES: {
        run: call('NETFEES', cell(100000), row(99.95, 99.2), MIXED, OMITTED, OMITTED, OMITTED),
        whole: true,
        outcome: { kind: 'error', code: VALUE, message: MIXED_MESSAGE },
      },
      VOLUMEPRICE: noBands,
    },
  },
  {
    situation: 'Band bounds at ±9.99E307',
    input:
      'Excel’s "infinity" as a lower bound: −9.99E307 at −10%, 9.99E307 at +10% (shares and tiers: a last row from 9.99E307)',
    cells: {
      ATTAINMENT: noBands,
      STATUS: noBands,
      PAYOUT: {
        given: '`"linear"`, value 0',
        run: call('PAYOUT', column(0, 99.7), WIDE, 'linear', OMITTED),
        at: [0, 0],
        outcome: { kind: 'value', value: 0 },
        note: 'halfway along the line',
      },
      CREDIT: noBands,
      EARNBACK: noBands,
      RATCHET: noBands,
      GAINSHARE: {
        run: call(
          'GAINSHARE',
          column(900000, 1100000),
          cell(1000000),
          [
            [0, 0.3],
            [0.95, 0.5],
            [INF, 0.8],
          ],
          OMITTED,
          OMITTED,
        ),
        whole: true,
        outcome: {
          kind: 'error',
          code: VALUE,
          message: 'shareBands row 3: lower bound 9.99e+307 looks like a percentage',
        },
      },
      NETFEES: {
        given: '`"linear"`, performance 5E307',
        run: call('NETFEES', cell(100000), row(0, 5e307), WIDE, 'linear', OMITTED, OMITTED),
        at: [0, 1],
        outcome: { kind: 'value', value: 105005.005005005, approx: true },
      },
      VOLUMEPRICE: {
        run: call(
          'VOLUMEPRICE',
          column(3000, 800),
          [
            [0, 5],
            [1000, 4],
            [5000, 3],
            [INF, 2],
          ],
          OMITTED,
        ),
        outcome: { kind: 'value', value: 13000 },
        note: 'never reached',
      },
    },
  },
];
