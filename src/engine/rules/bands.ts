import { quotedText } from './quotedText';
import { fail, ok, type Result } from './result';
import { atMost, slack } from './tolerance';

/** How a band table turns a value into a rate. */
export type BandMethod = 'step' | 'linear';

/** One row of an outcome band table: the value is in the band when value ≥ bound. */
export interface BandRow {
  readonly bound: number;
  readonly rate: number;
}

/**
 * A validated band table, sorted by bound. `thresholds` are the bounds lowered by the comparison
 * tolerance, so that step lookups need no arithmetic per comparison.
 */
export interface BandTable {
  readonly bounds: Float64Array;
  readonly thresholds: Float64Array;
  readonly rates: Float64Array;
}

export function parseBandMethod(text: string | null | undefined): Result<BandMethod> {
  if (text === null || text === undefined || String(text).trim() === '') return ok('step');
  const word = String(text).trim().toLowerCase();
  if (word === 'step' || word === 'linear') return ok(word);
  return fail('value', `method must be step or linear, not ${quotedText(String(text))}`);
}

/** Validates and sorts band rows; rows may come in any order, bounds must be distinct. */
export function parseBands(rows: readonly BandRow[], label = 'bands'): Result<BandTable> {
  if (rows.length === 0) return fail('value', `${label}: no band rows`);
  for (const row of rows) {
    if (!Number.isFinite(row.bound))
      return fail('value', `${label}: lower bound ${row.bound} is not a finite number`);
    if (!Number.isFinite(row.rate))
      return fail('value', `${label}: rate ${row.rate} is not a finite number`);
  }
  const sorted = [...rows].sort((a, b) => a.bound - b.bound);
  for (let i = 1; i < sorted.length; i++) {
    const lower = sorted[i - 1].bound;
    const bound = sorted[i].bound;
    if (bound === lower) return fail('value', `${label}: duplicate lower bound ${bound}`);
    // Bounds within the comparison tolerance are the same threshold: the lower band could never be reached.
    if (atMost(bound, lower)) {
      return fail(
        'value',
        `${label}: duplicate lower bound ${bound} (${lower} and ${bound} differ only by rounding noise)`,
      );
    }
  }
  return ok(makeBandTable(sorted));
}

function makeBandTable(sorted: readonly BandRow[]): BandTable {
  const bounds = Float64Array.from(sorted, (r) => r.bound);
  return {
    bounds,
    thresholds: bounds.map((b) => b - slack(b)),
    rates: Float64Array.from(sorted, (r) => r.rate),
  };
}

/**
 * Index of the band `value` falls in within [start, start+count): the greatest bound ≤ value,
 * or `start` when the value lies below every bound (the lowest band extends down).
 */
export function bandIndex(
  thresholds: Float64Array,
  start: number,
  count: number,
  value: number,
): number {
  // Below the lowest bound (and NaN) → the lowest band, the same on both search paths.
  if (!(value >= thresholds[start])) return start;
  if (count <= 8) {
    // Counting the bounds at or below the value has no data-dependent branch: with simulated
    // values a scan's exit point mispredicts on most calls. Equivalent because bounds are sorted.
    // Unrolled: the tests of `count` predict perfectly when one table is read many times in a
    // row (the term evaluator reads one service level's table for every month), a loop does not.
    let i = start;
    if (count > 1) i += +(value >= thresholds[start + 1]);
    if (count > 2) i += +(value >= thresholds[start + 2]);
    if (count > 3) i += +(value >= thresholds[start + 3]);
    if (count > 4) i += +(value >= thresholds[start + 4]);
    if (count > 5) i += +(value >= thresholds[start + 5]);
    if (count > 6) i += +(value >= thresholds[start + 6]);
    if (count > 7) i += +(value >= thresholds[start + 7]);
    return i;
  }
  let lo = start;
  let hi = start + count - 1;
  if (value >= thresholds[hi]) return hi;
  // Invariant: thresholds[lo] ≤ value < thresholds[hi], or lo is the lowest band.
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (value >= thresholds[mid]) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Rate of the band the value falls in. */
export function stepRate(table: BandTable, value: number): number {
  return table.rates[bandIndex(table.thresholds, 0, table.rates.length, value)];
}

/** Rate on straight lines between the points (bound, rate); flat beyond the first and last point. */
export function linearRate(table: BandTable, value: number): number {
  return linearRateIn(table.bounds, table.rates, 0, table.rates.length, value);
}

export function linearRateIn(
  bounds: Float64Array,
  rates: Float64Array,
  start: number,
  count: number,
  value: number,
): number {
  const last = start + count - 1;
  if (value <= bounds[start]) return rates[start];
  if (value >= bounds[last]) return rates[last];
  const i = bandIndex(bounds, start, count, value);
  const lo = bounds[i];
  const hi = bounds[i + 1];
  let span = hi - lo;
  let offset = value - lo;
  // Bounds at Excel's "infinity" (±9.99E307) overflow a difference; halves cannot (the branch is
  // taken only then, so ordinary tables keep their exact arithmetic).
  if (!(span < Infinity)) {
    span = hi / 2 - lo / 2;
    offset = value / 2 - lo / 2;
  }
  const t = offset / span;
  const rise = rates[i + 1] - rates[i];
  // Rates far apart (amounts, not payout fractions) overflow the same way: then weigh the two ends.
  // rise − rise is 0 exactly when rise is finite (no global lookup in this hot loop).
  return rise - rise === 0 ? rates[i] + t * rise : (1 - t) * rates[i] + t * rates[i + 1];
}

export function bandRate(table: BandTable, value: number, method: BandMethod): number {
  return method === 'step' ? stepRate(table, value) : linearRate(table, value);
}
