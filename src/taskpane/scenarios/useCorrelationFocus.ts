import { type RefObject, useEffect, useRef } from 'react';
import { type LevelCorrelation, pairKey } from '../../engine/simulation/levelCorrelation';

/**
 * Where focus goes when the correlation list changes under it. A removed pair's trash button,
 * "Use these values" and the Undo bar's button leave the page when they do their work, and focus
 * would fall to the page body; it goes to the field of a pair instead (or the new pair's first
 * choice when no pair is left below), so a keyboard user goes on from where they were.
 */

/** The attribute marking a pair's row in the editor, for the focus to find its field. */
export const PAIR_ROW = 'data-correlation-pair';
/** The attribute marking the new pair's form (NewCorrelationPair). */
const NEW_PAIR = 'data-new-correlation';

const signature = (pairs: readonly LevelCorrelation[]) =>
  pairs.map((p) => `${pairKey(p)}\u0000${p.rho}`).join('\u0001');

function pairField(root: HTMLElement | null, index: number): HTMLElement | null {
  return root?.querySelectorAll<HTMLElement>(`[${PAIR_ROW}] input`)[index] ?? null;
}

function newPairFirstChoice(root: HTMLElement | null): HTMLElement | null {
  return root?.querySelector<HTMLElement>(`[${NEW_PAIR}] select`) ?? null;
}

/** Nothing has focus: what had it was taken away. */
const focusLost = () => document.activeElement === null || document.activeElement === document.body;

/** The first pair of `now` that `before` did not have as it is: the one an undo brought back. */
function firstBack(before: readonly LevelCorrelation[], now: readonly LevelCorrelation[]): number {
  const had = new Set(before.map((p) => signature([p])));
  const index = now.findIndex((p) => !had.has(signature([p])));
  return index < 0 ? 0 : index;
}

export function useCorrelationFocus(
  root: RefObject<HTMLElement | null>,
  pairs: readonly LevelCorrelation[],
) {
  // What the editor itself sent last: a list arriving that it did not send came from elsewhere (Undo).
  const sent = useRef<string | null>(null);
  const mounted = useRef(false);
  const shown = useRef(pairs);
  const current = useRef(pairs);
  current.current = pairs;
  const now = signature(pairs);
  useEffect(() => {
    const before = shown.current;
    shown.current = current.current;
    // Opening the editor (the tab, a scenario) moves no focus.
    if (!mounted.current || signature(before) === now) {
      mounted.current = true;
      return;
    }
    if (sent.current === now) {
      sent.current = null;
      return;
    }
    if (!focusLost() || current.current.length === 0) return;
    pairField(root.current, firstBack(before, current.current))?.focus();
  }, [now, root]);
  return {
    /** Call before sending a list: its arrival is then the editor's own change, not an undo. */
    sending: (next: readonly LevelCorrelation[]) => {
      sent.current = signature(next);
    },
    /** Once the change has rendered: pair `index`'s field, else (none left there) the new pair's first choice. */
    focusPairLater: (index: number) => {
      setTimeout(() => {
        (pairField(root.current, index) ?? newPairFirstChoice(root.current))?.focus();
      }, 0);
    },
  };
}
