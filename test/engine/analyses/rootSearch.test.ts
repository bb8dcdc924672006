import { bracketNear, brentRoot } from '../../../src/engine/analyses/rootSearch';

describe("Brent's method", () => {
  test('smooth function: cos x = x to full precision in few evaluations', () => {
    const f = (x: number) => Math.cos(x) - x;
    const r = brentRoot(f, 0, 1, f(0), f(1), 1e-14);
    expect(r.x).toBeCloseTo(0.7390851332151607, 13);
    expect(r.converged).toBe(true);
    expect(r.evaluations).toBeLessThan(12);
  });

  test('step function: the bracket closes on the jump', () => {
    const f = (x: number) => (x >= 2.5 ? 7 : -3);
    const r = brentRoot(f, 0, 10, f(0), f(10), 1e-9);
    expect(r.lower).toBeLessThan(2.5);
    expect(r.upper).toBeGreaterThanOrEqual(2.5);
    expect(r.upper - r.lower).toBeLessThan(2e-9);
    expect([r.fLower, r.fUpper]).toEqual([-3, 7]);
  });

  test('a decreasing function and a root at an end', () => {
    const f = (x: number) => 4 - x * x;
    expect(brentRoot(f, 0, 5, f(0), f(5), 1e-12).x).toBeCloseTo(2, 11);
    const g = (x: number) => x - 1;
    expect(brentRoot(g, 1, 3, g(1), g(3), 1e-12).x).toBe(1);
  });

  test('stops, unconverged, when f returns NaN', () => {
    const f = (x: number) => (x > 0.1 && x < 9.9 ? NaN : x - 5);
    const r = brentRoot(f, 0, 10, f(0), f(10), 1e-9);
    expect(r.converged).toBe(false);
  });
});

describe('a bracket near a start', () => {
  const line = (x: number) => x - 3.7;
  const up = () => 1 as const;
  const down = () => -1 as const;

  test('steps out from the start, doubling, until the sign changes', () => {
    // 1 → 1.5, 2, 3, 5: f changes sign between 3 and 5.
    expect(bracketNear(line, 1, 0.5, up, 0, 10)).toEqual({
      found: true,
      a: 3,
      b: 5,
      fa: 3 - 3.7,
      fb: 5 - 3.7,
      evaluations: 5,
    });
  });

  test('tries the other side when the first reaches the end of the range', () => {
    // Down from 1: 0.5, 0 (the end); then up: 1.5, 2, 3, 5.
    const near = bracketNear(line, 1, 0.5, down, 0, 10);
    expect(near).toMatchObject({ found: true, a: 3, b: 5, evaluations: 7 });
  });

  test('a start on the root, a start outside the range, no root at all', () => {
    expect(bracketNear(line, 3.7, 1, up, 0, 10)).toMatchObject({ found: true, a: 3.7, b: 3.7 });
    expect(bracketNear(line, -5, 2, up, 0, 10)).toMatchObject({ found: true, a: 2, b: 4 });
    // 5, then 4, 3, 1, 0 down and 6, 7, 9, 10 up: f stays positive, so the ends say so.
    expect(bracketNear((x) => x + 1, 5, 1, down, 0, 10)).toEqual({
      found: false,
      fLower: 1,
      fUpper: 11,
      evaluations: 9,
    });
  });
});
