import { type BandRow } from '../../engine/rules/bands';

/** Pure edits of a band table's rows; the rows stay in the user's order until they sort them. */

/** A new row above the highest bound, one band width further (or 1 when there is no width yet), rate 0%. */
export function addBandRow(rows: readonly BandRow[]): BandRow[] {
  const bounds = rows
    .map((r) => r.bound)
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  if (bounds.length === 0) return [...rows, { bound: 0, rate: 0 }];
  const top = bounds[bounds.length - 1];
  const width = bounds.length > 1 ? top - bounds[bounds.length - 2] : 1;
  return [...rows, { bound: roundForDisplay(top + (width > 0 ? width : 1)), rate: 0 }];
}

export function removeBandRow(rows: readonly BandRow[], index: number): BandRow[] {
  return rows.filter((_, i) => i !== index);
}

export function updateBandRow(
  rows: readonly BandRow[],
  index: number,
  changes: Partial<BandRow>,
): BandRow[] {
  return rows.map((row, i) => (i === index ? { ...row, ...changes } : row));
}

export function sortBandRows(rows: readonly BandRow[]): BandRow[] {
  return [...rows].sort((a, b) => a.bound - b.bound);
}

/** 99.9 + 0.4 is 100.30000000000001 in binary; the user should see 100.3. */
function roundForDisplay(x: number): number {
  return Number(x.toPrecision(12));
}
