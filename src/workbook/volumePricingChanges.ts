import { type Contract, type VolumePricingTerm } from '../engine/terms/contract';
import { type OutcomeModel } from '../engine/terms/outcomeModel';
import { numberText } from './changeLogText';

/**
 * The change log of per-outcome prices: one entry per volume term added, removed or changed, named
 * by the term ("Volume pricing: Tickets resolved"), its unit, method and tiers in one readable text.
 */

export type FieldChange = readonly [field: string, oldValue: string, newValue: string];

const METHOD_TEXT = { graduated: 'graduated', allunits: 'all units' } as const;

/** "per ticket, graduated; 0→5; 1000→4": the tiers by units from, each at its price per unit. */
export function volumeTermText(term: VolumePricingTerm): string {
  const tiers = [...term.tiers]
    .sort((a, b) => a.bound - b.bound)
    .map((r) => `${numberText(r.bound)}→${numberText(r.rate)}`)
    .join('; ');
  return `per ${term.unit.trim() || 'unit'}, ${METHOD_TEXT[term.method]}; ${tiers || 'no tiers'}`;
}

const field = (term: VolumePricingTerm) => `Volume pricing: ${term.name.trim() || term.id}`;

/** What changed in the volume terms from `b` to `a`, matched by id. */
export function volumePricingChanges(b: Contract, a: Contract): FieldChange[] {
  const before = b.volumePricing ?? [];
  const after = a.volumePricing ?? [];
  const out: FieldChange[] = [];
  const afterIds = new Set(after.map((t) => t.id));
  for (const old of before)
    if (!afterIds.has(old.id)) out.push([field(old), volumeTermText(old), 'none']);
  for (const term of after) {
    const old = before.find((t) => t.id === term.id);
    if (!old) {
      out.push([field(term), 'none', volumeTermText(term)]);
      continue;
    }
    if (old.name !== term.name) out.push([`${field(term)} (name)`, old.name, term.name]);
    const [was, is] = [volumeTermText(old), volumeTermText(term)];
    if (was !== is) out.push([field(term), was, is]);
  }
  return out;
}

/** Names of every volume term the models know (the first model's name wins), for units keyed by id. */
export function volumeTermNames(...models: OutcomeModel[]): (id: string) => string {
  const names = new Map<string, string>();
  for (const m of [...models].reverse())
    for (const c of [m.contract, ...(m.proposals ?? []).map((p) => p.contract)])
      for (const term of c.volumePricing ?? []) names.set(term.id, term.name);
  return (id) => names.get(id) ?? id;
}
