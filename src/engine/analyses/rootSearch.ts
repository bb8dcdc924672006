/**
 * Bracketed root finding by Brent's method (Brent 1973, as in Numerical Recipes' zbrent): inverse
 * quadratic interpolation or secant steps while they make progress, bisection otherwise. It keeps
 * a bracket with a sign change at every step, so it converges on any function continuous or not
 * (a step function's jump is found like a root), and as fast as the secant method on smooth ones —
 * which matters when each evaluation is a whole simulation.
 */
export interface RootSearch {
  /** Best estimate: the end of the final bracket with the smaller |f|. */
  readonly x: number;
  readonly fx: number;
  /** Final bracket (f changes sign between its ends, or one end is a zero). */
  readonly lower: number;
  readonly upper: number;
  readonly fLower: number;
  readonly fUpper: number;
  readonly evaluations: number;
  /** False when f returned NaN (the search stopped there) or the iteration limit was reached. */
  readonly converged: boolean;
}

const EPS = Number.EPSILON;

/** Finds x in [a, b] with f(x) = 0, given fa = f(a) and fb = f(b) of opposite signs (or one zero). */
export function brentRoot(
  f: (x: number) => number,
  a0: number,
  b0: number,
  fa0: number,
  fb0: number,
  tolerance: number,
  maxIterations = 100,
): RootSearch {
  const steps = brentSteps(a0, b0, fa0, fb0, tolerance, maxIterations);
  let step = steps.next();
  while (!step.done) step = steps.next(f(step.value));
  return step.value;
}

/**
 * The same search one evaluation at a time: it yields each x to evaluate and resumes with f(x), so
 * a caller can pause between evaluations (a worker hearing a cancel while each one is a simulation).
 */
export function* brentSteps(
  a0: number,
  b0: number,
  fa0: number,
  fb0: number,
  tolerance: number,
  maxIterations = 100,
): Generator<number, RootSearch, number> {
  let a = a0;
  let b = b0;
  let fa = fa0;
  let fb = fb0;
  let c = b;
  let fc = fb;
  let d = b - a;
  let e = d;
  let evaluations = 0;
  const result = (converged: boolean): RootSearch => ({
    x: b,
    fx: fb,
    lower: Math.min(b, c),
    upper: Math.max(b, c),
    fLower: b < c ? fb : fc,
    fUpper: b < c ? fc : fb,
    evaluations,
    converged,
  });
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol1 = 2 * EPS * Math.abs(b) + 0.5 * tolerance;
    const xm = 0.5 * (c - b);
    if (Math.abs(xm) <= tol1 || fb === 0) return result(true);
    if (Math.abs(e) >= tol1 && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * xm * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * xm * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      p = Math.abs(p);
      if (2 * p < Math.min(3 * xm * q - Math.abs(tol1 * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = xm;
        e = d;
      }
    } else {
      d = xm;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol1 ? d : xm > 0 ? tol1 : -tol1;
    fb = yield b;
    evaluations++;
    if (fb !== fb) return result(false);
  }
  return result(false);
}

export type NearBracket =
  | {
      readonly found: true;
      readonly a: number;
      readonly b: number;
      readonly fa: number;
      readonly fb: number;
      readonly evaluations: number;
    }
  /** No sign change found: f at both ends of the range (NaN stops the search too). */
  | {
      readonly found: false;
      readonly fLower: number;
      readonly fUpper: number;
      readonly evaluations: number;
    };

/**
 * A bracket near `start` rather than the whole [lower, upper]: f(start), then steps from it in
 * `direction(f(start))` (+1 up, −1 down), each twice the last, until f changes sign or the range
 * ends; then the other side from start to its end. When each evaluation is a simulation, a small
 * bracket round a good start saves Brent the steps of narrowing the whole range down to it.
 */
export function bracketNear(
  f: (x: number) => number,
  start: number,
  step: number,
  direction: (fStart: number) => 1 | -1,
  lower: number,
  upper: number,
): NearBracket {
  const clamp = (x: number) => Math.min(upper, Math.max(lower, x));
  const seen = new Map<number, number>();
  const at = (x: number) => {
    const known = seen.get(x);
    if (known !== undefined) return known;
    const fx = f(x);
    seen.set(x, fx);
    return fx;
  };
  const x0 = clamp(start);
  const f0 = at(x0);
  const found = (a: number, fa: number, b: number, fb: number): NearBracket => ({
    found: true,
    ...(a < b ? { a, b, fa, fb } : { a: b, b: a, fa: fb, fb: fa }),
    evaluations: seen.size,
  });
  if (f0 !== f0) return { found: false, fLower: NaN, fUpper: NaN, evaluations: seen.size };
  if (f0 === 0) return found(x0, f0, x0, f0);
  const changes = (fx: number) => (f0 < 0 ? fx >= 0 : fx <= 0);
  const first = direction(f0);
  for (const sign of [first, -first]) {
    let x = x0;
    let fx = f0;
    for (let width = step; ; width *= 2) {
      const next = clamp(x0 + sign * width);
      if (next === x) break;
      const fNext = at(next);
      if (fNext !== fNext)
        return { found: false, fLower: NaN, fUpper: NaN, evaluations: seen.size };
      if (changes(fNext)) return found(x, fx, next, fNext);
      [x, fx] = [next, fNext];
    }
  }
  return { found: false, fLower: at(lower), fUpper: at(upper), evaluations: seen.size };
}
