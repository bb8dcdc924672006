import { type Contract, type ServiceLevel } from '../terms/contract';
import { fail, ok, type Result } from '../rules/result';

/**
 * The contract terms a goal seek can move: the at-risk share, the monthly charges, one critical
 * service level's allocation, or the rate of one row of its band table. Each is bound to a contract
 * as its current value, the values the contract's validation allows, a default search range, and
 * the contract with another value (a copy: the contract itself is never changed).
 */
export type GoalSeekTerm =
  | { readonly kind: 'atRiskShare' }
  | { readonly kind: 'monthlyCharges' }
  | { readonly kind: 'allocation'; readonly serviceLevelId: string }
  /** `row` indexes the band rows as the contract stores them. */
  | { readonly kind: 'bandRate'; readonly serviceLevelId: string; readonly row: number };

export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

export interface BoundTerm {
  /** The term in words, for messages ("At-risk %", "Availability allocation"). */
  readonly name: string;
  readonly current: number;
  /** The values the contract allows; a search never leaves them. */
  readonly limits: Interval;
  /** Where a search starts when the request names no range; it may widen up to the limits. */
  readonly defaultRange: Interval;
  readonly withValue: (value: number) => Contract;
}

/** Monthly charges are searched from 0 up to this multiple of the current charges to begin with. */
export const CHARGES_RANGE_MULTIPLE = 4;
/** Band rates are searched this far either side of the current rate to begin with (25 points). */
export const RATE_RANGE_HALF_WIDTH = 0.25;
/** Band rates stay within −100%…+100% of the allocated amount, as the contract's validation requires. */
const RATE_LIMITS: Interval = { lower: -1, upper: 1 };

function criticalLevel(contract: Contract, serviceLevelId: string): Result<ServiceLevel> {
  const sl = contract.serviceLevels.find((s) => s.id === serviceLevelId);
  if (sl === undefined)
    return fail('value', `No service level with id "${serviceLevelId}" in ${contract.name}`);
  if (!sl.critical)
    return fail('value', `${sl.name} is a key measurement: it carries no money to goal-seek on`);
  return ok(sl);
}

const withLevel = (contract: Contract, id: string, change: (sl: ServiceLevel) => ServiceLevel) => ({
  ...contract,
  serviceLevels: contract.serviceLevels.map((sl) => (sl.id === id ? change(sl) : sl)),
});

export function bindTerm(contract: Contract, term: GoalSeekTerm): Result<BoundTerm> {
  switch (term.kind) {
    case 'atRiskShare':
      return ok({
        name: 'At-risk %',
        current: contract.atRiskShare,
        limits: { lower: 0, upper: 1 },
        defaultRange: { lower: 0, upper: 1 },
        withValue: (atRiskShare) => ({ ...contract, atRiskShare }),
      });
    case 'monthlyCharges': {
      const current = contract.monthlyCharges;
      return ok({
        name: 'Monthly charges',
        current,
        limits: { lower: 0, upper: Infinity },
        // A contract without charges yet still gets a range to widen from.
        defaultRange: { lower: 0, upper: CHARGES_RANGE_MULTIPLE * (current > 0 ? current : 1) },
        withValue: (monthlyCharges) => ({ ...contract, monthlyCharges }),
      });
    }
    case 'allocation': {
      const sl = criticalLevel(contract, term.serviceLevelId);
      if (!sl.ok) return sl;
      // The critical allocations together must stay within the pool.
      const others = contract.serviceLevels
        .filter((s) => s.critical && s.id !== sl.value.id)
        .reduce((sum, s) => sum + s.allocation, 0);
      const room = contract.poolShare - others;
      if (!(room > 0))
        return fail(
          'value',
          `No room in the pool for ${sl.value.name}: the other service levels take all of it`,
        );
      const limits = { lower: 0, upper: room };
      return ok({
        name: `${sl.value.name} allocation`,
        current: sl.value.allocation,
        limits,
        defaultRange: limits,
        withValue: (allocation) => withLevel(contract, sl.value.id, (s) => ({ ...s, allocation })),
      });
    }
    case 'bandRate': {
      const sl = criticalLevel(contract, term.serviceLevelId);
      if (!sl.ok) return sl;
      const rows = sl.value.bands.rows;
      if (!(Number.isInteger(term.row) && term.row >= 0 && term.row < rows.length))
        return fail(
          'value',
          `${sl.value.name} has no band row ${term.row}: its rows are numbered 0 to ${rows.length - 1}`,
        );
      const current = rows[term.row].rate;
      const index = term.row;
      return ok({
        name: `${sl.value.name} band from ${rows[index].bound}: rate`,
        current,
        limits: RATE_LIMITS,
        defaultRange: {
          lower: Math.max(RATE_LIMITS.lower, current - RATE_RANGE_HALF_WIDTH),
          upper: Math.min(RATE_LIMITS.upper, current + RATE_RANGE_HALF_WIDTH),
        },
        withValue: (rate) =>
          withLevel(contract, sl.value.id, (s) => ({
            ...s,
            bands: {
              ...s.bands,
              rows: s.bands.rows.map((r, i) => (i === index ? { ...r, rate } : r)),
            },
          })),
      });
    }
  }
  // The request may come as data from elsewhere (a worker message): say what is wrong with it.
  return fail('value', `Unknown term to goal-seek on: ${JSON.stringify(term)}`);
}
