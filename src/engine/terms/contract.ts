import { type BandMethod, type BandRow } from '../rules/bands';
import { type Direction } from '../rules/direction';
import { type RatchetMethod } from '../rules/ratchet';
import { type VolumeMethod } from '../rules/volumePricing';

/** The contract as negotiators define it: plain data, stored in the workbook, read by every layer. */

/** Bands apply to the measured value ("performance") or to attainment (value relative to expected). */
export type BandBasis = 'performance' | 'attainment';

/** Outcome bands of one service level; rate × (allocation × at-risk amount) is the month's payout. */
export interface OutcomeBands {
  readonly basis: BandBasis;
  readonly method: BandMethod;
  readonly rows: readonly BandRow[];
}

export interface ServiceLevel {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly direction: Direction;
  readonly expected: number;
  readonly minimum: number | null;
  /** Share of the at-risk amount this SL carries (0.25 = 25%); the pool may total over 100%. */
  readonly allocation: number;
  /** Critical SLs carry money; key measurements are reported only. */
  readonly critical: boolean;
  readonly bands: OutcomeBands;
}

/** "annualAverage": an SL whose average attainment over a contract year is ≥ 1 earns back that year's credits. */
export type EarnbackMode = 'none' | 'all' | 'prorata' | 'annualAverage';

export interface EarnbackTerms {
  readonly mode: EarnbackMode;
  /** Following periods that must meet the level, for "all" and "prorata". */
  readonly window: number;
}

export interface RatchetTerms {
  readonly method: RatchetMethod | 'none';
  readonly maxGapShare: number | null;
}

/**
 * Gain share / pain share against a target cost, settled per contract year: the difference between
 * actual and target cost is split by share bands on actual/target (see gainShare.ts); the caps
 * limit either side per year. Absolute amounts, independent of the monthly charges.
 */
export interface GainShareTerms {
  readonly targetCostAnnual: number;
  /** Provider's share by lower bound of actual/target. */
  readonly shareBands: readonly BandRow[];
  /** Most the provider bears of an overrun per year; null = uncapped. */
  readonly painCap: number | null;
  /** Most the provider keeps of a saving per year; null = uncapped. */
  readonly gainCap: number | null;
}

/**
 * The provider's cost of running the service, per contract year: the monthly cost typed for the
 * first years, and each later year the year before indexed by a yearly rate (costBase.ts).
 */
export interface CostBase {
  /** Monthly cost in each typed contract year, the first year's first; at least one year. */
  readonly monthlyByYear: readonly number[];
  /** Yearly indexation of the years after the typed ones (0.03 = +3% a year); null = they stay flat. */
  readonly indexation: number | null;
}

/**
 * Payment per outcome (tickets resolved, users supported) on top of the monthly charges: each
 * month's units priced by volume tiers (volumePricing.ts), graduated or all-units.
 */
export interface VolumePricingTerm {
  readonly id: string;
  /** What is counted: "Tickets resolved". */
  readonly name: string;
  /** One of what is counted: "ticket". */
  readonly unit: string;
  readonly method: VolumeMethod;
  /** Price per unit by the lower bound of the month's units (bound = units from, rate = price). */
  readonly tiers: readonly BandRow[];
}

/** Which proposal became the contract, and when (ISO 8601): two adoptions of one proposal differ by time. */
export interface AdoptedProposal {
  readonly proposalId: string;
  readonly name: string;
  readonly time: string;
}

export interface Contract {
  readonly name: string;
  readonly currency: string;
  readonly monthlyCharges: number;
  /** At-risk amount as a share of monthly charges (0.12 = 12%). */
  readonly atRiskShare: number;
  /** Pool available for allocation (2.0 = 200%). */
  readonly poolShare: number;
  /** Monthly incentive cap as a share of monthly charges; null = uncapped. */
  readonly incentiveCapMonthlyShare: number | null;
  /** Annual incentive cap as a share of a year's charges; null = uncapped. */
  readonly incentiveCapAnnualShare: number | null;
  readonly earnback: EarnbackTerms;
  readonly ratchet: RatchetTerms;
  readonly termMonths: number;
  /** The contract's first month, "YYYY-MM"; absent until the parties agree it. Reviews count from it. */
  readonly startPeriod?: string;
  readonly serviceLevels: readonly ServiceLevel[];
  /** Optional target-cost terms; omitted = no gain/pain share. */
  readonly gainShare?: GainShareTerms;
  /** The proposal last adopted as these terms, when one was: the change log records each adoption. */
  readonly adoptedFrom?: AdoptedProposal;
  /** Optional provider cost per contract year; omitted = the analyses assume a cost. */
  readonly costBase?: CostBase;
  /** Optional per-outcome prices; omitted or empty = the monthly charges are the whole fee. */
  readonly volumePricing?: readonly VolumePricingTerm[];
}

export const MONTHS_PER_YEAR = 12;

export function atRiskAmount(contract: Contract): number {
  return contract.monthlyCharges * contract.atRiskShare;
}

/** The money a service level's band rates apply to: its allocation × the at-risk amount. */
export function allocatedAmount(contract: Contract, sl: ServiceLevel): number {
  return sl.allocation * atRiskAmount(contract);
}

export function monthlyIncentiveCap(contract: Contract): number {
  const share = contract.incentiveCapMonthlyShare;
  return share === null ? Infinity : share * contract.monthlyCharges;
}

export function annualIncentiveCap(contract: Contract): number {
  const share = contract.incentiveCapAnnualShare;
  return share === null ? Infinity : share * contract.monthlyCharges * MONTHS_PER_YEAR;
}
