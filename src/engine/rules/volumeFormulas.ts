import { type BandRanges, bandFormulas } from './bandFormulas';
import { type VolumeMethod } from './volumePricing';

const at = (range: string, i: number) => `INDEX(${range},${i})`;

/**
 * volumePrice (volumePricing.ts) as an Excel formula over a tier table laid out as the band tables
 * are (bounds, step thresholds, prices; sorted by bound), so a shared workbook charges the month's
 * units the way the engine does. Plain IF/INDEX/MATCH. test/engine/rules/volumeFormulas.test.ts
 * evaluates it against the rule.
 */
export const volumeFormulas = {
  price: (units: string, tiers: BandRanges, method: VolumeMethod): string => {
    if (method === 'allunits') {
      // Every unit at the price of the tier the total reaches (the step lookup, with its tolerance).
      const tier = bandFormulas.band(units, tiers, 'step');
      return `${units}*${bandFormulas.rate(units, tier, tiers, 'step')}`;
    }
    // Graduated: each tier prices the units between its bound and the next; the first from 0.
    const parts: string[] = [];
    for (let i = 1; i <= tiers.count; i++) {
      const from = i === 1 ? '0' : at(tiers.bounds, i);
      const upTo =
        i < tiers.count
          ? `IF(${units}<${at(tiers.bounds, i + 1)},${units},${at(tiers.bounds, i + 1)})`
          : units;
      parts.push(`IF(${units}>${from},${at(tiers.rates, i)}*(${upTo}-${from}),0)`);
    }
    return parts.join('+');
  },
} as const;
