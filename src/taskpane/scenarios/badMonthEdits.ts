import { type BadMonth, validateBadMonth } from '../../engine/simulation/badMonth';
import { withEntry } from '../../engine/terms/ownEntry';

/**
 * The bad month with one service level's drop set; a drop of 0 is no drop, so it leaves the record
 * (a stored model lists only the levels a bad month moves). Entries, never assignment: ids are
 * user data ("__proto__").
 */
export function withDrop(badMonth: BadMonth, serviceLevelId: string, drop: number): BadMonth {
  const drops =
    drop === 0
      ? Object.fromEntries(Object.entries(badMonth.drops).filter(([id]) => id !== serviceLevelId))
      : withEntry(badMonth.drops, serviceLevelId, drop);
  return { ...badMonth, drops };
}

/** Where the engine's complaint about a bad month belongs: the chance, or one service level's drop. */
export type BadMonthProblem = { readonly message: string } & (
  | { readonly at: 'chance' }
  | { readonly at: 'drop'; readonly serviceLevelId: string }
  | { readonly at: 'whole' }
);

/**
 * The engine's complaint about a bad month and the field it is about, so the pane shows it there.
 * The engine checks the chance first, then each drop: the pieces are checked one by one the same
 * way; "whole" when no single piece fails alone. Null when the bad month passes.
 */
export function badMonthProblem(
  badMonth: BadMonth,
  serviceLevels: readonly { readonly id: string; readonly name: string }[],
): BadMonthProblem | null {
  const whole = validateBadMonth(badMonth, serviceLevels);
  if (whole.ok) return null;
  const chance = validateBadMonth({ probability: badMonth.probability, drops: {} }, serviceLevels);
  if (!chance.ok) return { at: 'chance', message: chance.error.message };
  for (const [serviceLevelId, drop] of Object.entries(badMonth.drops)) {
    const alone = validateBadMonth(
      { probability: 0, drops: Object.fromEntries([[serviceLevelId, drop]]) },
      serviceLevels,
    );
    if (!alone.ok) return { at: 'drop', serviceLevelId, message: alone.error.message };
  }
  return { at: 'whole', message: whole.error.message };
}
