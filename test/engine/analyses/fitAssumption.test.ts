import { ar1LogLikelihood, fitAr1 } from '../../../src/engine/analyses/ar1Fit';
import {
  fitSeries,
  ksCriticalValue,
  ksDistance,
  type SeriesFit,
} from '../../../src/engine/analyses/fitAssumption';
import {
  fitTriangular,
  triangularCdf,
  triangularLogLikelihood,
} from '../../../src/engine/analyses/triangularFit';
import { validateAssumption } from '../../../src/engine/simulation/performanceAssumption';
import { ar1Months, triangularMonths } from './syntheticActuals';

const availability = {
  name: 'Availability',
  unit: '%',
  direction: 'higher' as const,
  expected: 99.5,
};
// Unbounded above: the synthetic AR(1) months (mean 99.5, sd 0.2) pass 100 now and then.
const index = {
  name: 'Service index',
  unit: 'points',
  direction: 'higher' as const,
  expected: 99.5,
};
const resolution = { name: 'Resolution', unit: 'hours', direction: 'lower' as const, expected: 5 };

const fitted = (
  series: readonly (number | null)[],
  sl: Parameters<typeof fitSeries>[1] = availability,
): SeriesFit => {
  const fit = fitSeries(series, sl);
  if (!fit.ok) throw new Error(fit.error.message);
  return fit.value;
};

/** log N(x; 0, Σ) through a Cholesky factor of Σ: the multivariate route, independent of the Markov one. */
function gaussianLogDensity(x: readonly number[], cov: readonly number[][]): number {
  const n = x.length;
  const L = cov.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) {
      let s = cov[i][j];
      for (let k = 0; k < j; k++) s -= L[i][k] * L[j][k];
      L[i][j] = i === j ? Math.sqrt(s) : s / L[j][j];
    }
  // Solve L·z = x; log density = −n/2·log 2π − Σ log L_ii − |z|²/2.
  const z: number[] = [];
  for (let i = 0; i < n; i++) {
    let s = x[i];
    for (let k = 0; k < i; k++) s -= L[i][k] * z[k];
    z.push(s / L[i][i]);
  }
  const logDet = L.reduce((s, row, i) => s + Math.log(row[i]), 0);
  return -0.5 * n * Math.log(2 * Math.PI) - logDet - 0.5 * z.reduce((s, v) => s + v * v, 0);
}

describe('the AR(1) normal likelihood and fit', () => {
  it('is the exact joint normal density, months not measured included', () => {
    const series = [1.0, null, 1.4, 0.8, null, null, 1.1];
    const [mean, sd, rho] = [1.05, 0.3, 0.6];
    // Stationary AR(1): cov(x_s, x_t) = sd²·ρ^|s−t| between the measured months.
    const months = [0, 2, 3, 6];
    const values = [1.0, 1.4, 0.8, 1.1];
    const cov = months.map((s) => months.map((t) => sd * sd * rho ** Math.abs(s - t)));
    expect(ar1LogLikelihood(series, mean, sd, rho)).toBeCloseTo(
      gaussianLogDensity(
        values.map((v) => v - mean),
        cov,
      ),
      10,
    );
  });

  // 120 months of mean 99.5, sd 0.2, ρ 0.4. Standard errors: mean ≈ 0.2/√120·√(1.4/0.6) = 0.028,
  // sd ≈ 0.2/√240 = 0.013, ρ ≈ √((1 − 0.16)/120) = 0.084; tolerances are about 2.5 of them.
  const months = ar1Months(20260416, 120, 99.5, 0.2, 0.4);

  it('recovers the parameters of 120 synthetic months', () => {
    const estimate = fitAr1(months);
    expect(Math.abs(estimate.mean - 99.5)).toBeLessThan(0.07);
    expect(Math.abs(estimate.sd - 0.2)).toBeLessThan(0.035);
    expect(Math.abs(estimate.rho - 0.4)).toBeLessThan(0.21);
  });

  it('finds the maximum: every nearby parameter set is less likely', () => {
    const { mean, sd, rho, logLikelihood } = fitAr1(months);
    expect(logLikelihood).toBeCloseTo(ar1LogLikelihood(months, mean, sd, rho), 8);
    for (const [dm, ds, dr] of [
      [0.005, 0, 0],
      [-0.005, 0, 0],
      [0, 0.005, 0],
      [0, -0.005, 0],
      [0, 0, 0.02],
      [0, 0, -0.02],
    ])
      expect(ar1LogLikelihood(months, mean + dm, sd + ds, rho + dr)).toBeLessThan(logLikelihood);
  });
});

