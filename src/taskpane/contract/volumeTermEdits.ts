import { type BandRow } from '../../engine/rules/bands';
import { type VolumePricingTerm } from '../../engine/terms/contract';

/** Pure edits of a contract's volume terms: the list the Volume pricing section hands to updateTerms. */

/** A new term: a name no other term has, one tier at no charge until the user prices it. */
export function newVolumeTerm(
  terms: readonly VolumePricingTerm[],
  id: string,
): readonly VolumePricingTerm[] {
  const taken = new Set(terms.map((t) => t.name.trim().toLowerCase()));
  let n = terms.length + 1;
  while (taken.has(`outcome ${n}`)) n++;
  const term: VolumePricingTerm = {
    id,
    name: `Outcome ${n}`,
    unit: 'unit',
    method: 'graduated',
    tiers: [{ bound: 0, rate: 0 }],
  };
  return [...terms, term];
}

export function updateVolumeTerm(
  terms: readonly VolumePricingTerm[],
  id: string,
  changes: Partial<Omit<VolumePricingTerm, 'id'>>,
): readonly VolumePricingTerm[] {
  return terms.map((t) => (t.id === id ? { ...t, ...changes } : t));
}

/** The list without the term; undefined once empty, so a contract without terms stores none. */
export function removeVolumeTerm(
  terms: readonly VolumePricingTerm[],
  id: string,
): readonly VolumePricingTerm[] | undefined {
  const rest = terms.filter((t) => t.id !== id);
  return rest.length === 0 ? undefined : rest;
}

export interface TierIssue {
  readonly bound?: string;
  readonly rate?: string;
}

/**
 * Points the engine's tier rules (distinct bounds from 0 up, prices ≥ 0) at the rows that break
 * them, so the message sits next to the input to change; the engine's verdict shows below the table.
 */
export function tierIssues(rows: readonly BandRow[]): TierIssue[] {
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(row.bound, (counts.get(row.bound) ?? 0) + 1);
  return rows.map((row) => ({
    bound:
      (counts.get(row.bound) ?? 0) > 1
        ? 'Duplicate units from'
        : row.bound < 0
          ? 'Units from must be ≥ 0'
          : undefined,
    rate: row.rate < 0 ? 'Price must be ≥ 0' : undefined,
  }));
}
