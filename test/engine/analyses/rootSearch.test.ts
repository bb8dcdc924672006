import { brentRoot } from '../../../src/engine/analyses/rootSearch';

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
