import { RandomStream } from '../../../src/engine/simulation/randomStream';

/** Seeded synthetic months for the fitting tests: an AR(1) normal and independent triangular draws. */

/** A stationary AR(1): the first month from N(mean, sd²), then mean + ρ·(previous − mean) + sd·√(1−ρ²)·z. */
export function ar1Months(
  seed: number,
  n: number,
  mean: number,
  sd: number,
  rho: number,
): number[] {
  const random = new RandomStream(seed);
  const out: number[] = [];
  let x = mean + sd * random.nextNormal();
  for (let m = 0; m < n; m++) {
    if (m > 0) x = mean + rho * (x - mean) + sd * Math.sqrt(1 - rho * rho) * random.nextNormal();
    out.push(x);
  }
  return out;
}

/** Independent triangular draws by the inverse distribution function. */
export function triangularMonths(
  seed: number,
  n: number,
  min: number,
  mode: number,
  max: number,
): number[] {
  const random = new RandomStream(seed);
  const cut = (mode - min) / (max - min);
  return Array.from({ length: n }, () => {
    const u = random.nextUniform();
    return u < cut
      ? min + Math.sqrt(u * (max - min) * (mode - min))
      : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
  });
}
