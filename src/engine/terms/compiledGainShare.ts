import { type BandTable, parseBands } from '../rules/bands';
import { type Contract, type GainShareTerms, MONTHS_PER_YEAR } from './contract';
import { gainShareAmount } from '../rules/gainShare';
import { fail, ok, type Result } from '../rules/result';

// Module-level alias: inside a vm sandbox (Jest) every global lookup such as `Math` is slow.
const { min } = Math;

/**
 * A contract's gain/pain-share terms ready for the simulation, and their settlement over the term:
 * each contract year compares that year's actual cost with the target (gainShare.ts splits the
 * difference by the share bands, capped per year). A final partial year (a 30-month term's last
 * six months) compares target, actual cost and caps pro rata to its months.
 */
export interface CompiledGainShare {
  readonly targetCostAnnual: number;
  readonly shares: BandTable;
  readonly painCap: number;
  readonly gainCap: number;
}

/** Which gain-share term a problem is in, so the pane shows it beside that field. */
export type GainShareField = 'targetCostAnnual' | 'shareBands' | 'painCap' | 'gainCap';

/** Every problem in gain-share terms, in the words compileGainShare reports them. */
export function gainShareIssues(
  terms: GainShareTerms,
): { readonly field: GainShareField; readonly message: string }[] {
  const issues: { field: GainShareField; message: string }[] = [];
  if (!(Number.isFinite(terms.targetCostAnnual) && terms.targetCostAnnual > 0))
    issues.push({
      field: 'targetCostAnnual',
      message: `annual target cost must be a positive number, not ${terms.targetCostAnnual}`,
    });
  for (const field of ['painCap', 'gainCap'] as const) {
    const cap = terms[field];
    if (cap !== null && !(Number.isFinite(cap) && cap >= 0))
      issues.push({
        field,
        message: `${field === 'painCap' ? 'pain cap' : 'gain cap'} must be a number ≥ 0, or empty for none`,
      });
  }
  const shares = parseBands(terms.shareBands, 'share bands');
  if (!shares.ok) issues.push({ field: 'shareBands', message: shares.error.message });
  return issues;
}

export function compileGainShare(contract: Contract): Result<CompiledGainShare | null> {
  const terms = contract.gainShare;
  if (terms === undefined) return ok(null);
  const label = `${contract.name}: gain share`;
  // The bands are reported by parseBands below, in the words the simulation has always used.
  const problem = gainShareIssues(terms).find((i) => i.field !== 'shareBands');
  if (problem) return fail('value', `${label}: ${problem.message}`);
  const shares = parseBands(terms.shareBands, `${label} bands`);
  if (!shares.ok) return shares;
  return ok({
    targetCostAnnual: terms.targetCostAnnual,
    shares: shares.value,
    painCap: terms.painCap ?? Infinity,
    gainCap: terms.gainCap ?? Infinity,
  });
}

/** Number of contract years (the last may be partial) in a term. */
export const contractYears = (months: number) => Math.ceil(months / MONTHS_PER_YEAR);

/** Months in contract year `year` of a term of `months` months (the last year may be partial). */
const monthsInYear = (year: number, months: number) =>
  min(MONTHS_PER_YEAR, months - year * MONTHS_PER_YEAR);

/**
 * The provider's gain share for contract year `year` whose actual cost was `actualCost` (for the
 * year's months): target and caps pro rata to the months of a partial last year.
 */
export function yearGainShare(
  gs: CompiledGainShare,
  year: number,
  actualCost: number,
  months: number,
): number {
  const share = monthsInYear(year, months) / MONTHS_PER_YEAR;
  return gainShareAmount(
    actualCost,
    gs.targetCostAnnual * share,
    gs.shares,
    gs.painCap * share,
    gs.gainCap * share,
  );
}

/** The provider's gain share over the term; actualCostAnnual[y] is year y's cost at an annual rate. */
export function termGainShare(
  gs: CompiledGainShare,
  actualCostAnnual: Float64Array,
  months: number,
): number {
  let total = 0;
  const years = contractYears(months);
  for (let y = 0; y < years; y++) {
    const actual = actualCostAnnual[y];
    if (actual !== actual) continue;
    // The same arithmetic as the year's settlement: the annual rate × the year's share of 12 months.
    total += yearGainShare(gs, y, actual * (monthsInYear(y, months) / MONTHS_PER_YEAR), months);
  }
  return total;
}
