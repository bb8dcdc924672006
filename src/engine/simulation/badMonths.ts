import { type RandomStream } from './randomStream';

/**
 * The bad-month shock on a trial's path (badMonth.ts describes it). Which months are bad is drawn
 * from a stream of its own, so the service levels' draws are the same with or without the shock;
 * the shock is added after the service levels' own processes (a bad month does not carry into
 * the next month's AR(1) level: an incident is over when the month is).
 */

export interface ShockPlan {
  readonly probability: number;
  readonly streamKey: number;
  /** Path rows the shock moves and by how much, signed in performance units. */
  readonly rows: Int32Array;
  readonly shift: Float64Array;
  /** 1 in a bad month of the current trial; scratch, one per month. */
  readonly bad: Uint8Array;
}

/** What the shock needs of the path plan (performancePath.ts's PathPlan). */
export interface ShockRowPlan {
  readonly months: number;
  readonly kind: Uint8Array;
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  /** The fixed rows' values, rows × months. */
  readonly fixed: Float64Array;
}

const FIXED_ROW = 0;

export function applyBadMonths(
  plan: ShockRowPlan,
  shock: ShockPlan,
  stream: RandomStream,
  trial: number,
  path: Float64Array,
): void {
  const months = plan.months;
  const bad = shock.bad;
  stream.select(trial, shock.streamKey);
  let any = false;
  for (let m = 0; m < months; m++) {
    bad[m] = stream.nextUniform() < shock.probability ? 1 : 0;
    any ||= bad[m] === 1;
  }
  for (let k = 0; k < shock.rows.length; k++) {
    const r = shock.rows[k];
    const base = r * months;
    // A fixed row was written once for every trial; the previous trial's shock is undone here.
    if (plan.kind[r] === FIXED_ROW) path.set(plan.fixed.subarray(base, base + months), base);
    if (!any) continue;
    const shift = shock.shift[k];
    const lower = plan.lower[r];
    const upper = plan.upper[r];
    for (let m = 0; m < months; m++) {
      if (bad[m] === 0) continue;
      const v = path[base + m] + shift;
      path[base + m] = v < lower ? lower : v > upper ? upper : v;
    }
  }
}
