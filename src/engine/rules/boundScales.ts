import { atLeast, atMost } from './tolerance';

/**
 * Bounds of one band table on two scales: 99.9 and 99 typed as percentages beside one cell
 * formatted as % that arrives as 0.995. Sorted as numbers, 0.995 becomes the lowest band and every
 * value between 99 and 99.9 is paid the wrong band's rate, so the table is refused instead.
 *
 * The rule. Non-zero bounds split into fraction-like ones (magnitude at most 1) and
 * percentage-like ones (above 1, at most 100); 0 and bounds beyond 100 belong to neither. The
 * table mixes scales when a bound of one group, read on the other group's scale (× 100 or ÷ 100),
 * falls within the other group's range, from its smallest bound to its largest — and on to the end
 * of its scale (100, or 1) when its largest bound reaches 90% of it, because a table near 100%
 * runs to 100%. That catches the misplaced cell wherever it sits (top, middle, a "100%" arriving as
 * 1) and leaves tables that are legitimately spread over both groups alone: a defect rate in percent
 * (0.1, 0.5, 1, 2, 5), resolution hours (0.5, 1, 4, 8, 24, 48), attainment fractions (0.8, 1, 1.2).
 * Genuinely ambiguous tables are refused, e.g. a bound of 1 among percentages reaching 90 or more
 * (1%, or 100% formatted as %?), or 0.25 hours among hours from 4 to 48 (25%?); entering every
 * bound as a fraction (or in other units) answers the question.
 */

export interface BoundScaleMix {
  /** Position of the misplaced bound in the list given. */
  readonly index: number;
  readonly bound: number;
  /** The scale the misplaced bound is on; the others are on the other one. */
  readonly scale: 'fraction' | 'percentage';
  /** Smallest and largest of the other scale's bounds. */
  readonly low: number;
  readonly high: number;
}

/** Share of its scale a group's largest bound must reach for the group to run to the scale's end. */
const NEAR_TOP = 0.9;

interface Group {
  readonly indices: number[];
  low: number;
  high: number;
  /** The group's range in magnitudes, on its own scale. */
  from: number;
  to: number;
}

function group(bounds: readonly number[], inGroup: (x: number) => boolean, top: number): Group {
  const g: Group = { indices: [], low: Infinity, high: -Infinity, from: Infinity, to: 0 };
  bounds.forEach((b, i) => {
    const x = Math.abs(b);
    if (!inGroup(x)) return;
    g.indices.push(i);
    g.low = Math.min(g.low, b);
    g.high = Math.max(g.high, b);
    g.from = Math.min(g.from, x);
    g.to = Math.max(g.to, x);
  });
  if (g.to >= NEAR_TOP * top) g.to = top;
  return g;
}

/** The first bound of `bounds` on another scale than the rest, or null when all are on one. */
export function boundScaleMix(bounds: readonly number[]): BoundScaleMix | null {
  const fractions = group(bounds, (x) => x > 0 && x <= 1, 1);
  const percentages = group(bounds, (x) => x > 1 && x <= 100, 100);
  if (fractions.indices.length === 0 || percentages.indices.length === 0) return null;
  const asPercentages = {
    from: fractions,
    to: percentages,
    factor: 100,
    scale: 'fraction',
  } as const;
  const asFractions = {
    from: percentages,
    to: fractions,
    factor: 0.01,
    scale: 'percentage',
  } as const;
  // The smaller group holds the misplaced cell (one % cell among typed ones); a tie blames fractions.
  const order =
    fractions.indices.length <= percentages.indices.length
      ? [asPercentages, asFractions]
      : [asFractions, asPercentages];
  for (const { from, to, factor, scale } of order) {
    const index = from.indices.find((i) => {
      const x = Math.abs(bounds[i]) * factor;
      return atLeast(x, to.from) && atMost(x, to.to);
    });
    if (index !== undefined)
      return { index, bound: bounds[index], scale, low: to.low, high: to.high };
  }
  return null;
}
