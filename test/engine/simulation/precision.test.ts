import {
  halfWidth,
  meanInterval,
  meanStandardError,
  quantileInterval,
  quantileRanks,
  wilsonInterval,
} from '../../../src/engine/simulation/precision';
import {
  addToSketch,
  createQuantileSketch,
  type QuantileSketch,
  RELATIVE_ACCURACY,
  sketchQuantile,
} from '../../../src/engine/simulation/quantileSketch';
import { RandomStream } from '../../../src/engine/simulation/randomStream';
import { normalQuantile } from '../../../src/engine/simulation/normalDistribution';

function sketchOf(values: ArrayLike<number>, capacity?: number): QuantileSketch {
  const s = createQuantileSketch(values.length, capacity);
  for (let i = 0; i < values.length; i++) addToSketch(s, values[i]);
  return s;
}

const sampleSd = (x: readonly number[]) => {
  const m = x.reduce((a, b) => a + b, 0) / x.length;
  return Math.sqrt(x.reduce((a, v) => a + (v - m) ** 2, 0) / (x.length - 1));
};

describe('the mean: standard error sd/√n, interval mean ± 1.96·SE', () => {
  test('a sample worked by hand', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations 9+1+1+1+0+0+4+16 = 32,
    // sd = √(32/7) = 2.138090, SE = 2.138090/√8 = 0.755929, 1.96·SE = 1.481621.
    const sd = sampleSd([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(sd).toBeCloseTo(2.13809, 5);
    expect(meanStandardError(sd, 8)).toBeCloseTo(0.755929, 6);
    const interval = meanInterval(5, sd, 8);
    expect(interval.low).toBeCloseTo(3.518379, 6);
    expect(interval.high).toBeCloseTo(6.481621, 6);
    expect(halfWidth(5, interval)).toBeCloseTo(1.481621, 6);
  });

  test('no spread gives an interval of zero width; fewer than two trials give none', () => {
    expect(meanInterval(7, 0, 100)).toEqual({ low: 7, high: 7 });
    expect(meanInterval(7, 0, 1).low).toBeNaN();
    expect(meanStandardError(1, 0)).toBeNaN();
  });
});

describe('a probability: the Wilson score interval', () => {
  test('12 of 100, by hand', () => {
    // p = 0.12, z²/n = 0.038416; centre (0.12 + 0.019208)/1.038416 = 0.134058;
    // half = 1.96/1.038416 · √(0.12·0.88/100 + 3.8416/40,000) = 0.064066.
    const w = wilsonInterval(12, 100);
    expect(w.low).toBeCloseTo(0.069993, 6);
    expect(w.high).toBeCloseTo(0.198123, 6);
  });

  test('none or all of the trials: the interval keeps a width and stays within 0…1', () => {
    // 0 of 50: high = (z²/n)/(1 + z²/n) = 0.076832/1.076832 = 0.071350.
    expect(wilsonInterval(0, 50).low).toBe(0);
    expect(wilsonInterval(0, 50).high).toBeCloseTo(0.07135, 5);
    expect(wilsonInterval(50, 50).high).toBe(1);
    expect(wilsonInterval(50, 50).low).toBeCloseTo(0.92865, 5);
    expect(wilsonInterval(0, 0).low).toBeNaN();
  });
});

describe('a quantile: order-statistic bounds at ranks n·p ± 1.96·√(n·p·(1−p))', () => {
  test('ranks for P5 of 1,000 values, by hand', () => {
    // np = 50, √(1000·0.05·0.95) = 6.892, 1.96·6.892 = 13.508: 1-based ranks ⌊36.49⌋ = 36 and
    // ⌊63.51⌋ + 1 = 64, i.e. 0-based 35 and 63.
    expect(quantileRanks(1_000, 0.05)).toEqual({ low: 35, high: 63 });
  });

  test('on the values 1…1,000 the P5 interval is [36, 64] around the estimate 50.95', () => {
    const s = sketchOf(Array.from({ length: 1_000 }, (_, i) => i + 1));
    const p5 = sketchQuantile(s, 0.05);
    expect(p5).toBeCloseTo(50.95, 10);
    expect(quantileInterval(s, 0.05, p5)).toEqual({ low: 36, high: 64 });
  });

  test('beyond the exact capacity the interval widens by the sketch’s own error, and still holds the exact bounds', () => {
    const r = new RandomStream(5);
    const values = Float64Array.from({ length: 5_000 }, () => -400_000 + 150_000 * r.nextNormal());
    const exact = sketchOf(values);
    const binned = sketchOf(values, 1_000);
    expect(binned.values).toBeNull();
    const exactInterval = quantileInterval(exact, 0.05, sketchQuantile(exact, 0.05));
    const binnedInterval = quantileInterval(binned, 0.05, sketchQuantile(binned, 0.05));
    expect(binnedInterval.low).toBeLessThanOrEqual(exactInterval.low);
    expect(binnedInterval.high).toBeGreaterThanOrEqual(exactInterval.high);
    // Wider by at most twice the sketch's accuracy on each side (its bucket, then the widening).
    const slack = 2.01 * RELATIVE_ACCURACY * Math.abs(exactInterval.low);
    expect(exactInterval.low - binnedInterval.low).toBeLessThanOrEqual(slack);
  });
});

describe('coverage: the 95 % intervals hold the true value in about 95 % of seeded runs', () => {
  const RUNS = 200;
  const coverage = (covered: (run: number) => boolean) => {
    let hits = 0;
    for (let run = 0; run < RUNS; run++) if (covered(run)) hits++;
    return hits / RUNS;
  };

  test('mean and P5 of 400 standard normals (true values 0 and −1.6449)', () => {
    const trueP5 = normalQuantile(0.05);
    expect(trueP5).toBeCloseTo(-1.644854, 5);
    const meanHits: boolean[] = [];
    const p5Hits: boolean[] = [];
    for (let run = 0; run < RUNS; run++) {
      const r = new RandomStream(1_000 + run);
      const x = Array.from({ length: 400 }, () => r.nextNormal());
      const mean = x.reduce((a, b) => a + b, 0) / x.length;
      const m = meanInterval(mean, sampleSd(x), x.length);
      meanHits.push(m.low <= 0 && 0 <= m.high);
      const s = sketchOf(x);
      const q = quantileInterval(s, 0.05, sketchQuantile(s, 0.05));
      p5Hits.push(q.low <= trueP5 && trueP5 <= q.high);
    }
    const meanCoverage = coverage((run) => meanHits[run]);
    const p5Coverage = coverage((run) => p5Hits[run]);
    expect(meanCoverage).toBeGreaterThanOrEqual(0.9);
    expect(meanCoverage).toBeLessThanOrEqual(0.99);
    expect(p5Coverage).toBeGreaterThanOrEqual(0.9);
    expect(p5Coverage).toBeLessThanOrEqual(0.99);
  });

  test('Wilson: the share of 300 trials with probability 0.1', () => {
    const share = coverage((run) => {
      const r = new RandomStream(5_000 + run);
      let hits = 0;
      for (let i = 0; i < 300; i++) if (r.nextUniform() < 0.1) hits++;
      const w = wilsonInterval(hits, 300);
      return w.low <= 0.1 && 0.1 <= w.high;
    });
    expect(share).toBeGreaterThanOrEqual(0.9);
    expect(share).toBeLessThanOrEqual(0.99);
  });
});
