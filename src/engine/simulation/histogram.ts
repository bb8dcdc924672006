import { forEachBucket, type QuantileSketch, sortedValues } from './quantileSketch';

/**
 * A fixed number of equal-width bins over the observed range [min, max], for charts. Built from a
 * quantile sketch, so it merges the way the sketch does (merge the sketches, then bin). A value
 * equal to max falls in the last bin; when every value is the same the range has zero width and
 * all counts are in the first bin. In the sketch's binned mode values are placed by their bucket's
 * representative, so a value within 0.05% of a bin edge may land in the neighbouring bin.
 */
export interface Histogram {
  readonly min: number;
  readonly max: number;
  readonly binWidth: number;
  readonly counts: readonly number[];
}

export const HISTOGRAM_BINS = 40;

export function histogram(sketch: QuantileSketch, bins = HISTOGRAM_BINS): Histogram {
  const counts = new Array<number>(bins).fill(0);
  if (sketch.count === 0) return { min: NaN, max: NaN, binWidth: NaN, counts };
  const { min, max } = sketch;
  const binWidth = (max - min) / bins;
  const binOf = (x: number) =>
    binWidth > 0 ? Math.min(bins - 1, Math.max(0, Math.floor((x - min) / binWidth))) : 0;
  const sorted = sortedValues(sketch);
  if (sorted) {
    for (let i = 0; i < sorted.length; i++) counts[binOf(sorted[i])]++;
  } else {
    forEachBucket(sketch, (value, count) => {
      counts[binOf(value)] += count;
    });
  }
  return { min, max, binWidth, counts };
}
