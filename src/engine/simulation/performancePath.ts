import { applyBadMonths, type ShockPlan, type ShockRowPlan } from './badMonths';
import {
  type CopulaPlan,
  type CopulaRowPlan,
  correlatedRows,
  NORMAL_ROW,
  TRIANGULAR_ROW,
} from './correlatedRows';
import { type PathDependence, planCopula, planShock } from './pathDependence';
import { type PerformanceAssumption, type Range } from './performanceAssumption';
import { type RandomStream } from './randomStream';

// Module-level alias: inside a vm sandbox (Jest) every global lookup such as `Math` is slow.
const { sqrt } = Math;

/**
 * Performance assumptions flattened into typed arrays, and the generator that writes one trial's
 * performance path into a reused buffer laid out like evaluateTerm's input: path[row * months + m].
 *
 * Fixed rows (constant, series, a normal with no spread, no assumption = not measured) are the
 * same in every trial: they are written once by fillFixedRows and never touched again. Each random
 * row draws from its own stream, keyed by (trial, row key), so a trial's path depends only on the
 * seed and the trial's index, and changing one row's assumption leaves every other row unchanged.
 */

const FIXED = 0;
const NORMAL = NORMAL_ROW;
const TRIANGULAR = TRIANGULAR_ROW;
const RESAMPLE = 3;

/** Redraws allowed for a normal value outside its bounds before it is clamped. */
const TRUNCATION_REDRAWS = 32;
/** Salt of a row's redraw stream key. */
const REDRAW_STREAM = 0x5bd1e995;
/** Stream key of the bad-month draws; kept apart from the rows' keys. */
const BAD_MONTH_KEY = '\u0000scenario.badMonth';

/** The rows' parameters (see CopulaRowPlan and ShockRowPlan) and how a trial draws them. */
export interface PathPlan extends CopulaRowPlan, ShockRowPlan {
  readonly rows: number;
  readonly randomRows: Int32Array;
  /** Random rows that draw on their own (not in the copula). */
  readonly independentRows: Int32Array;
  /** Correlated rows (correlatedRows.ts); null when the scenario correlates none. */
  readonly copula: CopulaPlan | null;
  /** The bad-month shock (badMonths.ts); null when the scenario has none. */
  readonly shock: ShockPlan | null;
}

/** FNV-1a hash of a key string: the random stream a row draws from. */
export function streamKeyOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Keeps stream keys distinct should two ids' hashes collide (odds 2^-32 per pair). */
function distinctKeys(keys: number[]): Int32Array {
  const seen = new Set<number>();
  return Int32Array.from(keys, (key) => {
    let k = key;
    while (seen.has(k)) k = (k + 0x9e3779b9) | 0;
    seen.add(k);
    return k;
  });
}

const clamp = (x: number, r: Range) => Math.min(r.upper, Math.max(r.lower, x));

export interface PathRow {
  /** Stable identity of the row (the service-level id). */
  readonly key: string;
  readonly assumption: PerformanceAssumption | null;
  readonly range: Range;
  /** Omitted: higher is better. Sets which way a bad month and the copula's sign move the row. */
  readonly direction?: 'higher' | 'lower';
}

const INDEPENDENT: PathDependence = { correlation: null, badMonth: null };

export function planPaths(
  rows: readonly PathRow[],
  months: number,
  dependence: PathDependence = INDEPENDENT,
): PathPlan {
  const n = rows.length;
  const keys = distinctKeys([
    ...rows.map((row) => streamKeyOf(row.key)),
    streamKeyOf(BAD_MONTH_KEY),
  ]);
  const plan = {
    rows: n,
    months,
    kind: new Uint8Array(n),
    streamKey: keys.subarray(0, n),
    a: new Float64Array(n),
    b: new Float64Array(n),
    c: new Float64Array(n),
    lower: Float64Array.from(rows, (row) => row.range.lower),
    upper: Float64Array.from(rows, (row) => row.range.upper),
    historyStart: new Int32Array(n),
    historyLength: new Int32Array(n),
    history: Float64Array.from(
      rows.flatMap((row) => (row.assumption?.kind === 'resample' ? row.assumption.history : [])),
    ),
    fixed: new Float64Array(n * months).fill(NaN),
    randomRows: new Int32Array(0),
  };
  let historyOffset = 0;
  const random: number[] = [];
  rows.forEach(({ assumption: x, range }, r) => {
    const fixedRow = (valueAt: (m: number) => number) => {
      plan.kind[r] = FIXED;
      for (let m = 0; m < months; m++) plan.fixed[r * months + m] = valueAt(m);
    };
    if (x === null) return;
    if (x.kind === 'constant') fixedRow(() => clamp(x.level, range));
    else if (x.kind === 'series') fixedRow((m) => seriesValue(x.values, m, range));
    else if (x.kind === 'normal' && x.sd === 0) fixedRow(() => clamp(x.mean, range));
    else if (x.kind === 'triangular' && x.min === x.max) fixedRow(() => clamp(x.min, range));
    else {
      random.push(r);
      if (x.kind === 'normal') {
        const rho = x.rho ?? 0;
        plan.kind[r] = NORMAL;
        plan.a[r] = x.mean;
        plan.b[r] = x.sd * sqrt(1 - rho * rho);
        plan.c[r] = rho;
      } else if (x.kind === 'triangular') {
        plan.kind[r] = TRIANGULAR;
        plan.a[r] = x.min;
        plan.b[r] = x.mode;
        plan.c[r] = x.max;
      } else {
        plan.kind[r] = RESAMPLE;
        plan.historyStart[r] = historyOffset;
        plan.historyLength[r] = x.history.length;
        historyOffset += x.history.length;
      }
    }
  });
  const copula = planCopula(rows, (r) => random.includes(r), months, dependence.correlation);
  const correlated = new Set(copula?.rows ?? []);
  return {
    ...plan,
    // Random rows listed once so the per-trial loop skips the fixed ones.
    randomRows: Int32Array.from(random),
    independentRows: Int32Array.from(random.filter((r) => !correlated.has(r))),
    copula,
    shock: planShock(rows, months, dependence.badMonth, keys[n]),
  };
}

