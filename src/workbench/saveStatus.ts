/**
 * Whether the last change to the workbench's workbook was kept in the browser: the page subscribes
 * and shows the problem while there is one. A later save that works clears it.
 */
export interface SaveStatus {
  /** Why the last change was not kept, or null when it was. */
  problem(): string | null;
  report(problem: string | null): void;
  /** Calls `listener` when the problem changes; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
}

export function createSaveStatus(): SaveStatus {
  let current: string | null = null;
  const listeners = new Set<() => void>();
  return {
    problem: () => current,
    report(problem) {
      if (problem === current) return;
      current = problem;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
