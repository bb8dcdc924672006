/**
 * Runs `task` over `items` with at most `limit` under way at once, in order of the items: with a
 * limit of 1 strictly one after another, as in one thread; with more, as many as a pool can take.
 * Resolves when every task has finished.
 */
export async function runLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      await task(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}
