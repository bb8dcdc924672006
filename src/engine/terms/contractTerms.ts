import { type Contract, type ServiceLevel } from './contract';
import { sameData } from './sameData';

/**
 * The contract's negotiable terms, one by one: what a proposal may set apart from the contract and
 * what two proposals can differ in. Each term is read and replaced whole (earnback's mode and
 * window together, a service level's bands with their basis and method), so any one difference
 * can be applied on its own and still leave a contract the rules accept.
 */

export type ContractTermField =
  | 'monthlyCharges'
  | 'atRiskShare'
  | 'poolShare'
  | 'incentiveCapMonthlyShare'
  | 'incentiveCapAnnualShare'
  | 'earnback'
  | 'ratchet'
  | 'termMonths'
  | 'gainShare'
  | 'costBase'
  | 'volumePricing';

export type ServiceLevelTermField = 'expected' | 'minimum' | 'allocation' | 'critical' | 'bands';

export type TermRef =
  | { readonly scope: 'contract'; readonly field: ContractTermField }
  | {
      readonly scope: 'serviceLevel';
      readonly serviceLevelId: string;
      readonly field: ServiceLevelTermField;
    };

export const CONTRACT_TERM_FIELDS: readonly ContractTermField[] = [
  'monthlyCharges',
  'atRiskShare',
  'poolShare',
  'incentiveCapMonthlyShare',
  'incentiveCapAnnualShare',
  'earnback',
  'ratchet',
  'termMonths',
  'gainShare',
  'costBase',
  'volumePricing',
];

export const SERVICE_LEVEL_TERM_FIELDS: readonly ServiceLevelTermField[] = [
  'expected',
  'minimum',
  'allocation',
  'critical',
  'bands',
];

const SERVICE_LEVEL_PREFIX = 'sl:';

/** A term as one string ("atRiskShare", "sl:<id>:bands"): how proposals store what they override. */
export function termKey(ref: TermRef): string {
  return ref.scope === 'contract'
    ? ref.field
    : `${SERVICE_LEVEL_PREFIX}${ref.serviceLevelId}:${ref.field}`;
}

/** The term a key names, or null for a key no term has (a stored model from elsewhere). */
export function parseTermKey(key: string): TermRef | null {
  if (key.startsWith(SERVICE_LEVEL_PREFIX)) {
    // Ids may hold colons; the field never does, so it is what follows the last one.
    const cut = key.lastIndexOf(':');
    const field = key.slice(cut + 1) as ServiceLevelTermField;
    const serviceLevelId = key.slice(SERVICE_LEVEL_PREFIX.length, cut);
    if (cut < SERVICE_LEVEL_PREFIX.length || !SERVICE_LEVEL_TERM_FIELDS.includes(field))
      return null;
    return { scope: 'serviceLevel', serviceLevelId, field };
  }
  const field = key as ContractTermField;
  return CONTRACT_TERM_FIELDS.includes(field) ? { scope: 'contract', field } : null;
}

const serviceLevelOf = (contract: Contract, id: string): ServiceLevel | undefined =>
  contract.serviceLevels.find((sl) => sl.id === id);

/** The term's value in `contract`; undefined when the contract has no such service level. */
export function termValue(contract: Contract, ref: TermRef): unknown {
  if (ref.scope === 'contract') return contract[ref.field];
  return serviceLevelOf(contract, ref.serviceLevelId)?.[ref.field];
}

/**
 * `target` with one term taken from `source`. Unchanged when either lacks the service level: a
 * term of a service level one side does not have cannot be carried over.
 */
export function withTermFrom(target: Contract, source: Contract, ref: TermRef): Contract {
  if (ref.scope === 'contract') {
    const { field } = ref;
    const { [field]: value } = source;
    if (value === undefined) {
      // An optional term (gain share, cost base) absent in the source is absent in the result too.
      const rest: Record<string, unknown> = { ...target };
      delete rest[field];
      return rest as unknown as Contract;
    }
    return { ...target, [field]: value };
  }
  const from = serviceLevelOf(source, ref.serviceLevelId);
  if (from === undefined || serviceLevelOf(target, ref.serviceLevelId) === undefined) return target;
  return {
    ...target,
    serviceLevels: target.serviceLevels.map((sl) =>
      sl.id === ref.serviceLevelId ? { ...sl, [ref.field]: from[ref.field] } : sl,
    ),
  };
}

/**
 * Every term in which `b` differs from `a`: contract-wide terms first, then each service level both
 * have, in `a`'s order. Service levels only one side has are `serviceLevelsOnlyIn`'s business.
 */
export function differingTerms(a: Contract, b: Contract): TermRef[] {
  const out: TermRef[] = [];
  for (const field of CONTRACT_TERM_FIELDS)
    if (!sameData(a[field], b[field])) out.push({ scope: 'contract', field });
  for (const sl of a.serviceLevels) {
    const other = serviceLevelOf(b, sl.id);
    if (other === undefined) continue;
    for (const field of SERVICE_LEVEL_TERM_FIELDS)
      if (!sameData(sl[field], other[field]))
        out.push({ scope: 'serviceLevel', serviceLevelId: sl.id, field });
  }
  return out;
}

/** Service levels of `a` that `b` does not have (by id). */
export function serviceLevelsOnlyIn(a: Contract, b: Contract): ServiceLevel[] {
  const ids = new Set(b.serviceLevels.map((sl) => sl.id));
  return a.serviceLevels.filter((sl) => !ids.has(sl.id));
}

const CONTRACT_TERM_LABELS: Readonly<Record<ContractTermField, string>> = {
  monthlyCharges: 'Monthly charges',
  atRiskShare: 'At-risk %',
  poolShare: 'Pool %',
  incentiveCapMonthlyShare: 'Monthly incentive cap',
  incentiveCapAnnualShare: 'Annual incentive cap',
  earnback: 'Earnback',
  ratchet: 'Ratchet',
  termMonths: 'Term (months)',
  gainShare: 'Gain/pain share',
  costBase: 'Cost base',
  volumePricing: 'Volume pricing',
};

const SERVICE_LEVEL_TERM_LABELS: Readonly<Record<ServiceLevelTermField, string>> = {
  expected: 'expected level',
  minimum: 'minimum level',
  allocation: 'allocation',
  critical: 'critical',
  bands: 'bands',
};

/** "At-risk %", "Availability: minimum level" — named after the service level as `contract` calls it. */
export function termLabel(ref: TermRef, contract: Contract): string {
  if (ref.scope === 'contract') return CONTRACT_TERM_LABELS[ref.field];
  const name = serviceLevelOf(contract, ref.serviceLevelId)?.name.trim() || ref.serviceLevelId;
  return `${name}: ${SERVICE_LEVEL_TERM_LABELS[ref.field]}`;
}
