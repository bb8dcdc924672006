import { type StatementReview } from '../../engine/review/serviceReview';
import { periodAfter } from '../../engine/review/servicePeriod';
import { type EarnbackEvent } from '../../engine/review/earnbackEvents';
import { LINE_WIDTHS, monthBlock } from './monthBlock';
import { formula, SharedSheetBuilder, type SharedSheet } from './sharedSheet';
import { statementLeverRows } from './statementLeverShare';
import { MONEY } from './sharedFormats';
import { type TermRefs } from './termsSheet';

/**
 * A month's service statement for the other side: the measured values and this month's levels as
 * the record of the month, every amount a formula over them and the Contract sheet's terms. Earnback
 * due comes from earlier months' credits (listed with the months they came from), as values.
 */
export function statementShare(
  name: string,
  terms: TermRefs,
  review: StatementReview,
  start: string,
): SharedSheet {
  const { contract } = terms;
  const s = review.statement;
  const b = new SharedSheetBuilder(name, LINE_WIDTHS);
  b.add([`Service statement ${s.period}: ${contract.name}`], [], 'title');
  b.add(
    [
      `Contract month ${s.month + 1} of ${contract.termMonths} (from ${start}). Amounts in ${contract.currency}. Measured values and this month's expected levels (after any ratchet) are the record of the month; every amount is a formula.`,
    ],
    [],
    'note',
  );
  b.add([]);
  monthBlock(b, {
    terms,
    statement: s,
    measured: s.lines.map((l) => ({ input: Number.isNaN(l.value) ? null : l.value })),
    expected: s.lines.map((l) => ({ input: l.expected })),
    earnback: (rows) => earnbackRows(rows, terms, review, start),
    levers: (rows) => statementLeverRows(rows, terms, s, start),
  });
  return b.build();
}

function earnbackRows(
  b: SharedSheetBuilder,
  terms: TermRefs,
  review: StatementReview,
  start: string,
): string {
  const { contract } = terms;
  const s = review.statement;
  const describe = (e: EarnbackEvent) =>
    `${contract.serviceLevels[e.serviceLevel].name}: credit of ${e.creditMonths.map((m) => periodAfter(start, m)).join(', ')}`;
  b.add([]);
  b.add(['Earnback: credits of earlier months', 'Credit', 'Due now', 'Forfeited'], [], 'header');
  const first = b.next;
  for (const e of s.earnbackDue)
    b.add([`Due: ${describe(e)}`, e.credit, e.amount], [null, MONEY, MONEY]);
  const last = b.next - 1;
  // A forfeited credit is not money due: its amount stands in a column of its own.
  for (const e of s.earnbackForfeited)
    b.add([`Forfeited: ${describe(e)}`, e.credit, null, e.amount], [null, MONEY, MONEY, MONEY]);
  const total = b.add(
    [
      'Earnback due this month',
      null,
      last >= first ? formula(`SUM(C${first}:C${last})`, s.earnback) : 0,
    ],
    [null, null, MONEY],
    'total',
  );
  b.add([]);
  return `C${total}`;
}
