import { type BandTable, parseBands } from '../rules/bands';
import { type Contract, MONTHS_PER_YEAR } from './contract';
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

export function compileGainShare(contract: Contract): Result<CompiledGainShare | null> {
  const terms = contract.gainShare;
  if (terms === undefined) return ok(null);
  const label = `${contract.name}: gain share`;
  if (!(Number.isFinite(terms.targetCostAnnual) && terms.targetCostAnnual > 0)) {
    return fail(
      'value',
      `${label}: annual target cost must be a positive number, not ${terms.targetCostAnnual}`,
    );
  }
  for (const [name, cap] of [
    ['pain cap', terms.painCap],
    ['gain cap', terms.gainCap],
  ] as const) {
    if (cap !== null && !(Number.isFinite(cap) && cap >= 0))
      return fail('value', `${label}: ${name} must be a number ≥ 0, or empty for none`);
  }
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

/** The provider's gain share over the term; actualCostAnnual[y] is year y's cost at an annual rate. */
export function termGainShare(
  gs: CompiledGainShare,
  actualCostAnnual: Float64Array,
  months: number,
): number {
  let total = 0;
  const years = contractYears(months);
  for (let y = 0; y < years; y++) {
    const share = min(MONTHS_PER_YEAR, months - y * MONTHS_PER_YEAR) / MONTHS_PER_YEAR;
    const actual = actualCostAnnual[y];
    if (actual !== actual) continue;
    total += gainShareAmount(
      actual * share,
      gs.targetCostAnnual * share,
      gs.shares,
      gs.painCap * share,
      gs.gainCap * share,
    );
  }
  return total;
}
