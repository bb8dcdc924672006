import { ownEntry } from '../terms/ownEntry';
import { fail, ok, type Result } from '../rules/result';

/**
 * The "bad month" common shock: deal teams think in incidents, where one outage moves several
 * service levels at once. Each month is bad with `probability`, independently of the other months
 * and of the service levels' own draws; in a bad month each listed service level falls by its drop
 * (performance units, a positive number, applied in the service level's bad direction: down for
 * higher-is-better, up for lower-is-better), then is held within its valid range. A month not
 * measured stays not measured.
 */
export interface BadMonth {
  /** Chance that a month is bad, 0…1. */
  readonly probability: number;
  /** How far each service level falls in a bad month, by service-level id. */
  readonly drops: Readonly<Record<string, number>>;
}

/** Checks a bad month against the service levels it names; the message says what to fix. */
export function validateBadMonth(
  badMonth: BadMonth,
  serviceLevels: readonly { readonly id: string; readonly name: string }[],
): Result<BadMonth> {
  const p = badMonth.probability;
  if (typeof p !== 'number' || !Number.isFinite(p) || p < 0 || p > 1)
    return fail(
      'value',
      `Bad month: the probability must be between 0 and 1 (0 % to 100 %), not ${p}`,
    );
  for (const [id, drop] of Object.entries(badMonth.drops)) {
    const sl = serviceLevels.find((s) => s.id === id);
    const name = sl?.name ?? id;
    if (typeof drop !== 'number' || !Number.isFinite(drop) || drop < 0)
      return fail('value', `Bad month: the drop of "${name}" must be a number ≥ 0, not ${drop}`);
  }
  return ok(badMonth);
}

/** The drop of one service level in a bad month; 0 when it is not listed. */
export const badMonthDrop = (badMonth: BadMonth | undefined, id: string): number =>
  (badMonth && ownEntry(badMonth.drops, id)) ?? 0;