describe('the triangular likelihood and fit', () => {
  it('has the density and distribution function of the triangle', () => {
    // Triangle 0, 1, 4: density 2(x − 0)/(4·1) left of 1, 2(4 − x)/(4·3) right of it.
    expect(Math.exp(triangularLogLikelihood([0.5], 0, 1, 4))).toBeCloseTo(0.25, 12);
    expect(Math.exp(triangularLogLikelihood([1], 0, 1, 4))).toBeCloseTo(0.5, 12);
    expect(Math.exp(triangularLogLikelihood([3], 0, 1, 4))).toBeCloseTo(1 / 6, 12);
    expect(triangularLogLikelihood([5], 0, 1, 4)).toBe(-Infinity);
    expect(triangularCdf(1, 0, 1, 4)).toBeCloseTo(0.25, 12);
    expect(triangularCdf(3, 0, 1, 4)).toBeCloseTo(1 - 1 / 12, 12);
  });

  it('recovers minimum, mode and maximum of 400 synthetic months', () => {
    // The ends are widened by the spacing, range/399; the gaps between the true ends and the
    // extreme months scale as √((max − min)(mode − min)/n) = 0.24 and √(8·5/400) = 0.32. The mode
    // is 3·mean − min − max: the mean's standard error is 1.65/√400 = 0.08, three times that 0.25.
    const estimate = fitTriangular(triangularMonths(7, 400, 2, 5, 10), 0, Infinity);
    expect(estimate).not.toBeNull();
    expect(Math.abs(estimate!.min - 2)).toBeLessThan(0.4);
    expect(Math.abs(estimate!.max - 10)).toBeLessThan(0.6);
    expect(Math.abs(estimate!.mode - 5)).toBeLessThan(0.8);
  });

  it('widens the months by their spacing and takes the mode from the mean', () => {
    // Months 1, 2, 3, 6: spacing 5/3 → min −2/3, max 23/3; mean 3 → mode 9 − 7 = 2.
    const estimate = fitTriangular([3, 1, 6, 2], -Infinity, Infinity);
    expect(estimate?.min).toBeCloseTo(-2 / 3, 12);
    expect(estimate?.max).toBeCloseTo(23 / 3, 12);
    expect(estimate?.mode).toBeCloseTo(2, 12);
    expect(estimate?.logLikelihood).toBeCloseTo(
      triangularLogLikelihood([3, 1, 6, 2], -2 / 3, 2, 23 / 3),
      12,
    );
  });

  it('keeps the triangle within the valid range', () => {
    const near100 = [99.9, 100, 99.8, 100, 99.95, 99.7, 100, 99.85];
    // Months at 100 leave no room above: the maximum stops at 100 and the mode goes there, the
    // only triangle under which a month of 100 has a density.
    const estimate = fitTriangular(near100, 0, 100);
    expect(estimate).toMatchObject({ max: 100, mode: 100 });
    expect(estimate!.min).toBeCloseTo(99.7 - 0.3 / 7, 12);
    expect(Number.isFinite(estimate!.logLikelihood)).toBe(true);
  });
});

