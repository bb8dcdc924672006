import { type ActualRecord } from './actuals';
import { type Contract, MONTHS_PER_YEAR } from '../terms/contract';
import { ratchetLevel } from '../rules/ratchet';
import { fail, ok, type Result } from '../rules/result';
import { cell, type ReviewedTerm, reviewTerm } from './reviewedTerm';
import { monthsFrom, periodAfter } from './servicePeriod';
import { meets } from '../rules/status';

/**
 * The continuous-improvement proposal after a contract year: next year's expected levels from the
 * contract's ratchet rule over the year's actuals, and what the new levels would have meant in
 * money under that same year's performance (the year evaluated alone — twelve months, no ratchet —
 * once at this year's levels and once at the proposed ones). Bands on performance stay where they
 * are; the level moves attainment-based bands and the met/missed status (earnback, repeated failure).
 */
export interface LevelProposal {
  readonly serviceLevelId: string;
  readonly name: string;
  readonly current: number;
  readonly proposed: number;
  /** Average of the year's measured months; NaN when none was measured. */
  readonly average: number;
  readonly monthsMeasured: number;
  readonly allMet: boolean;
}

export interface YearMoney {
  readonly credits: number;
  readonly incentives: number;
  readonly earnback: number;
  readonly net: number;
}

export interface AnnualReview {
  /** Contract year, 1-based. */
  readonly year: number;
  readonly fromPeriod: string;
  readonly toPeriod: string;
  readonly proposals: readonly LevelProposal[];
  readonly atCurrentLevels: YearMoney;
  readonly atProposedLevels: YearMoney;
  /** Provider's net at the proposed levels minus at the current ones (negative: the provider earns less). */
  readonly moneyEffect: number;
}

/** Reviews contract year `year` (1-based) of a contract that started at `start`. */
export function annualReview(
  contract: Contract,
  actuals: readonly ActualRecord[],
  start: string,
  year: number,
): Result<AnnualReview> {
  if (contract.ratchet.method === 'none')
    return fail('value', 'The contract has no continuous-improvement (ratchet) rule');
  const first = (year - 1) * MONTHS_PER_YEAR;
  if (!Number.isInteger(year) || year < 1 || first + MONTHS_PER_YEAR > contract.termMonths) {
    return fail(
      'value',
      `Contract year ${year} is not a whole year inside the ${contract.termMonths}-month term`,
    );
  }
  const term = reviewTerm(contract, actuals, start);
  if (!term.ok) return term;
  const proposals = contract.serviceLevels.map((_, s) => proposal(term.value, contract, s, first));
  if (proposals.every((p) => p.monthsMeasured === 0))
    return fail('value', `No actuals in contract year ${year}`);
  const current = yearMoney(
    contract,
    actuals,
    periodAfter(start, first),
    proposals.map((p) => p.current),
  );
  const proposed = yearMoney(
    contract,
    actuals,
    periodAfter(start, first),
    proposals.map((p) => p.proposed),
  );
  if (!current.ok) return current;
  if (!proposed.ok) return proposed;
  return ok({
    year,
    fromPeriod: periodAfter(start, first),
    toPeriod: periodAfter(start, first + MONTHS_PER_YEAR - 1),
    proposals,
    atCurrentLevels: current.value,
    atProposedLevels: proposed.value,
    moneyEffect: proposed.value.net - current.value.net,
  });
}

function proposal(term: ReviewedTerm, contract: Contract, s: number, first: number): LevelProposal {
  const sl = contract.serviceLevels[s];
  const { direction } = sl;
  const c = term.compiled;
  const current = term.detail.expected[cell(term, s, first)];
  const from = cell(term, s, first);
  const to = from + MONTHS_PER_YEAR;
  const rule = {
    method: contract.ratchet.method === 'none' ? 'average' : contract.ratchet.method,
    maxGapShare: contract.ratchet.maxGapShare,
  } as const;
  let sum = 0;
  let count = 0;
  let allMet = true;
  for (let i = from; i < to; i++) {
    const v = term.perf[i];
    if (Number.isNaN(v)) continue;
    sum += v;
    count++;
    if (!meets(v, current, direction === 'higher')) allMet = false;
  }
  return {
    serviceLevelId: sl.id,
    name: sl.name,
    current,
    proposed: ratchetLevel(current, term.perf, from, to, rule, direction, c.perfect[s]),
    average: count > 0 ? sum / count : NaN,
    monthsMeasured: count,
    allMet: count > 0 && allMet,
  };
}

function yearMoney(
  contract: Contract,
  actuals: readonly ActualRecord[],
  yearStart: string,
  levels: readonly number[],
): Result<YearMoney> {
  const year: Contract = {
    ...contract,
    termMonths: MONTHS_PER_YEAR,
    ratchet: { method: 'none', maxGapShare: null },
    serviceLevels: contract.serviceLevels.map((level, s) => ({ ...level, expected: levels[s] })),
  };
  const inYear = actuals.filter((r) => {
    const m = monthsFrom(yearStart, r.period);
    return m !== null && m >= 0 && m < MONTHS_PER_YEAR;
  });
  const term = reviewTerm(year, inYear, yearStart);
  if (!term.ok) return term;
  const { credits, incentives, earnback, net } = term.value.totals;
  return ok({ credits, incentives, earnback, net });
}
