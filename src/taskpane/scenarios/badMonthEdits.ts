import { type BadMonth } from '../../engine/simulation/badMonth';
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
