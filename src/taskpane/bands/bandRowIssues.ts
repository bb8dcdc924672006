import { type BandRow } from '../../engine/rules/bands';

export interface BandRowIssue {
  readonly bound?: string;
  readonly rate?: string;
}

/**
 * Points the engine's band rules (distinct bounds, rates within −100%…+100%) at the rows that
 * break them, so the message sits next to the input to change. The engine stays the judge of
 * whether the contract is valid.
 */
export function bandRowIssues(rows: readonly BandRow[]): BandRowIssue[] {
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(row.bound, (counts.get(row.bound) ?? 0) + 1);
  return rows.map((row) => ({
    bound: (counts.get(row.bound) ?? 0) > 1 ? 'Duplicate lower bound' : undefined,
    rate: row.rate < -1 || row.rate > 1 ? 'Rate must be between −100% and +100%' : undefined,
  }));
}
