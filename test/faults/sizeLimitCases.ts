import { range, type SizeLimitCase, whole } from './functionCaseTypes';

/**
 * Results over 1,048,576 cells and range arguments over 2,097,152 cells are refused from the
 * arrays' lengths alone, before a cell is read (src/functions/sizeLimits.ts); sizes at the limits
 * work. Cases that must read nothing are built from lazy ranges that count the cells read.
 */
const OVER_RESULT = 'a full worksheet column: give smaller ranges';
const OVER_INPUT = 'the limit is 2,097,152, two full worksheet columns';
const BANDS = [
  [0, -0.1],
  [99, -0.05],
  [99.5, 0],
  [99.9, 0.02],
];

export const sizeLimitCases: readonly SizeLimitCase[] = [
  {
    name: 'a row of 5,000 against a column of 5,000 (25 million cells)',
    fn: 'ATTAINMENT',
    args: [range(1, 5000, 99), range(5000, 1, 99.5), null],
    expected: whole(
      `the result would be 25,000,000 cells (5,000×5,000); the limit is 1,048,576, ${OVER_RESULT}`,
    ),
    readsNoCell: true,
  },
  {
    name: 'a full row against a full column (Excel’s largest: 17 billion cells)',
    fn: 'STATUS',
    args: [range(1, 16384, 99), range(1048576, 1, 99.5), null, null],
    expected: whole(
      `the result would be 17,179,869,184 cells (1,048,576×16,384); the limit is 1,048,576, ${OVER_RESULT}`,
    ),
    readsNoCell: true,
  },
  {
    name: 'PAYOUT: values 1×2,000 against bases 2,000×1',
    fn: 'PAYOUT',
    args: [range(1, 2000, 99.7), BANDS, null, range(2000, 1, 1000)],
    expected: whole(
      `the result would be 4,000,000 cells (2,000×2,000); the limit is 1,048,576, ${OVER_RESULT}`,
    ),
    readsNoCell: true,
  },
  {
    name: 'GAINSHARE: just over the limit (1,100,000 cells)',
    fn: 'GAINSHARE',
    args: [range(1, 1100, 900), range(1000, 1, 1000), [[0, 0.5]], null, null],
    expected: whole(
      `the result would be 1,100,000 cells (1,000×1,100); the limit is 1,048,576, ${OVER_RESULT}`,
    ),
    readsNoCell: true,
  },
  {
    name: 'VOLUMEPRICE: a column one cell longer than a worksheet column',
    fn: 'VOLUMEPRICE',
    args: [range(1048577, 1, 10), [[0, 5]], null],
    expected: whole(
      `the result would be 1,048,577 cells (1,048,577×1); the limit is 1,048,576, ${OVER_RESULT}`,
    ),
    readsNoCell: true,
  },
  {
    name: 'NETFEES: 1,048,577 periods',
    fn: 'NETFEES',
    args: [100000, range(1048577, 1, 99.7), BANDS, null, null, null],
    expected: whole(
      `the result would be 1,048,577 cells (1,048,577×1); the limit is 1,048,576, ${OVER_RESULT}`,
    ),
    readsNoCell: true,
  },
  {
    name: 'CREDIT: 1,048,577 periods',
    fn: 'CREDIT',
    args: [range(1, 1048577, 99.7), 99.5, 0.4, 10000, null],
    expected: whole(
      `the result would be 1,048,577 cells (1×1,048,577); the limit is 1,048,576, ${OVER_RESULT}`,
    ),
    readsNoCell: true,
  },
  {
    name: 'ATTAINMENT: an argument one cell over two worksheet columns',
    fn: 'ATTAINMENT',
    args: [range(2097153, 1, 99), 99.5, null],
    expected: whole(`actual has 2,097,153 cells (2,097,153×1); ${OVER_INPUT}`),
    readsNoCell: true,
  },
  {
    name: 'EARNBACK: a window of 3 × 1,000,000 periods',
    fn: 'EARNBACK',
    args: [4000, range(3, 1000000, 99.6), 99.5, null, null],
    expected: {
      error: '#VALUE!',
      message: `performanceAfter has 3,000,000 cells (3×1,000,000); ${OVER_INPUT}`,
    },
    readsNoCell: true,
  },
  {
    name: 'RATCHET: three full columns of history',
    fn: 'RATCHET',
    args: [99.5, range(1048576, 3, 99.7), null, null, null, null],
    expected: {
      error: '#VALUE!',
      message: `history has 3,145,728 cells (1,048,576×3); ${OVER_INPUT}`,
    },
    readsNoCell: true,
  },
  {
    name: 'PAYOUT: a band table one row longer than two full columns',
    fn: 'PAYOUT',
    args: [[[99.7]], range(1048577, 2, null), null, null],
    expected: whole(`bands has 2,097,154 cells (1,048,577×2); ${OVER_INPUT}`),
    readsNoCell: true,
  },
  {
    name: 'at the limit: a row of 1,024 against a column of 1,024 gives 1,048,576 results',
    fn: 'ATTAINMENT',
    args: [range(1, 1024, 99), range(1024, 1, 99.5), null],
    expected: { rows: 1024, cols: 1024, every: 99 / 99.5 },
    readsNoCell: false,
  },
  {
    name: 'at the limit: a band table given as two full columns (G:H), blank but for 4 rows',
    fn: 'PAYOUT',
    args: [
      [[99.7], [99.95]],
      range(1048576, 2, null, [
        [0, 0, 0],
        [0, 1, -0.1],
        [1, 0, 99],
        [1, 1, -0.05],
        [2, 0, 99.5],
        [2, 1, 0],
        [3, 0, 99.9],
        [3, 1, 0.02],
      ]),
      null,
      null,
    ],
    expected: [[0], [0.02]],
    readsNoCell: false,
  },
];
