/**
 * Ids only need to be unique within one contract. crypto.randomUUID is missing in older
 * WebViews and in jsdom, so a time-and-counter id stands in for it there.
 */
let counter = 0;

export function newServiceLevelId(): string {
  const uuid = globalThis.crypto?.randomUUID?.bind(globalThis.crypto);
  if (uuid) return `sl-${uuid()}`;
  counter += 1;
  return `sl-${Date.now().toString(36)}-${counter}`;
}
