import { type FunctionCase, whole } from './functionCaseTypes';

/**
 * Band tables whose bounds mix percentages and fractions are refused, naming the row; tables on
 * one scale, including ones legitimately spread over both ranges, still pay (boundScales.ts).
 */

/** PAYOUT of a column of values, no base. */
const payout = (
  values: readonly unknown[],
  bands: readonly unknown[][],
  method = null as string | null,
) => ({ fn: 'PAYOUT', args: [values.map((v) => [v]), bands, method, null] }) as const;
/** The whole formula refused: the bound in sheet row `row`, and what it is among the others. */
const refused = (row: number, bound: number, what: string) =>
  whole(
    `bands row ${row}: lower bound ${bound} ${what}: the bounds mix scales; enter every bound as a percentage (99.5) or every bound as a fraction (0.995)`,
  );
const REVIEW_MESSAGE = refused(2, 0.995, 'is a fraction (99.5%) among percentages (99 to 99.9)');
/** The review's table: 99.9 and 99 typed, 99.5 in a cell formatted as % (arrives as 0.995). */
const REVIEW_BANDS = [
  [99.9, 0.02],
  [0.995, 0],
  [99, -0.05],
];

export const mixedScaleCases: readonly FunctionCase[] = [
  {
    name: 'one % cell among percentages (the review table)',
    ...payout([99.7], REVIEW_BANDS),
    expected: REVIEW_MESSAGE,
  },
  {
    name: 'the same under a header row: the row number counts the header',
    ...payout([99.7], [['Lower bound', 'Rate'], ...REVIEW_BANDS]),
    expected: refused(3, 0.995, 'is a fraction (99.5%) among percentages (99 to 99.9)'),
  },
  {
    name: 'the same with the linear method',
    ...payout([99.7], REVIEW_BANDS, 'linear'),
    expected: REVIEW_MESSAGE,
  },
  {
    name: 'NETFEES with the review table',
    fn: 'NETFEES',
    args: [100000, [[99.7, 99.95]], REVIEW_BANDS, null, null, null],
    expected: REVIEW_MESSAGE,
  },
  {
    name: 'the top band formatted as % (99.9% arrives as 0.999)',
    ...payout(
      [99.95],
      [
        [95, -0.05],
        [99, 0],
        [99.5, 0.01],
        [0.999, 0.02],
      ],
    ),
    expected: refused(4, 0.999, 'is a fraction (99.9%) among percentages (95 to 99.5)'),
  },
  {
    name: '100% formatted as % among percentages (arrives as 1)',
    ...payout(
      [100],
      [
        [0, -0.1],
        [99, -0.05],
        [99.5, 0],
        [1, 0.02],
      ],
    ),
    expected: refused(4, 1, 'is a fraction (100%) among percentages (99 to 99.5)'),
  },
  {
    name: 'one percentage typed among fractions',
    ...payout(
      [0.992],
      [
        [0.95, -0.05],
        [99, 0],
        [0.995, 0.01],
      ],
    ),
    expected: refused(
      2,
      99,
      'is a percentage (0.99 as a fraction) among fractions (0.95 to 0.995)',
    ),
  },
  {
    name: 'the same level on both scales (a tie blames the fraction)',
    ...payout(
      [99.7],
      [
        [0.995, 0],
        [99.5, 0.01],
      ],
    ),
    expected: refused(1, 0.995, 'is a fraction (99.5%) among percentages (99.5)'),
  },
  {
    name: 'ambiguous, refused: a bound of 1 among percentages reaching 90 (1% or 100%?)',
    ...payout(
      [60],
      [
        [0, -0.1],
        [1, -0.05],
        [50, 0],
        [95, 0.01],
      ],
    ),
    expected: refused(2, 1, 'is a fraction (100%) among percentages (50 to 95)'),
  },
  {
    name: 'ambiguous, refused: 0.25 hours among hours from 4 to 48 (25%?)',
    ...payout(
      [6],
      [
        [0.25, 0.01],
        [4, 0],
        [8, -0.05],
        [24, -0.1],
        [48, -0.2],
      ],
    ),
    expected: refused(1, 0.25, 'is a fraction (25%) among percentages (4 to 48)'),
  },
  {
    name: 'accepted: all percentages, with 0 and 100 as endpoints',
    ...payout(
      [99.7, 100, 0],
      [
        [0, -0.1],
        [99, -0.05],
        [99.5, 0],
        [99.9, 0.02],
        [100, 0.03],
      ],
    ),
    expected: [[0], [0.03], [-0.1]],
  },
  {
    name: 'accepted: all fractions (the bound column formatted as %)',
    ...payout(
      [0.997, 1],
      [
        [0, -0.1],
        [0.99, -0.05],
        [0.995, 0],
        [0.999, 0.02],
        [1, 0.03],
      ],
    ),
    expected: [[0], [0.03]],
  },
  {
    name: 'accepted: all fractions written as "%" text',
    ...payout(
      ['99.7%'],
      [
        ['0%', -0.1],
        ['99%', -0.05],
        ['99.5%', 0],
      ],
    ),
    expected: [[0]],
  },
  {
    name: 'accepted: a defect rate in percent, 0.1 to 5',
    ...payout(
      [0.7, 3],
      [
        [0, 0.01],
        [0.1, 0],
        [0.5, -0.02],
        [1, -0.05],
        [2, -0.08],
        [5, -0.1],
      ],
    ),
    expected: [[-0.02], [-0.08]],
  },
  {
    name: 'accepted: a percentage table with a bound of 1 whose bounds stay far below 90',
    ...payout(
      [1.5],
      [
        [0, 0],
        [1, -0.01],
        [2, -0.05],
        [5, -0.1],
      ],
    ),
    expected: [[-0.01]],
  },
  {
    name: 'accepted: resolution hours, 0.5 to 48',
    ...payout(
      [6],
      [
        [0, 0.01],
        [0.5, 0],
        [1, -0.01],
        [4, -0.05],
        [8, -0.1],
        [24, -0.2],
        [48, -0.3],
      ],
    ),
    expected: [[-0.05]],
  },
  {
    name: 'accepted: attainment fractions, 0.8 to 1.2, linear',
    ...payout(
      [1.1],
      [
        [0.8, -0.1],
        [1, 0],
        [1.2, 0.05],
      ],
      'linear',
    ),
    expected: [[0.025]],
    relative: 1e-12,
  },
  {
    name: 'accepted: a 1% bound in a fraction table (0.01)',
    ...payout(
      [0.6],
      [
        [0, -0.1],
        [0.01, -0.05],
        [0.5, 0],
        [0.95, 0.01],
      ],
    ),
    expected: [[0]],
  },
  {
    name: 'accepted: percentages between bounds at ±9.99E307',
    ...payout(
      [99.5],
      [
        [-9.99e307, -0.1],
        [99, -0.05],
        [99.9, 0.02],
        [9.99e307, 0.03],
      ],
    ),
    expected: [[-0.05]],
  },
  {
    name: 'accepted: NETFEES with fraction bands and fraction performance',
    fn: 'NETFEES',
    args: [
      100000,
      [[0.997, 0.9995]],
      [
        [0, -0.1],
        [0.99, -0.05],
        [0.995, 0],
        [0.999, 0.02],
      ],
      null,
      null,
      null,
    ],
    expected: [[100000, 102000]],
  },
];
