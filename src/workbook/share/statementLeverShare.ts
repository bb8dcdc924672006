import { periodAfter } from '../../engine/review/servicePeriod';
import { type PeriodStatement } from '../../engine/review/serviceReview';
import { type Settlement } from '../../engine/review/statementLevers';
import { type BandRanges } from '../../engine/rules/bandFormulas';
import { volumeFormulas } from '../../engine/rules/volumeFormulas';
import { MONTHS_PER_YEAR } from '../../engine/terms/contract';
import { blanks, formula, type SharedSheetBuilder } from './sharedSheet';
import { MONEY } from './sharedFormats';
import { type TermRefs } from './termsSheet';

/**
 * The commercial levers on the counterparty's statement: each volume term's units (the record of
 * the month) and its charge as a plain formula over the tiers on the Contract sheet, and the
 * gain/pain-share settlement of a contract year that closes this month. The settlement's band split
 * has no plain-formula form here, so it stands as the add-in's value with the inputs it came from.
 * Returns the cell of what the levers add to the invoice, or null when the contract has none.
 */
export function statementLeverRows(
  b: SharedSheetBuilder,
  terms: TermRefs,
  s: PeriodStatement,
  start: string,
): string | null {
  const { contract } = terms;
  const settlement = s.levers.settlement;
  if (s.levers.volume.length === 0 && settlement === null) return null;
  const parts: string[] = [];
  if (s.levers.volume.length > 0) {
    b.add(['Volume pricing', 'Method', 'Units', 'Charge'], [], 'header');
    const first = b.next;
    for (const v of s.levers.volume) {
      const tiers = terms.volumeTiers?.get(v.term.id) as BandRanges;
      const r = b.next;
      b.add(
        [
          `${v.term.name} (per ${v.term.unit})`,
          v.term.method,
          v.units ?? 'not given',
          v.charge === null
            ? 'pending: units not given'
            : formula(volumeFormulas.price(`C${r}`, tiers, v.term.method), v.charge),
        ],
        [null, null, null, MONEY],
      );
    }
    const total = b.add(
      [
        'Volume charges this month',
        ...blanks(2),
        formula(`SUM(D${first}:D${b.next - 1})`, s.levers.volumeCharges),
      ],
      [null, null, null, MONEY],
      'total',
    );
    parts.push(`D${total}`);
  }
  if (settlement !== null && contract.gainShare) {
    b.add([]);
    const cell = settlementRows(b, settlement, start);
    if (cell) parts.push(cell);
  }
  b.add([]);
  const effect = b.add(
    [
      'Commercial levers this month',
      parts.length > 0 ? formula(`SUM(${parts.join(',')})`, s.levers.invoiceEffect) : 0,
    ],
    [null, MONEY],
    'total',
  );
  b.add([]);
  return `B${effect}`;
}

function settlementRows(
  b: SharedSheetBuilder,
  settlement: Settlement,
  start: string,
): string | null {
  const from = periodAfter(start, settlement.year * MONTHS_PER_YEAR);
  if (settlement.kind === 'later') {
    b.add(
      [
        `Gain/pain share: contract year ${settlement.year + 1} (from ${from}) settles in ${periodAfter(start, settlement.closingMonth)}, month ${settlement.closingMonth + 1}.`,
      ],
      [],
      'note',
    );
    return null;
  }
  const to = periodAfter(start, settlement.year * MONTHS_PER_YEAR + settlement.months - 1);
  b.add([`Gain/pain share: contract year ${settlement.year + 1}, ${from} to ${to}`], [], 'header');
  b.add(['Months in this contract year', settlement.months]);
  if (settlement.kind === 'pending') {
    b.add(['Actual cost of this year', 'not given']);
    b.add(['Settlement', 'pending: the year’s actual cost is not given']);
    return null;
  }
  b.add(['Actual cost of this year', settlement.actualCost], [null, MONEY]);
  const amount = b.add(
    [
      'Settlement: + a saving shared (paid to the provider), − an overrun borne (off the invoice)',
      settlement.amount,
    ],
    [null, MONEY],
  );
  b.add(
    [
      'The settlement is the add-in’s value: the gain-share terms on the Contract sheet applied to the year’s actual cost, with target and caps pro rata to the year’s months.',
    ],
    [],
    'note',
  );
  return `B${amount}`;
}
