/** `item` put back at `index` (or at the end when the list has since become shorter). */
export function insertedAt<T>(list: readonly T[], index: number, item: T): T[] {
  const at = Math.max(0, Math.min(index, list.length));
  return [...list.slice(0, at), item, ...list.slice(at)];
}
