import { type BandTable } from '../rules/bands';
import { ok, type Result } from '../rules/result';
import { volumePrice } from '../rules/volumePricing';
import {
  type CompiledGainShare,
  compileGainShare,
  yearGainShare,
} from '../terms/compiledGainShare';
import { compileVolumePricing } from '../terms/compiledVolumePricing';
import { type Contract, MONTHS_PER_YEAR, type VolumePricingTerm } from '../terms/contract';

/**
 * The commercial levers on a month's statement, beside the service-level money: each volume term's
 * charge for the month's units, and in the month that closes a contract year the gain/pain-share
 * settlement of that year. Neither comes from the actuals (those hold service-level measurements
 * only): the month's units and the year's actual cost are inputs of the statement.
 *
 * Sign convention, provider's view like the invoice adjustment: volume charges add to the invoice;
 * the settlement is positive when a saving is shared (the customer pays the provider its share) and
 * negative when the provider bears part of an overrun (the invoice is reduced by it).
 */

/** What the person writing the statement types in. */
export interface StatementInputs {
  /** Units of each volume term this month, by term id; a term missing here has not been counted. */
  readonly units: Readonly<Record<string, number>>;
  /** The actual cost of the contract year this month closes (all its months); null = not known yet. */
  readonly yearActualCost: number | null;
}

export const NO_STATEMENT_INPUTS: StatementInputs = { units: {}, yearActualCost: null };

export interface VolumeCharge {
  readonly term: VolumePricingTerm;
  /** Null when the month's units were not given: the charge is pending and not invoiced. */
  readonly units: number | null;
  readonly charge: number | null;
}

/** The gain/pain share on this month's statement; `year` is 0-based, `months` its length. */
export type Settlement =
  /** This month does not close a contract year: `closingMonth` (contract month) settles the year. */
  | { readonly kind: 'later'; readonly year: number; readonly closingMonth: number }
  /** This month closes the year, but its actual cost was not given: nothing is settled yet. */
  | { readonly kind: 'pending'; readonly year: number; readonly months: number }
  | {
      readonly kind: 'settled';
      readonly year: number;
      readonly months: number;
      readonly actualCost: number;
      /** The provider's share: + a saving paid to it, − an overrun it bears. */
      readonly amount: number;
    };

export interface StatementLevers {
  /** One per volume term of the contract, in its order. */
  readonly volume: readonly VolumeCharge[];
  /** The charges of the terms whose units were given. */
  readonly volumeCharges: number;
  /** Null when the contract has no gain/pain share. */
  readonly settlement: Settlement | null;
  /** What the levers add to the invoice adjustment: volume charges + the settled share. */
  readonly invoiceEffect: number;
}

/** The contract's levers, checked once: volume tiers and gain-share terms ready to apply. */
export interface CompiledLevers {
  readonly volume: readonly { readonly term: VolumePricingTerm; readonly tiers: BandTable }[];
  readonly gainShare: CompiledGainShare | null;
}

export function compileLevers(contract: Contract): Result<CompiledLevers> {
  const volume = compileVolumePricing(contract);
  if (!volume.ok) return volume;
  const gainShare = compileGainShare(contract);
  if (!gainShare.ok) return gainShare;
  const terms = contract.volumePricing ?? [];
  return ok({
    volume: volume.value.map((v, i) => ({ term: terms[i], tiers: v.tiers })),
    gainShare: gainShare.value,
  });
}

/** Why the inputs cannot be used, or null: units and costs are amounts, never negative. */
export function inputsProblem(contract: Contract, inputs: StatementInputs): string | null {
  for (const term of contract.volumePricing ?? []) {
    const units = inputs.units[term.id];
    if (units !== undefined && !(Number.isFinite(units) && units >= 0))
      return `Units of ${term.name} must be a number ≥ 0, not ${units}`;
  }
  const cost = inputs.yearActualCost;
  if (cost !== null && !(Number.isFinite(cost) && cost >= 0))
    return `The year's actual cost must be a number ≥ 0, not ${cost}`;
  return null;
}

/** The contract month (0-based) that closes the contract year of `month`: its 12th, or the term's last. */
export function closingMonthOf(month: number, termMonths: number): number {
  const yearEnd = (Math.floor(month / MONTHS_PER_YEAR) + 1) * MONTHS_PER_YEAR - 1;
  return Math.min(yearEnd, termMonths - 1);
}

/** Months in contract year `year` of the term: 12, or fewer in a partial last year. */
const monthsInYear = (year: number, termMonths: number) =>
  Math.min(MONTHS_PER_YEAR, termMonths - year * MONTHS_PER_YEAR);

export function statementLevers(
  compiled: CompiledLevers,
  termMonths: number,
  month: number,
  inputs: StatementInputs,
): StatementLevers {
  const volume = compiled.volume.map(({ term, tiers }): VolumeCharge => {
    const units = inputs.units[term.id] ?? null;
    return { term, units, charge: units === null ? null : volumePrice(units, tiers, term.method) };
  });
  const volumeCharges = volume.reduce((t, v) => t + (v.charge ?? 0), 0);
  const settlement = settlementOf(compiled.gainShare, termMonths, month, inputs.yearActualCost);
  return {
    volume,
    volumeCharges,
    settlement,
    invoiceEffect: volumeCharges + (settlement?.kind === 'settled' ? settlement.amount : 0),
  };
}

function settlementOf(
  gs: CompiledGainShare | null,
  termMonths: number,
  month: number,
  actualCost: number | null,
): Settlement | null {
  if (gs === null) return null;
  const year = Math.floor(month / MONTHS_PER_YEAR);
  const closingMonth = closingMonthOf(month, termMonths);
  if (month !== closingMonth) return { kind: 'later', year, closingMonth };
  const months = monthsInYear(year, termMonths);
  if (actualCost === null) return { kind: 'pending', year, months };
  return {
    kind: 'settled',
    year,
    months,
    actualCost,
    amount: yearGainShare(gs, year, actualCost, termMonths),
  };
}
