import { type BandMethod } from './bands';

/**
 * The band rules of bands.ts as Excel formulas, so a shared workbook finds a value's band and rate
 * the way the engine does. A band table is three columns of the sheet, sorted by bound: the bounds,
 * the step thresholds (bound less the noise tolerance, levelFormulas.threshold) and the rates.
 * Plain INDEX/MATCH: any Excel, LibreOffice or viewer reads them. test/engine/rules/bandFormulas.test.ts
 * evaluates each against the rule, for both methods and for bounds at Excel's "infinity".
 */
export interface BandRanges {
  /** Absolute ranges of one table's columns, e.g. "Contract!$A$30:$A$34". */
  readonly bounds: string;
  readonly thresholds: string;
  readonly rates: string;
  readonly count: number;
  /**
   * Differences of the bounds overflow (bounds at ±9.99E307 on both sides): interpolate on halves,
   * as linearRateIn does. Halving is exact, so the result is the same either way.
   */
  readonly halves: boolean;
}

/** Whether a sorted table's adjacent bounds differ by more than a double holds. */
export const boundsOverflow = (sortedBounds: readonly number[]): boolean =>
  sortedBounds.some((b, i) => i > 0 && !Number.isFinite(b - sortedBounds[i - 1]));

const at = (range: string, i: string | number) => `INDEX(${range},${i})`;

export const bandFormulas = {
  /**
   * bandIndex: the band (1-based row of the table) the value falls in — the greatest threshold at or
   * below it for step bands, the greatest bound for linear ones; the lowest band below them all.
   */
  band: (value: string, t: BandRanges, method: BandMethod) => {
    const column = method === 'step' ? t.thresholds : t.bounds;
    return `IF(${value}<${at(column, 1)},1,MATCH(${value},${column},1))`;
  },
  /**
   * bandRate: the rate of the band (step), or on the straight line from this band's point to the
   * next (linear), flat beyond the first and last points.
   */
  rate: (value: string, band: string, t: BandRanges, method: BandMethod) => {
    if (method === 'step') return at(t.rates, band);
    const next = `${band}+1`;
    const half = (x: string) => (t.halves ? `${x}/2` : x);
    const t01 = `(${half(value)}-${half(at(t.bounds, band))})/(${half(at(t.bounds, next))}-${half(at(t.bounds, band))})`;
    const line = `${at(t.rates, band)}+${t01}*(${at(t.rates, next)}-${at(t.rates, band)})`;
    return `IF(${value}<=${at(t.bounds, 1)},${at(t.rates, 1)},IF(${value}>=${at(t.bounds, t.count)},${at(t.rates, t.count)},${line}))`;
  },
} as const;
