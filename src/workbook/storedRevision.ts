/**
 * Which version of the stored model a pane read: a fingerprint of the stored text, so a pane can
 * tell, before writing, whether another pane or a co-author wrote the model since (Excel has no
 * version check of its own: the last writer silently wins). Also when it was written, to say so.
 */
export interface StoredRevision {
  /** Fingerprint of the stored text; "none" when the workbook stores no model. */
  readonly id: string;
  /** When that model was written (ISO 8601), when the text says. */
  readonly savedAt: string | null;
}

export const NO_MODEL: StoredRevision = { id: 'none', savedAt: null };

/** FNV-1a over the UTF-16 text with its length: equal texts, equal ids; a change shows. */
export function revisionOf(text: string | null): StoredRevision {
  if (text === null) return NO_MODEL;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const match = /"savedAt":"([^"]*)"/.exec(text.slice(0, 200));
  return { id: `${text.length}-${hash.toString(16)}`, savedAt: match ? match[1] : null };
}

export const sameRevision = (a: StoredRevision, b: StoredRevision) => a.id === b.id;