describe('fitting one service level', () => {
  it('ranks the AR(1) normal first for AR(1) months, by a clear AIC margin, and neither is rejected', () => {
    const fit = fitted(ar1Months(20260416, 120, 99.5, 0.2, 0.4), index);
    expect(fit.months).toBe(120);
    expect(fit.ranked.map((c) => c.assumption.kind)).toEqual(['normal', 'triangular', 'resample']);
    const [normal, triangle, resample] = fit.ranked;
    expect(triangle.aic! - normal.aic!).toBeGreaterThan(10);
    // AIC = 2·3 − 2 ln L.
    expect(normal.aic).toBeCloseTo(6 - 2 * normal.logLikelihood!, 10);
    expect(normal.rejected).toBe(false);
    expect(normal.ks!).toBeLessThan(ksCriticalValue(120));
    expect(resample).toMatchObject({ aic: null, ks: null });
    // Rounded to three significant digits of the spread: sd ≈ 0.2 → three decimals.
    expect(fit.decimals).toBe(3);
    if (normal.assumption.kind !== 'normal') throw new Error('not a normal');
    const { mean, sd, rho } = normal.assumption;
    expect(Math.abs(mean - 99.5)).toBeLessThan(0.07);
    expect(Math.abs(sd - 0.2)).toBeLessThan(0.035);
    expect(Math.abs(rho! - 0.4)).toBeLessThan(0.21);
    expect(Math.round(mean * 1000)).toBeCloseTo(mean * 1000, 6);
  });

  it('ranks the triangle first for 120 triangular months', () => {
    // Skewed (most likely 3 in 2…10): a clear case, far from any normal.
    const fit = fitted(triangularMonths(7, 120, 2, 3, 10), resolution);
    expect(fit.ranked[0].assumption.kind).toBe('triangular');
    expect(fit.ranked[1].aic! - fit.ranked[0].aic!).toBeGreaterThan(10);
    expect(fit.ranked[0].rejected).toBe(false);
  });

  it('recommends resampling when both models are rejected and there are enough months', () => {
    // Two tight clusters, at 90 and 99: no normal nor triangle follows the gap between them.
    const clusters = Array.from({ length: 40 }, (_, m) => (m % 2 === 0 ? 90 : 99) + (m % 5) * 0.05);
    const fit = fitted(clusters);
    expect(fit.ranked.map((c) => c.assumption.kind)).toEqual(['resample', 'normal', 'triangular']);
    expect(fit.ranked.slice(1).every((c) => c.rejected && c.ks! > fit.ksCritical)).toBe(true);
    // With 10 months it is ranked last whatever the KS test says.
    expect(fitted(clusters.slice(0, 10)).ranked.at(-1)?.assumption.kind).toBe('resample');
  });

  it('proposes only assumptions the service level accepts', () => {
    const fit = fitted([99.9, 100, 99.8, 100, 99.95, 99.7, 100, 99.85]);
    for (const candidate of fit.ranked)
      expect(validateAssumption(candidate.assumption, availability).ok).toBe(true);
    const triangle = fit.ranked.find((c) => c.assumption.kind === 'triangular');
    expect(triangle?.assumption).toMatchObject({ max: 100, mode: 100 });
    expect(Number.isFinite(triangle?.aic)).toBe(true);
  });

  it('puts a most likely value that sits on an end on that end after rounding, not a step beside it', () => {
    // Resolution hours mostly near 7 with one month of 12.6: 6.3…12.6 widened by 6.3/11 gives
    // 5.7273…13.1727; 3·mean − min − max = 3·8.05 − 18.9 = 5.25 lies below the minimum, so the
    // mode is the minimum. Rounded to two decimals (the spread is about 1.6): 5.72, not 5.73.
    const hoursMonths = [7.4, 8.6, 7.9, 6.8, 7.2, 9.5, 7.7, 8, 12.6, 7.1, 6.3, 7.5];
    const fit = fitted(hoursMonths, resolution);
    const triangle = fit.ranked.find((c) => c.assumption.kind === 'triangular');
    expect(triangle?.assumption).toEqual({ kind: 'triangular', min: 5.72, mode: 5.72, max: 13.18 });
    expect(triangle?.logLikelihood).toBeCloseTo(
      triangularLogLikelihood(hoursMonths, 5.72, 5.72, 13.18),
      12,
    );
  });

  it('says how many months it needs, and when nothing varies', () => {
    expect(fitSeries([99.5, null, 99.6, 99.4, 99.7, 99.2], availability)).toEqual({
      ok: false,
      error: {
        code: 'value',
        message: 'Availability: 5 measured months; fitting needs at least 6',
      },
    });
    const flat = fitSeries([100, 100, 100, 100, 100, 100], availability);
    expect(flat.ok || flat.error.message).toBe(
      'Availability: all 6 months measured 100, nothing varies to fit',
    );
  });

  it('measures the KS distance as the largest gap between the distribution functions', () => {
    // Uniform on [0, 1] against 0.1, 0.5, 0.6: gaps at 0.6 are 1 − 0.6 after and 0.6 − 2/3 before.
    expect(ksDistance([0.1, 0.5, 0.6], (x) => x)).toBeCloseTo(0.4, 12);
  });
});
