import { bandRate, parseBands } from '../../engine/rules/bands';
import {
  allocatedAmount,
  atRiskAmount,
  type Contract,
  annualIncentiveCap,
  monthlyIncentiveCap,
  type ServiceLevel,
} from '../../engine/terms/contract';
import {
  bandInput,
  incentiveRoom,
  payoutAlone,
  payoutBeforeCaps,
} from '../../engine/rules/moneyRules';
import { fail, ok, type Result } from '../../engine/rules/result';

export interface CurvePoint {
  readonly performance: number;
  readonly money: number;
}

/** Money per month for one service level across a range of performance, ready to draw. */
export interface PayoutCurve {
  /** Step curves come as pairs of points per band (flat segments joined by vertical jumps). */
  readonly points: readonly CurvePoint[];
  readonly from: number;
  readonly to: number;
  /** Where the rate changes, in performance: step jumps or linear band points. */
  readonly knots: readonly number[];
  /** The money at each knot and at the expected level, in order: the curve's values as a table. */
  readonly levels: readonly CurvePoint[];
}

// Lower-is-better attainment is expected / performance: straight in attainment, curved in performance.
const SAMPLES_PER_CURVED_SEGMENT = 12;

/**
 * Samples the engine's money rules across performance: the band rate, the payout before caps, and
 * the caps of a month in which this level pays alone (moneyRules.payoutAlone).
 */
export function payoutCurve(contract: Contract, sl: ServiceLevel): Result<PayoutCurve> {
  const parsed = parseBands(sl.bands.rows, 'Bands');
  if (!parsed.ok) return parsed;
  const table = parsed.value;
  const { basis, method } = sl.bands;
  const higher = sl.direction === 'higher';
  const curved = basis === 'attainment' && !higher && method === 'linear';
  const atRisk = atRiskAmount(contract);
  const allocated = allocatedAmount(contract, sl);
  // One month of this level paying alone, with nothing paid earlier in the year.
  const room = incentiveRoom(monthlyIncentiveCap(contract), annualIncentiveCap(contract), 0);
  const moneyAt = (performance: number): number => {
    const x = bandInput(performance, sl.expected, higher, basis === 'attainment');
    return payoutAlone(payoutBeforeCaps(bandRate(table, x, method), allocated), atRisk, room);
  };
  const toPerformance = (bound: number) =>
    basis === 'performance' ? bound : higher ? bound * sl.expected : sl.expected / bound;
  // A step table's lowest bound changes nothing: the lowest band extends down.
  const knotBounds = Array.from(method === 'step' ? table.bounds.subarray(1) : table.bounds);
  const knots = knotBounds
    .map(toPerformance)
    .filter((p) => Number.isFinite(p) && (basis === 'performance' || higher || p > 0))
    .sort((a, b) => a - b);
  const [from, to] = shownRange(
    [...knots, sl.expected].filter(Number.isFinite),
    curved,
    basis === 'performance' && sl.unit.trim() === '%',
  );
  const xs = [from, ...knots.filter((k) => k > from && k < to), to];
  const points: CurvePoint[] = [];
  for (let i = 0; i + 1 < xs.length; i++) {
    const [a, b] = [xs[i], xs[i + 1]];
    if (method === 'step') {
      const money = moneyAt((a + b) / 2);
      points.push({ performance: a, money }, { performance: b, money });
    } else {
      const steps = curved ? SAMPLES_PER_CURVED_SEGMENT : 1;
      for (let s = i === 0 ? 0 : 1; s <= steps; s++) {
        const p = s === steps ? b : a + ((b - a) * s) / steps;
        points.push({ performance: p, money: moneyAt(p) });
      }
    }
  }
  if (points.some((p) => !Number.isFinite(p.money))) {
    return fail('num', 'The payout cannot be computed: check the expected level and the bands.');
  }
  const levels = [...new Set([...knots, sl.expected])]
    .filter((p) => p >= from && p <= to)
    .sort((a, b) => a - b)
    .map((performance) => ({ performance, money: moneyAt(performance) }));
  return ok({ points, from, to, knots, levels });
}

/**
 * The knots and the expected level with 15% margin either side, so the flat ends show; a
 * percentage stays within 0–100, where measurements can be.
 */
function shownRange(
  values: readonly number[],
  positiveOnly: boolean,
  percent: boolean,
): [number, number] {
  if (values.length === 0) return [0, 1];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = hi > lo ? (hi - lo) * 0.15 : Math.max(Math.abs(hi) * 0.01, 0.01);
  const from = positiveOnly && lo - pad <= 0 ? lo / 2 : lo - pad;
  const to = hi + pad;
  if (!percent || lo < 0 || hi > 100) return [from, to];
  return [Math.max(0, from), Math.max(Math.min(100, to), hi)];
}
