import { err, type FunctionCase, NUM, type RateCase } from './functionCaseTypes';

/**
 * Band bounds at Excel's "infinity", ±9.99E307: interpolation must neither overflow (9.99E307 −
 * −9.99E307 is Infinity) nor divide Infinity by Infinity. Expected rates were worked out in exact
 * rational arithmetic; they are met to 1 part in 10^12.
 */
const INF = 9.99e307;
const WIDE = [
  [-INF, -0.1],
  [INF, 0.1],
];
const PERCENT = [
  [-INF, -0.1],
  [99, -0.05],
  [99.5, 0],
  [INF, 0.02],
];
const REL = 1e-12;

export const infinityCases: readonly FunctionCase[] = [
  {
    name: 'linear between −9.99E307 and 9.99E307, at 0: halfway',
    fn: 'PAYOUT',
    args: [[[0]], WIDE, 'linear', null],
    expected: [[0]],
  },
  {
    name: 'linear between ±9.99E307, at 5E307',
    fn: 'PAYOUT',
    args: [[[5e307]], WIDE, 'linear', null],
    expected: [[0.05005005005005005]],
    relative: REL,
  },
  {
    name: 'linear between ±9.99E307, at 9E307 (NaN before)',
    fn: 'PAYOUT',
    args: [[[9e307]], WIDE, 'linear', null],
    expected: [[0.09009009009009009]],
    relative: REL,
  },
  {
    name: 'linear between ±9.99E307, at −9E307',
    fn: 'PAYOUT',
    args: [[[-9e307]], WIDE, 'linear', null],
    expected: [[-0.09009009009009009]],
    relative: REL,
  },
  {
    name: 'linear beyond the infinite points: flat',
    fn: 'PAYOUT',
    args: [[[1e308], [-1e308]], WIDE, 'linear', null],
    expected: [[0.1], [-0.1]],
  },
  {
    name: 'linear, percentages between infinite ends: 98 on the line from −9.99E307 to 99',
    fn: 'PAYOUT',
    args: [[[98]], PERCENT, 'linear', null],
    expected: [[-0.05]],
    relative: REL,
  },
  {
    name: 'linear, percentages between infinite ends: 1E300 on the line from 99.5 to 9.99E307',
    fn: 'PAYOUT',
    args: [[[1e300]], PERCENT, 'linear', null],
    expected: [[2.002002002002002e-10]],
    relative: REL,
  },
  {
    name: 'linear, percentages between infinite ends: −1E300',
    fn: 'PAYOUT',
    args: [[[-1e300]], PERCENT, 'linear', null],
    expected: [[-0.0500000005005005]],
    relative: REL,
  },
  {
    name: 'step with infinite ends',
    fn: 'PAYOUT',
    args: [[[1e308], [-1e308], [99.7]], PERCENT, 'step', null],
    expected: [[0.02], [-0.1], [0]],
  },
  {
    name: 'NETFEES, linear between ±9.99E307 (both 90,000 before)',
    fn: 'NETFEES',
    args: [100000, [[0, 5e307]], WIDE, 'linear', null, null],
    expected: [[100000, 105005.005005005]],
    relative: REL,
  },
  {
    name: 'VOLUMEPRICE with a last tier from 9.99E307',
    fn: 'VOLUMEPRICE',
    args: [
      [[2000]],
      [
        [0, 5],
        [1000, 4],
        [INF, 3],
      ],
      null,
    ],
    expected: [[9000]],
  },
  {
    name: 'ATTAINMENT of 9.99E307 against 0.001 overflows: #NUM!',
    fn: 'ATTAINMENT',
    args: [[[INF]], [[0.001]], null],
    expected: [[err(NUM, 'result Infinity is not a finite number')]],
  },
];

/** The engine's interpolation where the rates, too, would overflow a difference. */
export const infinityRateCases: readonly RateCase[] = [
  { name: 'rates ±1E308 at 0', bounds: [-INF, INF], rates: [-1e308, 1e308], value: 0, expected: 0 },
  {
    name: 'rates ±1E308 at 5E307',
    bounds: [-INF, INF],
    rates: [-1e308, 1e308],
    value: 5e307,
    expected: 5.005005005005005e307,
    relative: REL,
  },
  {
    name: 'bounds 0 and 9.99E307, rates 0 and 1, at 9.99E306',
    bounds: [0, INF],
    rates: [0, 1],
    value: 9.99e306,
    expected: 0.1,
    relative: REL,
  },
];
