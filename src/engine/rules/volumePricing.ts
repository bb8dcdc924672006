import { type BandTable, bandIndex } from './bands';

/**
 * Payment per outcome with volume tiers keyed by the lower bound of units.
 * "graduated": each unit at the price of the tier it falls in (like income-tax brackets);
 * "allunits": every unit at the price of the highest tier whose bound the total reaches.
 */
export type VolumeMethod = 'graduated' | 'allunits';

export function volumePrice(units: number, tiers: BandTable, method: VolumeMethod): number {
  const { bounds, rates, thresholds } = tiers;
  if (method === 'allunits') return units * rates[bandIndex(thresholds, 0, rates.length, units)];
  let total = 0;
  for (let i = 0; i < rates.length; i++) {
    // The first tier also covers any units below its bound.
    const from = i === 0 ? 0 : bounds[i];
    const to = i + 1 < rates.length ? bounds[i + 1] : Infinity;
    if (units <= from) break;
    total += rates[i] * (Math.min(units, to) - from);
  }
  return total;
}
