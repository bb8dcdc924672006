import { type BandTable } from '../../engine/rules/bands';

/** A single tier is a straight line: two volumes show its slope. */
const SINGLE_TIER_POINTS = [100, 1_000] as const;

/**
 * Monthly volumes that show a tier table's price curve: each tier's bound, halfway between bounds,
 * and half a tier beyond the last, so a negotiator sees where each price starts to bite.
 */
export function volumeChargePoints(tiers: BandTable): number[] {
  const bounds = Array.from(tiers.bounds);
  const last = bounds[bounds.length - 1];
  if (bounds.length === 1 && last <= 0) return [...SINGLE_TIER_POINTS];
  const points: number[] = [];
  bounds.forEach((bound, i) => {
    const before = i === 0 ? 0 : bounds[i - 1];
    if (bound > 0) points.push(tidy((before + bound) / 2), bound);
  });
  const width = bounds.length > 1 ? last - bounds[bounds.length - 2] : last;
  points.push(tidy(last + width / 2));
  return [...new Set(points)].filter((x) => x > 0);
}

/** Halfway between 1 and 2 is 1.5, never 1.4999999999999998 in a row header. */
const tidy = (x: number) => Number(x.toPrecision(12));
