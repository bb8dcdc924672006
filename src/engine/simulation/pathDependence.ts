import { type BadMonth, badMonthDrop } from './badMonth';
import { type ShockPlan } from './badMonths';
import { type CopulaPlan } from './correlatedRows';
import { type CorrelationCheck } from './levelCorrelation';
import { choleskyLower } from './nearestCorrelation';

/**
 * Plans a scenario's dependence between path rows: the copula over the random rows that a
 * non-zero correlation names (rows the same in every trial have nothing to correlate), and the
 * bad-month shock over the rows with a drop.
 */

export interface PathDependence {
  readonly correlation: CorrelationCheck | null;
  readonly badMonth: BadMonth | null;
}

interface DependentRow {
  readonly key: string;
  /** Lower-is-better rows move up in a bad month and carry the copula's sign flipped. */
  readonly direction?: 'higher' | 'lower';
}

export function planCopula(
  rows: readonly DependentRow[],
  isRandom: (r: number) => boolean,
  months: number,
  correlation: CorrelationCheck | null,
): CopulaPlan | null {
  if (correlation === null) return null;
  const rowOf = new Map(rows.map((row, r) => [row.key, r]));
  const n = correlation.ids.length;
  const g = correlation.gaussian;
  // Indices into the check's matrix of the rows that draw at random, in its order.
  const random = correlation.ids.flatMap((id, i) => {
    const r = rowOf.get(id);
    return r !== undefined && isRandom(r) ? [{ i, r }] : [];
  });
  // A row correlated with no other random row stays independent, drawing as it always has.
  const members = random.filter(({ i }) =>
    random.some(({ i: j }) => j !== i && g[i * n + j] !== 0),
  );
  if (members.length < 2) return null;
  const k = members.length;
  const sub = new Float64Array(k * k);
  members.forEach(({ i }, a) => members.forEach(({ i: j }, b) => (sub[a * k + b] = g[i * n + j])));
  const cholesky = choleskyLower(sub, k);
  return {
    rows: Int32Array.from(members, ({ r }) => r),
    cholesky,
    sign: Float64Array.from(members, ({ r }) => (rows[r].direction === 'lower' ? -1 : 1)),
    normals: new Float64Array(k * months),
  };
}

export function planShock(
  rows: readonly DependentRow[],
  months: number,
  badMonth: BadMonth | null,
  streamKey: number,
): ShockPlan | null {
  if (badMonth === null || !(badMonth.probability > 0)) return null;
  const shocked = rows.flatMap((row, r) => {
    const drop = badMonthDrop(badMonth, row.key);
    return drop > 0 ? [{ r, shift: row.direction === 'lower' ? drop : -drop }] : [];
  });
  if (shocked.length === 0) return null;
  return {
    probability: badMonth.probability,
    streamKey,
    rows: Int32Array.from(shocked, ({ r }) => r),
    shift: Float64Array.from(shocked, ({ shift }) => shift),
    bad: new Uint8Array(months),
  };
}
