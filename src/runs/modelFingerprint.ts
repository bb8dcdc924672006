import { type OutcomeModel } from '../engine/terms/outcomeModel';

/**
 * A short fingerprint of the model a run simulated, kept with the run, so a later look can say
 * "same model" or "model changed since" without keeping the whole model beside each run. Keys are
 * sorted first: the editor may rebuild an object with its keys in another order, and equal data
 * must give an equal fingerprint. FNV-1a (32 bits) with the text's length, as the stored revision
 * uses: a check for the user's eyes, not a security measure.
 */
export function modelFingerprint(model: OutcomeModel): string {
  const text = canonicalJson(model);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${hash.toString(16).padStart(8, '0')}`;
}

/** JSON with every object's keys in sorted order; undefined members left out, as JSON does. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
