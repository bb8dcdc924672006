import { type BandRow } from '../engine/rules/bands';

/** Values as the change log shows them: readable, exact to 12 digits, the same for equal values. */

/** Numbers at 12 significant digits (no binary noise such as 12.000000000000002), with a true minus sign. */
export function numberText(x: number): string {
  return String(Number(x.toPrecision(12))).replace('-', '\u2212');
}

export const percentText = (share: number) => `${numberText(share * 100)}%`;

/** "99→−50%; 99.5→0%": the band points in order of their lower bounds. */
export function bandsText(rows: readonly BandRow[]): string {
  if (rows.length === 0) return 'no bands';
  return [...rows]
    .sort((a, b) => a.bound - b.bound)
    .map((r) => `${numberText(r.bound)}→${percentText(r.rate)}`)
    .join('; ');
}
