import { err, type FunctionCase, VALUE, whole } from './functionCaseTypes';

/**
 * User text echoed in a message is clipped to 40 characters (37 and "..."), whole characters only
 * (src/engine/rules/quotedText.ts): method, mode and direction words, and text cells. Long text
 * that is a number or blank is still read as one.
 */
const LONG = 5000;
const long = (ch: string, n = LONG): string => ch.repeat(n);
/** How a long text of `ch` appears in a message: its first 37 characters and "...", quoted. */
const clipped = (ch: string): string => `"${ch.repeat(37)}..."`;
const BANDS = [
  [0, -0.1],
  [99, -0.05],
  [99.5, 0],
];
const TIERS = [
  [0, 5],
  [1000, 4],
];

export const longTextCases: readonly FunctionCase[] = [
  {
    name: 'PAYOUT: a 5,000-character method',
    fn: 'PAYOUT',
    args: [[[99.7]], BANDS, long('m'), null],
    expected: whole(`method must be step or linear, not ${clipped('m')}`),
  },
  {
    name: 'PAYOUT: a 1,000,000-character method',
    fn: 'PAYOUT',
    args: [[[99.7]], BANDS, long('m', 1_000_000), null],
    expected: whole(`method must be step or linear, not ${clipped('m')}`),
  },
  {
    name: 'NETFEES: a 5,000-character method',
    fn: 'NETFEES',
    args: [100000, [[99.7]], BANDS, long('n'), null, null],
    expected: whole(`method must be step or linear, not ${clipped('n')}`),
  },
  {
    name: 'VOLUMEPRICE: a 5,000-character method',
    fn: 'VOLUMEPRICE',
    args: [[[3000]], TIERS, long('v')],
    expected: whole(`method must be graduated or allunits, not ${clipped('v')}`),
  },
  {
    name: 'EARNBACK: a 5,000-character mode',
    fn: 'EARNBACK',
    args: [4000, [[99.6]], 99.5, long('e'), null],
    expected: err(VALUE, `mode must be all or prorata, not ${clipped('e')}`),
  },
  {
    name: 'RATCHET: a 5,000-character method',
    fn: 'RATCHET',
    args: [99.5, [[99.7]], long('r'), null, null, null],
    expected: err(VALUE, `method must be midpoint or average, not ${clipped('r')}`),
  },
  {
    name: 'ATTAINMENT: a 5,000-character direction',
    fn: 'ATTAINMENT',
    args: [[[99.7]], [[99.5]], [[long('d')]]],
    expected: whole(`direction must be higher or lower, not ${clipped('d')}`),
  },
  {
    name: 'STATUS: a 5,000-character direction in one cell of a range',
    fn: 'STATUS',
    args: [[[99.7, 99.7]], [[99.5]], null, [['higher', long('d')]]],
    expected: [['Met', err(VALUE, `direction must be higher or lower, not ${clipped('d')}`)]],
  },
  {
    name: 'CREDIT: a 5,000-character direction',
    fn: 'CREDIT',
    args: [[[99.2]], 99.5, 0.4, 10000, long('d')],
    expected: whole(`direction must be higher or lower, not ${clipped('d')}`),
  },
  {
    name: 'EARNBACK: a 5,000-character direction',
    fn: 'EARNBACK',
    args: [4000, [[99.6]], 99.5, null, long('d')],
    expected: err(VALUE, `direction must be higher or lower, not ${clipped('d')}`),
  },
  {
    name: 'ATTAINMENT: a 5,000-character text cell',
    fn: 'ATTAINMENT',
    args: [[[long('w'), 99.7]], [[99.5]], null],
    expected: [[err(VALUE, `actual: ${clipped('w')} is not a number`), 99.7 / 99.5]],
  },
  {
    name: 'PAYOUT: a 5,000-character rate in a band row',
    fn: 'PAYOUT',
    args: [
      [[99.7]],
      [
        [0, -0.1],
        [99, long('t')],
      ],
      null,
      null,
    ],
    expected: whole(`bands row 2: rate: ${clipped('t')} is not a number`),
  },
  {
    name: 'GAINSHARE: a 5,000-character cost',
    fn: 'GAINSHARE',
    args: [[[long('c')]], [[1000000]], [[0, 0.5]], null, null],
    expected: [[err(VALUE, `actualCost: ${clipped('c')} is not a number`)]],
  },
  {
    name: 'VOLUMEPRICE: 5,000 emoji are clipped to whole characters',
    fn: 'VOLUMEPRICE',
    args: [[['\u{1F600}'.repeat(LONG)]], TIERS, null],
    expected: [[err(VALUE, `units: ${clipped('\u{1F600}')} is not a number`)]],
  },
  {
    name: 'ATTAINMENT: 5,000 spaces before a number are read as the number',
    fn: 'ATTAINMENT',
    args: [[[`${long(' ')}99.5`]], [[99.5]], null],
    expected: [[1]],
  },
  {
    name: 'ATTAINMENT: a cell of 5,000 spaces is blank',
    fn: 'ATTAINMENT',
    args: [[[long(' ')]], [[99.5]], null],
    expected: [['']],
  },
];
