import { normalCdf, normalQuantile } from './normalDistribution';
import { type RandomStream } from './randomStream';

/**
 * The Gaussian copula that correlates service levels within a month. Each correlated row draws
 * its month's standard normals from its own stream, as an independent row would; the Cholesky
 * factor mixes them into correlated normals x (x = L·z, sign-flipped for lower-is-better rows so
 * the correlation is about how well they do); then each row turns its x into its own distribution:
 *
 * - normal: x is the month's innovation of the AR(1) process (so the innovations are correlated,
 *   and with equal month-to-month ρ the levels too); a value beyond the bounds is mapped to a
 *   fresh draw inside them by inversion — x's position within the excluded tails, rescaled, picks
 *   the quantile of the truncated innovation. That is the redraw method's distribution, computed
 *   from x alone, so two rows with correlation 1 stay identical.
 * - triangular: the inverse distribution function at Φ(x).
 * - resample: the history entry at Φ(x)·n.
 *
 * Monotone transforms keep rank correlation, so the months' rank correlation is the entered one
 * (up to the truncation and resampling ties). Rows not named by any non-zero pair never come here:
 * with no correlation, every path is what it was without the copula, bit for bit.
 */

export interface CopulaPlan {
  /** Path rows in the copula, in the Cholesky factor's order. */
  readonly rows: Int32Array;
  /** Lower-triangular factor, rows.length squared, row-major. */
  readonly cholesky: Float64Array;
  /** −1 for lower-is-better rows (their values rise when they do badly), else +1. */
  readonly sign: Float64Array;
  /** Scratch for the normals, rows.length × months. */
  readonly normals: Float64Array;
}

/** What correlatedRows needs of the path plan (performancePath.ts's PathPlan extends it). */
export interface CopulaRowPlan {
  readonly months: number;
  readonly kind: Uint8Array;
  /** Stream key of each row (a hash of the service-level id, so paths follow the SL, not its position). */
  readonly streamKey: Int32Array;
  /** normal: mean, innovation scale sd·√(1−ρ²), ρ; triangular: min, mode, max. */
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly c: Float64Array;
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  readonly historyStart: Int32Array;
  readonly historyLength: Int32Array;
  readonly history: Float64Array;
}

/** The row kinds of performancePath.ts. */
export const NORMAL_ROW = 1;
export const TRIANGULAR_ROW = 2;

const { floor, sqrt } = Math;

export function correlatedRows(
  plan: CopulaRowPlan,
  copula: CopulaPlan,
  stream: RandomStream,
  trial: number,
  path: Float64Array,
): void {
  const { rows, cholesky, sign, normals } = copula;
  const k = rows.length;
  const months = plan.months;
  for (let c = 0; c < k; c++) {
    stream.select(trial, plan.streamKey[rows[c]]);
    stream.fillNormal(normals, c * months, months);
  }
  mixMonths(cholesky, sign, normals, k, months);
  for (let c = 0; c < k; c++) {
    const r = rows[c];
    const kind = plan.kind[r];
    if (kind === NORMAL_ROW) normalFromCopula(plan, r, normals, c * months, path);
    else if (kind === TRIANGULAR_ROW) triangularFromCopula(plan, r, normals, c * months, path);
    else resampledFromCopula(plan, r, normals, c * months, path);
  }
}

/**
 * x = L·z in place, the last row first (row c needs the z of the rows before it, not yet
 * overwritten). Eight months at a time, then four, then one: independent sums keep the
 * processor's adders busy where a single running sum would wait on each addition, and each entry
 * of L is read once for eight months (twelve spill registers and are slower). Each month's sum
 * adds the same terms in the same order whatever the grouping, so the results do not change.
 */
