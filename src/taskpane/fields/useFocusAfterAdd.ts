import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * After "Add …", focus moves to what was added (its name, or a new band's first field), so the
 * user types straight away and a screen reader lands where the new item is. `pick` finds it
 * inside the element `ref` is attached to, once the addition has rendered.
 */
export function useFocusAfterAdd<T extends HTMLElement>(
  pick: (root: T) => HTMLElement | null = firstInput,
) {
  const ref = useRef<T>(null);
  const [pending, setPending] = useState(false);
  useEffect(() => {
    if (!pending || !ref.current) return;
    pick(ref.current)?.focus();
    setPending(false);
  }, [pending, pick]);
  const markAdded = useCallback(() => setPending(true), []);
  return { ref, markAdded };
}

/** The first field: an added item's name. Module-level, so the hook's effect keeps its dependencies. */
function firstInput(root: HTMLElement): HTMLElement | null {
  return root.querySelector('input');
}
