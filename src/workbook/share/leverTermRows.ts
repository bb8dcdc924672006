import { type BandRanges, boundsOverflow } from '../../engine/rules/bandFormulas';
import { parseBands } from '../../engine/rules/bands';
import { levelFormulas } from '../../engine/rules/levelFormulas';
import { slack } from '../../engine/rules/tolerance';
import { monthlyCostInYear } from '../../engine/terms/costBase';
import { type Contract, type VolumePricingTerm } from '../../engine/terms/contract';
import { contractYears } from '../../engine/terms/compiledGainShare';
import { formula, type SharedSheetBuilder } from './sharedSheet';
import { MONEY, PERCENT } from './sharedFormats';

/**
 * The commercial levers' terms on the counterparty's terms sheet, beside gain/pain share: the
 * provider's cost base (the monthly cost of each contract year: typed years as values, later years
 * indexed from the year before by formula) and each volume-priced outcome's tiers, laid out as the
 * band tables are (bound, price, step threshold) so the statement prices units from them.
 */

/** The cost base, one row per contract year of the term. */
export function costBaseRows(b: SharedSheetBuilder, contract: Contract): void {
  const cost = contract.costBase;
  if (!cost) return;
  const indexation = b.add(
    ['Cost base: yearly indexation after the typed years', cost.indexation ?? 'none'],
    [null, PERCENT],
  );
  let previous: number | null = null;
  for (let year = 0; year < contractYears(contract.termMonths); year++) {
    const label = `Cost base: monthly cost in contract year ${year + 1}`;
    const amount = monthlyCostInYear(cost, year);
    const typed = year < cost.monthlyByYear.length;
    previous = b.add(
      [
        typed ? label : `${label} (the year before, indexed)`,
        typed || previous === null
          ? amount
          : formula(
              cost.indexation === null ? `B${previous}` : `B${previous}*(1+B${indexation})`,
              amount,
            ),
      ],
      [null, MONEY],
    );
  }
}

/** Each volume term's tier table; returns the tables' ranges by term id. */
export function volumeTermRows(
  b: SharedSheetBuilder,
  contract: Contract,
): ReadonlyMap<string, BandRanges> {
  const ranges = new Map<string, BandRanges>();
  for (const term of contract.volumePricing ?? []) ranges.set(term.id, tierTable(b, term));
  return ranges;
}

function tierTable(b: SharedSheetBuilder, term: VolumePricingTerm): BandRanges {
  const how = term.method === 'graduated' ? 'graduated' : 'all units at the tier reached';
  b.add([`Volume pricing: ${term.name} per ${term.unit} (${how})`], [], 'header');
  b.add(
    ['Units from', 'Price per unit', 'Counts from (bound less the 1e-9 rounding tolerance)'],
    [],
    'header',
  );
  const table = parseBands(term.tiers);
  const sorted = table.ok
    ? Array.from(table.value.bounds, (bound, i) => ({ bound, rate: table.value.rates[i] }))
    : [...term.tiers];
  const top = b.next;
  for (const row of sorted) {
    const r = b.next;
    b.add(
      [
        row.bound,
        row.rate,
        formula(levelFormulas.threshold(`A${r}`), row.bound - slack(row.bound)),
      ],
      [null, MONEY, null],
    );
  }
  const bottom = b.next - 1;
  const column = (col: number) => `${b.external(col, top)}:${b.local(col, bottom, true)}`;
  return {
    bounds: column(1),
    rates: column(2),
    thresholds: column(3),
    count: sorted.length,
    halves: boundsOverflow(sorted.map((r) => r.bound)),
  };
}