function mixMonths(
  cholesky: Float64Array,
  sign: Float64Array,
  normals: Float64Array,
  k: number,
  months: number,
): void {
  let m = 0;
  for (; m + 8 <= months; m += 8) {
    for (let c = k - 1; c >= 0; c--) {
      const lRow = c * k;
      let x0 = 0;
      let x1 = 0;
      let x2 = 0;
      let x3 = 0;
      let x4 = 0;
      let x5 = 0;
      let x6 = 0;
      let x7 = 0;
      for (let j = 0, at = m; j <= c; j++, at += months) {
        const l = cholesky[lRow + j];
        x0 += l * normals[at];
        x1 += l * normals[at + 1];
        x2 += l * normals[at + 2];
        x3 += l * normals[at + 3];
        x4 += l * normals[at + 4];
        x5 += l * normals[at + 5];
        x6 += l * normals[at + 6];
        x7 += l * normals[at + 7];
      }
      const out = c * months + m;
      const s = sign[c];
      normals[out] = x0 * s;
      normals[out + 1] = x1 * s;
      normals[out + 2] = x2 * s;
      normals[out + 3] = x3 * s;
      normals[out + 4] = x4 * s;
      normals[out + 5] = x5 * s;
      normals[out + 6] = x6 * s;
      normals[out + 7] = x7 * s;
    }
  }
  for (; m + 4 <= months; m += 4) {
    for (let c = k - 1; c >= 0; c--) {
      const lRow = c * k;
      let x0 = 0;
      let x1 = 0;
      let x2 = 0;
      let x3 = 0;
      for (let j = 0, at = m; j <= c; j++, at += months) {
        const l = cholesky[lRow + j];
        x0 += l * normals[at];
        x1 += l * normals[at + 1];
        x2 += l * normals[at + 2];
        x3 += l * normals[at + 3];
      }
      const out = c * months + m;
      const s = sign[c];
      normals[out] = x0 * s;
      normals[out + 1] = x1 * s;
      normals[out + 2] = x2 * s;
      normals[out + 3] = x3 * s;
    }
  }
  for (; m < months; m++) {
    for (let c = k - 1; c >= 0; c--) {
      let x = 0;
      for (let j = 0, at = m; j <= c; j++, at += months) x += cholesky[c * k + j] * normals[at];
      normals[c * months + m] = x * sign[c];
    }
  }
}

function normalFromCopula(
  plan: CopulaRowPlan,
  r: number,
  x: Float64Array,
  from: number,
  path: Float64Array,
): void {
  const months = plan.months;
  const base = r * months;
  const mean = plan.a[r];
  const scale = plan.b[r];
  const rho = plan.c[r];
  const lower = plan.lower[r];
  const upper = plan.upper[r];
  let previous = mean;
  for (let m = 0; m < months; m++) {
    const centre = mean + rho * (previous - mean);
    let v = centre + scale * x[from + m];
    if (v < lower || v > upper) v = truncatedByInversion(centre, scale, lower, upper, x[from + m]);
    path[base + m] = v;
    previous = v;
  }
}

/**
 * The innovation's quantile inside the bounds picked by where x lies in the excluded tails:
 * uniform there, so uniform on the allowed probability range (the redraw method's distribution).
 */
function truncatedByInversion(
  centre: number,
  scale: number,
  lower: number,
  upper: number,
  x: number,
): number {
  const pLow = normalCdf((lower - centre) / scale);
  const pHigh = normalCdf((upper - centre) / scale);
  const excluded = pLow + (1 - pHigh);
  const px = normalCdf(x);
  const position = (px < pLow ? px : pLow + (px - pHigh)) / excluded;
  const v = centre + scale * normalQuantile(pLow + position * (pHigh - pLow));
  if (Number.isNaN(v)) return centre < lower ? lower : centre > upper ? upper : centre;
  return v < lower ? lower : v > upper ? upper : v;
}

function triangularFromCopula(
  plan: CopulaRowPlan,
  r: number,
  x: Float64Array,
  from: number,
  path: Float64Array,
): void {
  const min = plan.a[r];
  const mode = plan.b[r];
  const max = plan.c[r];
  const lower = plan.lower[r];
  const upper = plan.upper[r];
  const width = max - min;
  const split = (mode - min) / width;
  const base = r * plan.months;
  for (let m = 0; m < plan.months; m++) {
    const u = normalCdf(x[from + m]);
    const v =
      u < split ? min + sqrt(u * width * (mode - min)) : max - sqrt((1 - u) * width * (max - mode));
    path[base + m] = v < lower ? lower : v > upper ? upper : v;
  }
}

function resampledFromCopula(
  plan: CopulaRowPlan,
  r: number,
  x: Float64Array,
  from: number,
  path: Float64Array,
): void {
  const start = plan.historyStart[r];
  const length = plan.historyLength[r];
  const lower = plan.lower[r];
  const upper = plan.upper[r];
  const base = r * plan.months;
  for (let m = 0; m < plan.months; m++) {
    const index = floor(normalCdf(x[from + m]) * length);
    const v = plan.history[start + (index < length ? index : length - 1)];
    path[base + m] = v < lower ? lower : v > upper ? upper : v;
  }
}
