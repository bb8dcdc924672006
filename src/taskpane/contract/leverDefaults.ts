import { type Contract, type CostBase, type GainShareTerms } from '../../engine/terms/contract';
import { monthlyCostInYear } from '../../engine/terms/costBase';

/** What a lever starts from when the user switches it on: a typical deal, for them to adjust. */

/** A cost base when none is typed: 85% of the charges (a 15% margin if no money changes hands). */
const DEFAULT_COST_SHARE = 0.85;

/** Whole amounts a person would type: 2,550,000, not 2,549,999.9999999995. */
const tidy = (x: number) => Number(x.toPrecision(10));

export function defaultCostBase(contract: Contract): CostBase {
  return { monthlyByYear: [tidy(contract.monthlyCharges * DEFAULT_COST_SHARE)], indexation: null };
}

/**
 * The domain's usual split: the provider bears 50% of an overrun up to 105% of target and 80%
 * beyond, keeps 50% of a saving down to 95% and 30% below; the target is the first year's cost.
 */
export function defaultGainShare(contract: Contract): GainShareTerms {
  const monthly = monthlyCostInYear(contract.costBase ?? defaultCostBase(contract), 0);
  return {
    targetCostAnnual: tidy(monthly * 12),
    shareBands: [
      { bound: 0, rate: 0.3 },
      { bound: 0.95, rate: 0.5 },
      { bound: 1.05, rate: 0.8 },
    ],
    painCap: null,
    gainCap: null,
  };
}
