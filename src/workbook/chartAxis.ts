/** The value range a chart's axis shows. */
export interface AxisRange {
  readonly minimum: number;
  readonly maximum: number;
}

/**
 * A value axis fitted to the data, as an analyst would set it by hand: an availability line between
 * 98% and 100% is drawn on 97.8–100, not from 0 where its movements vanish. The ends are rounded
 * to a step of the range's own size; a percentage stays within 0–100. Null when there is nothing to
 * fit (Excel's automatic axis then applies).
 */
export function fittedAxis(values: readonly (number | null)[], unit: string): AxisRange | null {
  const numbers = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (numbers.length === 0) return null;
  const lo = Math.min(...numbers);
  const hi = Math.max(...numbers);
  const span = hi - lo || Math.abs(hi) * 0.02 || 1;
  const step = 10 ** Math.floor(Math.log10(span / 5));
  let minimum = Math.floor((lo - span * 0.1) / step) * step;
  let maximum = Math.ceil((hi + span * 0.1) / step) * step;
  if (unit.trim() === '%' && lo >= 0 && hi <= 100) {
    minimum = Math.max(0, minimum);
    maximum = Math.min(100, maximum);
  }
  // Data that never goes below zero keeps zero in view when zero is near: counts start at 0.
  if (lo >= 0 && minimum < 0) minimum = 0;
  return { minimum: tidy(minimum), maximum: tidy(maximum) };
}

const tidy = (x: number) => Number(x.toPrecision(10));
