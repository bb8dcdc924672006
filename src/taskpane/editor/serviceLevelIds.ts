/**
 * Ids only need to be unique within one model. crypto.randomUUID is missing in older
 * WebViews and in jsdom, so a time-and-counter id stands in for it there.
 */
let counter = 0;

/** A new id such as "scenario-…" or "proposal-…". */
export function newId(prefix: string): string {
  const uuid = globalThis.crypto?.randomUUID?.bind(globalThis.crypto);
  if (uuid) return `${prefix}-${uuid()}`;
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

export function newServiceLevelId(): string {
  return newId('sl');
}
