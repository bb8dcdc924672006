import { type BandTable, parseBands } from '../rules/bands';
import { fail, ok, type Result } from '../rules/result';
import { type VolumeMethod, volumePrice } from '../rules/volumePricing';
import { type Contract, type VolumePricingTerm } from './contract';
import { bandRowsOverLimit, volumeTermsOverLimit } from './limits';

/**
 * A contract's per-outcome prices ready to charge: each volume term's tiers compiled once, and the
 * charge of a run of months' units (volumePricing.ts prices each month on its own: tiers reset
 * monthly, as invoices do).
 */
export interface CompiledVolumeTerm {
  readonly id: string;
  readonly method: VolumeMethod;
  readonly tiers: BandTable;
}

/** Which part of a volume term a problem is in, so the pane shows it beside that input. */
export type VolumeTermField = 'id' | 'name' | 'tiers';

export interface VolumeTermIssue {
  /** The term's id; null for the list as a whole (too many terms). */
  readonly termId: string | null;
  readonly field: VolumeTermField | null;
  readonly message: string;
}

/** How a term is named in a message: its name, or its place in the list while it has none. */
const termLabel = (term: VolumePricingTerm, index: number) =>
  term.name.trim() === ''
    ? `Volume pricing, outcome ${index + 1}`
    : `Volume pricing "${term.name.trim()}"`;

function tierIssue(term: VolumePricingTerm): string | null {
  if (term.tiers.length === 0) return 'add at least one tier';
  const tooMany = bandRowsOverLimit('tiers', term.tiers.length);
  if (tooMany) return tooMany;
  const table = parseBands(term.tiers, 'tiers');
  if (!table.ok) return table.error.message;
  const lowest = table.value.bounds[0];
  if (lowest < 0) return `tiers: units from must be ≥ 0, not ${lowest}`;
  const negative = term.tiers.find((row) => row.rate < 0);
  if (negative) return `tiers: price per unit must be ≥ 0, not ${negative.rate}`;
  return null;
}

/** Every problem in a contract's volume terms; messages name the term they are about. */
export function volumePricingIssues(terms: readonly VolumePricingTerm[]): VolumeTermIssue[] {
  const tooMany = volumeTermsOverLimit(terms.length);
  // An oversized list (a paste gone wrong) is reported alone, like an oversized band table.
  if (tooMany) return [{ termId: null, field: null, message: tooMany }];
  const issues: VolumeTermIssue[] = [];
  const ids = new Set<string>();
  const names = new Set<string>();
  terms.forEach((term, index) => {
    const add = (field: VolumeTermField, message: string) =>
      issues.push({ termId: term.id, field, message: `${termLabel(term, index)}: ${message}` });
    if (term.id === '' || ids.has(term.id)) add('id', `duplicate or empty id "${term.id}"`);
    ids.add(term.id);
    const name = term.name.trim().toLowerCase();
    if (name === '') add('name', 'name is empty');
    else if (names.has(name)) add('name', 'another volume-priced outcome has this name');
    names.add(name);
    const tiers = tierIssue(term);
    if (tiers) add('tiers', tiers);
  });
  return issues;
}

/** The contract's volume terms compiled (none when it has none); the first problem otherwise. */
export function compileVolumePricing(contract: Contract): Result<CompiledVolumeTerm[]> {
  const terms = contract.volumePricing ?? [];
  const problem = volumePricingIssues(terms)[0];
  if (problem) return fail('value', `${contract.name}: ${problem.message}`);
  const compiled: CompiledVolumeTerm[] = [];
  for (const term of terms) {
    const tiers = parseBands(term.tiers, 'tiers');
    if (!tiers.ok) return tiers;
    compiled.push({ id: term.id, method: term.method, tiers: tiers.value });
  }
  return ok(compiled);
}

/**
 * The charge for `months` months of units read from units[offset …]: each month priced on its own.
 * A month whose units are not known (NaN: no assumption, a gap in a series) is charged nothing.
 */
export function volumeChargeOver(
  term: CompiledVolumeTerm,
  units: Float64Array,
  offset: number,
  months: number,
): number {
  let total = 0;
  for (let m = offset; m < offset + months; m++) {
    const u = units[m];
    if (u === u) total += volumePrice(u, term.tiers, term.method);
  }
  return total;
}