/** A series shorter than the term repeats cyclically; null entries are months not measured. */
function seriesValue(values: readonly (number | null)[], m: number, range: Range): number {
  const v = values[m % values.length];
  return v === null ? NaN : clamp(v, range);
}

/** Writes the fixed rows into a path buffer; done once per buffer, before the first trial. */
export function fillFixedRows(plan: PathPlan, path: Float64Array): void {
  path.set(plan.fixed);
}

/** Writes trial `trial`'s random rows into `path` (allocation-free). */
export function generatePath(
  plan: PathPlan,
  stream: RandomStream,
  trial: number,
  path: Float64Array,
): void {
  const rows = plan.independentRows;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    stream.select(trial, plan.streamKey[r]);
    const kind = plan.kind[r];
    if (kind === NORMAL) normalRow(plan, stream, trial, r, path);
    else if (kind === TRIANGULAR) triangularRow(plan, stream, r, path);
    else resampledRow(plan, stream, r, path);
  }
  if (plan.copula !== null) correlatedRows(plan, plan.copula, stream, trial, path);
  if (plan.shock !== null) applyBadMonths(plan, plan.shock, stream, trial, path);
}

/**
 * AR(1) from the mean over the row's innovations, drawn first in one pass (the hottest loop).
 * Truncation redraws come from a second stream of the row's own, so the first months' values do
 * not depend on how many months are generated (proposals with different terms share paths).
 */
function normalRow(
  plan: PathPlan,
  stream: RandomStream,
  trial: number,
  r: number,
  path: Float64Array,
): void {
  const months = plan.months;
  const base = r * months;
  const mean = plan.a[r];
  const scale = plan.b[r];
  const rho = plan.c[r];
  const lower = plan.lower[r];
  const upper = plan.upper[r];
  stream.fillNormal(path, base, months);
  let redrawing = false;
  let previous = mean;
  for (let i = base; i < base + months; i++) {
    const centre = mean + rho * (previous - mean);
    let v = centre + scale * path[i];
    if (v < lower || v > upper) {
      if (!redrawing) stream.select(trial, plan.streamKey[r] ^ REDRAW_STREAM);
      redrawing = true;
      redrawWithin(plan, stream, r, i, path);
      v = path[i];
    }
    path[i] = v;
    previous = v;
  }
}

function triangularRow(plan: PathPlan, stream: RandomStream, r: number, path: Float64Array): void {
  const min = plan.a[r];
  const mode = plan.b[r];
  const max = plan.c[r];
  const lower = plan.lower[r];
  const upper = plan.upper[r];
  const width = max - min;
  const split = (mode - min) / width;
  for (let i = r * plan.months; i < (r + 1) * plan.months; i++) {
    const u = stream.nextUniform();
    const v =
      u < split ? min + sqrt(u * width * (mode - min)) : max - sqrt((1 - u) * width * (max - mode));
    path[i] = v < lower ? lower : v > upper ? upper : v;
  }
}

function resampledRow(plan: PathPlan, stream: RandomStream, r: number, path: Float64Array): void {
  const start = plan.historyStart[r];
  const length = plan.historyLength[r];
  const lower = plan.lower[r];
  const upper = plan.upper[r];
  for (let i = r * plan.months; i < (r + 1) * plan.months; i++) {
    const v = plan.history[start + stream.nextIndex(length)];
    path[i] = v < lower ? lower : v > upper ? upper : v;
  }
}

/**
 * Truncation by redrawing month i's innovation; clamps only if every redraw falls outside. Reads
 * its inputs from the plan and writes path[i]: doubles passed to or returned from a call V8 does
 * not inline are boxed on the heap, and this runs inside the trial loop.
 */
function redrawWithin(
  plan: PathPlan,
  stream: RandomStream,
  r: number,
  i: number,
  path: Float64Array,
): void {
  const mean = plan.a[r];
  const previous = i === r * plan.months ? mean : path[i - 1];
  const centre = mean + plan.c[r] * (previous - mean);
  const lower = plan.lower[r];
  const upper = plan.upper[r];
  let v = centre;
  for (let k = 0; k < TRUNCATION_REDRAWS; k++) {
    v = centre + plan.b[r] * stream.nextNormal();
    if (v >= lower && v <= upper) {
      path[i] = v;
      return;
    }
  }
  path[i] = v < lower ? lower : upper;
}
