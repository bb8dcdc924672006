import { credit, netfees } from '../src/functions/functions';
import { installCustomFunctionsShim } from '../src/functions/customFunctionsShim';
import { medianOf, timeMs } from './timing';

/**
 * Custom functions called the way Excel calls them — 2-D arrays in, 2-D arrays out — over 36-month
 * ranges: `cells` formula cells, half OUTCOME.NETFEES over one service level's 36 months, half
 * OUTCOME.CREDIT over five service levels × 36 months. Reports total JavaScript time.
 */
export interface FunctionsFigures {
  cells: number;
  /** Median of a recalculation once the functions have run before (Excel keeps their runtime loaded). */
  ms: number;
  /** The first recalculation after loading: nothing compiled or parsed yet. */
  firstMs: number;
  /** Output values produced (each call returns a 1 × 36 row). */
  values: number;
}

const MONTHS = 36;
const RECALCULATIONS = 40;

export function benchFunctions(cells: number, runs: number): FunctionsFigures {
  installCustomFunctionsShim();
  const month = (m: number, s: number) => 99.2 + ((m * 7 + s * 3) % 10) / 10; // 99.2 … 100.1, misses and beats
  const fees = [Array.from({ length: MONTHS }, () => 100_000)];
  const bands = [
    ['Lower bound', 'Rate'],
    [0, -0.1],
    [99.5, 0],
    [99.9, 0.02],
  ];
  const netfeeInputs = Array.from({ length: cells / 2 }, (_, i) => [
    [Array.from({ length: MONTHS }, (_, m) => month(m, i))],
  ]);
  const creditInputs = Array.from({ length: cells / 2 }, (_, i) =>
    Array.from({ length: 5 }, (_, s) => Array.from({ length: MONTHS }, (_, m) => month(m, i + s))),
  );
  const expected = Array.from({ length: 5 }, () => [99.5]);
  const allocation = [[0.4], [0.3], [0.3], [0.5], [0.5]];
  let values = 0;
  const recalculate = () => {
    values = 0;
    for (const [perf] of netfeeInputs)
      values += netfees(fees, [perf[0]], bands, 'linear', 50_000, 10_000)[0].length;
    for (const perf of creditInputs) values += credit(perf, expected, allocation, 12_000)[0].length;
    return values;
  };
  const first = timeMs(recalculate);
  // Each recalculation takes ~10 ms: enough of them for a steady median (5 gave ±30 % between runs).
  const { ms } = medianOf(Math.max(runs, RECALCULATIONS), 2, recalculate);
  return { cells, ms, firstMs: first.ms, values };
}
