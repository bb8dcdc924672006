import { type BandRow } from '../rules/bands';
import {
  ENGLISH_NUMBERS,
  groupedNumberText,
  listSeparator,
  type NumberConvention,
  writeNumberText,
} from '../rules/numberText';
import {
  type Contract,
  type CostBase,
  type EarnbackTerms,
  type GainShareTerms,
  type RatchetTerms,
  type VolumePricingTerm,
} from './contract';
import { type TermRef, termValue } from './contractTerms';

/**
 * A term's value in words and numbers, in the reader's number convention: what the pane lists as a
 * proposal's own terms and what a term-by-term comparison shows on each side.
 */

const money = (x: number, c: NumberConvention) => groupedNumberText(x, c, 2);
const share = (x: number, c: NumberConvention) => `${writeNumberText(x * 100, c)}%`;
const optionalShare = (x: number | null, c: NumberConvention) =>
  x === null ? 'none' : share(x, c);

function earnbackText(e: EarnbackTerms, c: NumberConvention): string {
  const window = `${writeNumberText(e.window, c)} ${e.window === 1 ? 'month' : 'months'}`;
  switch (e.mode) {
    case 'none':
      return 'none';
    case 'all':
      return `all or nothing over ${window}`;
    case 'prorata':
      return `pro rata over ${window}`;
    case 'annualAverage':
      return 'annual average attainment';
  }
}

function ratchetText(r: RatchetTerms, c: NumberConvention): string {
  if (r.method === 'none') return 'none';
  const method = r.method === 'midpoint' ? 'midpoint' : 'average of the year';
  return r.maxGapShare === null
    ? method
    : `${method}, at most ${share(r.maxGapShare, c)} of the gap`;
}

/** "99 → −50%; 99.5 → 0%": points in order of their lower bounds. */
export function bandRowsText(rows: readonly BandRow[], c: NumberConvention): string {
  if (rows.length === 0) return 'no bands';
  return [...rows]
    .sort((a, b) => a.bound - b.bound)
    .map((r) => `${writeNumberText(r.bound, c)} → ${share(r.rate, c)}`)
    .join(`${listSeparator(c)} `);
}

function gainShareText(
  g: GainShareTerms | undefined,
  currency: string,
  c: NumberConvention,
): string {
  if (g === undefined) return 'none';
  const amount = (x: number | null) => (x === null ? 'none' : `${money(x, c)} ${currency}`);
  return `target ${amount(g.targetCostAnnual)} a year; shares ${bandRowsText(g.shareBands, c)}; pain cap ${amount(g.painCap)}; gain cap ${amount(g.gainCap)}`;
}

function costBaseText(cost: CostBase | undefined, c: NumberConvention): string {
  if (cost === undefined) return 'none';
  const years = cost.monthlyByYear.map((x) => money(x, c)).join(`${listSeparator(c)} `);
  const indexed =
    cost.indexation === null ? 'then flat' : `then +${share(cost.indexation, c)} a year`;
  return `${years} a month by year, ${indexed}`;
}

function volumePricingText(
  terms: readonly VolumePricingTerm[] | undefined,
  c: NumberConvention,
): string {
  if (terms === undefined || terms.length === 0) return 'none';
  return terms
    .map((t) => {
      const tiers = [...t.tiers]
        .sort((a, b) => a.bound - b.bound)
        .map((r) => `from ${groupedNumberText(r.bound, c)}: ${money(r.rate, c)}`)
        .join(`${listSeparator(c)} `);
      const method = t.method === 'graduated' ? 'graduated' : 'all units';
      return `${t.name.trim() || t.id} per ${t.unit.trim() || 'unit'} (${method}): ${tiers}`;
    })
    .join(' | ');
}

/** The term's value in `contract`, or "—" when the contract has no such service level. */
export function termValueText(
  contract: Contract,
  ref: TermRef,
  c: NumberConvention = ENGLISH_NUMBERS,
): string {
  if (ref.scope === 'contract') {
    switch (ref.field) {
      case 'monthlyCharges':
        return `${money(contract.monthlyCharges, c)} ${contract.currency}`;
      case 'atRiskShare':
        return share(contract.atRiskShare, c);
      case 'poolShare':
        return share(contract.poolShare, c);
      case 'incentiveCapMonthlyShare':
        return optionalShare(contract.incentiveCapMonthlyShare, c);
      case 'incentiveCapAnnualShare':
        return optionalShare(contract.incentiveCapAnnualShare, c);
      case 'earnback':
        return earnbackText(contract.earnback, c);
      case 'ratchet':
        return ratchetText(contract.ratchet, c);
      case 'termMonths':
        return `${writeNumberText(contract.termMonths, c)} months`;
      case 'gainShare':
        return gainShareText(contract.gainShare, contract.currency, c);
      case 'costBase':
        return costBaseText(contract.costBase, c);
      case 'volumePricing':
        return volumePricingText(contract.volumePricing, c);
    }
  }
  const sl = contract.serviceLevels.find((s) => s.id === ref.serviceLevelId);
  if (sl === undefined || termValue(contract, ref) === undefined) return '—';
  const level = (x: number) => `${writeNumberText(x, c)}${sl.unit ? ` ${sl.unit}` : ''}`;
  switch (ref.field) {
    case 'expected':
      return level(sl.expected);
    case 'minimum':
      return sl.minimum === null ? 'none' : level(sl.minimum);
    case 'allocation':
      return share(sl.allocation, c);
    case 'critical':
      return sl.critical ? 'yes' : 'no (key measurement)';
    case 'bands':
      return `${sl.bands.method} on ${sl.bands.basis}: ${bandRowsText(sl.bands.rows, c)}`;
  }
}
