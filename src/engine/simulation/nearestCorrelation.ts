import { symmetricEigen } from './symmetricEigen';

/**
 * Correlation-matrix algebra for the Gaussian copula: the test that a matrix is a valid
 * correlation matrix (positive semi-definite), Higham's nearest valid matrix when it is not, and
 * the Cholesky factor that turns independent normals into correlated ones. Matrices are n × n,
 * row-major Float64Arrays.
 */

/** Eigenvalues above −TOLERANCE count as non-negative (rounding in entries typed to 3 decimals). */
const TOLERANCE = 1e-10;
const MAX_ITERATIONS = 500;

export const smallestEigenvalue = (a: Float64Array, n: number): number =>
  n === 0 ? 1 : Math.min(...symmetricEigen(a, n).values);

export const isPositiveSemiDefinite = (a: Float64Array, n: number): boolean =>
  smallestEigenvalue(a, n) >= -TOLERANCE;

/** The projection onto positive semi-definite matrices: negative eigenvalues set to 0. */
function projectPsd(a: Float64Array, n: number): Float64Array {
  const { values, vectors } = symmetricEigen(a, n);
  const out = new Float64Array(n * n);
  for (let k = 0; k < n; k++) {
    const lambda = Math.max(values[k], 0);
    if (lambda === 0) continue;
    for (let i = 0; i < n; i++) {
      const vik = vectors[i * n + k] * lambda;
      for (let j = 0; j < n; j++) out[i * n + j] += vik * vectors[j * n + k];
    }
  }
  return out;
}

/**
 * The nearest correlation matrix in the Frobenius norm (Higham 2002, alternating projections with
 * Dykstra's correction): symmetric, unit diagonal, positive semi-definite.
 */
export function nearestCorrelation(a: Float64Array, n: number): Float64Array {
  let y = Float64Array.from(a);
  const correction = new Float64Array(n * n);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const r = y.map((v, k) => v - correction[k]);
    const x = projectPsd(r, n);
    for (let k = 0; k < n * n; k++) correction[k] = x[k] - r[k];
    const next = Float64Array.from(x);
    for (let i = 0; i < n; i++) next[i * n + i] = 1;
    let change = 0;
    for (let k = 0; k < n * n; k++) change = Math.max(change, Math.abs(next[k] - y[k]));
    y = next;
    if (change < 1e-12 && isPositiveSemiDefinite(y, n)) break;
  }
  // Symmetric to the last bit, entries within [−1, 1].
  for (let i = 0; i < n; i++)
    for (let j = 0; j < i; j++) {
      const v = Math.max(-1, Math.min(1, (y[i * n + j] + y[j * n + i]) / 2));
      y[i * n + j] = v;
      y[j * n + i] = v;
    }
  return y;
}

/**
 * Lower-triangular L with L·Lᵀ = a, for a positive semi-definite a: a pivot that rounding leaves at
 * or just below zero (a variable that is a combination of the earlier ones, as with ρ = 1) gets a
 * zero column, so that variable follows the earlier ones exactly.
 */
export function choleskyLower(a: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    let d = a[j * n + j];
    for (let k = 0; k < j; k++) d -= l[j * n + k] * l[j * n + k];
    const pivot = d > 1e-12 ? Math.sqrt(d) : 0;
    l[j * n + j] = pivot;
    for (let i = j + 1; i < n; i++) {
      let s = a[i * n + j];
      for (let k = 0; k < j; k++) s -= l[i * n + k] * l[j * n + k];
      l[i * n + j] = pivot > 0 ? s / pivot : 0;
    }
  }
  return l;
}
