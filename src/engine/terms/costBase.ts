import { type Contract, type CostBase, MONTHS_PER_YEAR } from './contract';

/**
 * The provider's cost in a contract month, from the contract's cost base: a typed year costs what
 * was typed per month; a later year costs the year before it × (1 + indexation). The one place the
 * cost of a month is stated: the money view, the analyses and the pane all ask here.
 */

/** Monthly cost in contract year `year` (0 = the first). */
export function monthlyCostInYear(costBase: CostBase, year: number): number {
  const typed = costBase.monthlyByYear;
  if (year < typed.length) return typed[year];
  const rate = costBase.indexation ?? 0;
  return typed[typed.length - 1] * (1 + rate) ** (year - typed.length + 1);
}

/** The cost in contract month `month` (0 = the first). */
export function costInMonth(costBase: CostBase, month: number): number {
  return monthlyCostInYear(costBase, Math.floor(month / MONTHS_PER_YEAR));
}

/** The cost of contract year `year` of a term of `months` months (the last year may be partial). */
export function yearCost(costBase: CostBase, year: number, months: number): number {
  const monthsInYear = Math.min(MONTHS_PER_YEAR, months - year * MONTHS_PER_YEAR);
  return monthlyCostInYear(costBase, year) * monthsInYear;
}

/** The cost over a term of `months` months: the sum of its years' costs. */
export function termCost(costBase: CostBase, months: number): number {
  let total = 0;
  for (let y = 0; y * MONTHS_PER_YEAR < months; y++) total += yearCost(costBase, y, months);
  return total;
}

/** Every problem in a cost base, by the term it is in. */
export function costBaseIssues(
  costBase: CostBase,
): { readonly field: 'monthlyByYear' | 'indexation'; readonly message: string }[] {
  const issues: { field: 'monthlyByYear' | 'indexation'; message: string }[] = [];
  const typed = costBase.monthlyByYear;
  const bad = typed.findIndex((x) => !(Number.isFinite(x) && x >= 0));
  if (typed.length === 0)
    issues.push({ field: 'monthlyByYear', message: 'Enter the first year’s monthly cost' });
  else if (bad >= 0)
    issues.push({
      field: 'monthlyByYear',
      message: `Monthly cost of year ${bad + 1} must be a number ≥ 0`,
    });
  const rate = costBase.indexation;
  if (rate !== null && !(Number.isFinite(rate) && rate > -1))
    issues.push({
      field: 'indexation',
      message: 'Indexation must be a yearly % above −100%, or empty for none',
    });
  return issues;
}

/** A term's charges and cost before any service-level money, and the margin on the charges. */
export interface TermCostMargin {
  readonly charges: number;
  readonly cost: number;
  /** (charges − cost) ÷ charges; NaN when there are no charges. */
  readonly margin: number;
}

export function termCostMargin(contract: Contract, costBase: CostBase): TermCostMargin {
  const charges = contract.monthlyCharges * contract.termMonths;
  const cost = termCost(costBase, contract.termMonths);
  return { charges, cost, margin: charges > 0 ? (charges - cost) / charges : NaN };
}
