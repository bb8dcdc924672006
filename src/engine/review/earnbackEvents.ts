import { MONTHS_PER_YEAR } from '../terms/contract';
import { cell, type ReviewedTerm } from './reviewedTerm';
import { STATUS_MET } from '../rules/status';

/**
 * What happened to earlier credits in one month: earned back (due on this month's invoice) or
 * forfeited (they can no longer be earned back). Due amounts are the term evaluator's own
 * (earnback.ts windowEarnback, moneyRules.yearEarnsBack); this only says when each is settled:
 * - "all": a credit is earned back when all `window` following months met; it is forfeited in
 *   the first following month that did not meet (not measured counts as not met);
 * - "prorata": at the window's end, credit × months met / window is due and the rest forfeited;
 * - "annualAverage": at the contract year's end, the year's credits are due when the average
 *   attainment was ≥ 1, otherwise forfeited;
 * - windows that would run past the term are forfeited in the term's last month.
 */
export interface EarnbackEvent {
  readonly serviceLevel: number;
  /** Contract months whose credits this is about (one month, or a contract year's months). */
  readonly creditMonths: readonly number[];
  readonly credit: number;
  /** Earned back (due) or lost (forfeited). */
  readonly amount: number;
}

export interface MonthEarnback {
  readonly due: EarnbackEvent[];
  readonly forfeited: EarnbackEvent[];
}

export function earnbackEvents(term: ReviewedTerm, m: number): MonthEarnback {
  const c = term.compiled;
  const out: MonthEarnback = { due: [], forfeited: [] };
  for (let s = 0; s < c.slCount; s++) {
    if (c.earnbackMode === 'annualAverage') yearEvents(term, s, m, out);
    else if (c.earnbackMode === 'all' || c.earnbackMode === 'prorata')
      windowEvents(term, s, m, out);
  }
  return out;
}

const met = (term: ReviewedTerm, s: number, m: number) =>
  term.detail.status[cell(term, s, m)] === STATUS_MET;

function windowEvents(term: ReviewedTerm, s: number, m: number, out: MonthEarnback): void {
  const { months, earnbackWindow: w, earnbackMode: mode } = term.compiled;
  for (let j = Math.max(0, m - w); j < m; j++) {
    const credit = term.detail.credit[cell(term, s, j)];
    if (credit <= 0) continue;
    const creditMonths = [j];
    const firstMiss = firstMissAt(term, s, j, m);
    if (j + w === m) {
      // The window closes this month.
      const amount = term.detail.earnback[cell(term, s, m)];
      if (amount > 0) out.due.push({ serviceLevel: s, creditMonths, credit, amount });
      const lost = mode === 'prorata' ? credit - amount : firstMiss === m ? credit : 0;
      if (lost > 0) out.forfeited.push({ serviceLevel: s, creditMonths, credit, amount: lost });
    } else if (mode === 'all' && firstMiss === m) {
      out.forfeited.push({ serviceLevel: s, creditMonths, credit, amount: credit });
    } else if (m === months - 1 && (mode === 'prorata' || firstMiss === null)) {
      // The window runs past the term: nothing more can be earned back.
      out.forfeited.push({ serviceLevel: s, creditMonths, credit, amount: credit });
    }
  }
}

/** The first month after j, up to m, that did not meet; null when all met. */
function firstMissAt(term: ReviewedTerm, s: number, j: number, m: number): number | null {
  for (let k = j + 1; k <= m; k++) if (!met(term, s, k)) return k;
  return null;
}

function yearEvents(term: ReviewedTerm, s: number, m: number, out: MonthEarnback): void {
  const months = term.compiled.months;
  if (m % MONTHS_PER_YEAR !== MONTHS_PER_YEAR - 1 && m !== months - 1) return;
  const first = m - (m % MONTHS_PER_YEAR);
  const creditMonths: number[] = [];
  let credit = 0;
  for (let k = first; k <= m; k++) {
    const amount = term.detail.credit[cell(term, s, k)];
    if (amount > 0) creditMonths.push(k);
    credit += amount;
  }
  if (credit <= 0) return;
  const due = term.detail.earnback[cell(term, s, m)];
  if (due > 0) out.due.push({ serviceLevel: s, creditMonths, credit, amount: due });
  else out.forfeited.push({ serviceLevel: s, creditMonths, credit, amount: credit });
}
