import { type ActualRecord } from './actuals';
import { type Contract, MONTHS_PER_YEAR } from '../terms/contract';
import { earnbackEvents, type EarnbackEvent } from './earnbackEvents';
import { payoutBeforeCaps } from '../rules/moneyRules';
import { fail, ok, type Result } from '../rules/result';
import {
  type FailureCount,
  repeatedFailures,
  type RepeatedFailureRule,
  ruleProblem,
} from './repeatedFailures';
import { cell, type ReviewedTerm, reviewTerm } from './reviewedTerm';
import { monthsFrom } from './servicePeriod';
import {
  compileLevers,
  inputsProblem,
  NO_STATEMENT_INPUTS,
  type StatementInputs,
  type StatementLevers,
  statementLevers,
} from './statementLevers';
import { STATUS_NOT_MEASURED, type StatusCode } from '../rules/status';

/**
 * The month's service-review statement: per service level what was measured and what it costs or
 * earns, then the caps, earnback and the invoice adjustment. Every amount comes from the term
 * evaluator run over the actuals from the contract's first month to this one, so a statement
 * agrees with the annual totals, the pane and the simulation. Amounts are unrounded.
 */
export interface StatementLine {
  readonly serviceLevelId: string;
  readonly name: string;
  readonly critical: boolean;
  /** Measured value after exclusions; NaN when not measured. */
  readonly value: number;
  /** Expected level this month (after any ratchet). */
  readonly expected: number;
  readonly minimum: number | null;
  readonly status: StatusCode;
  readonly attainment: number;
  /** Band rate (0 for key measurements, NaN when not measured). */
  readonly rate: number;
  /** rate × allocation × at-risk amount, before the caps (0 when not measured or not critical). */
  readonly payoutBeforeCaps: number;
  /** After the at-risk cap. */
  readonly credit: number;
  /** After the incentive caps. */
  readonly incentive: number;
}

export interface PeriodStatement {
  readonly period: string;
  /** Contract month (0 = the start period). */
  readonly month: number;
  readonly lines: readonly StatementLine[];
  readonly atRisk: number;
  readonly creditsBeforeCap: number;
  readonly credits: number;
  /** Credits reached the at-risk amount and were scaled down pro rata. */
  readonly capHit: boolean;
  readonly incentivesBeforeCap: number;
  readonly incentives: number;
  /** Incentives paid in the contract year before this month (against the annual cap). */
  readonly incentivesEarlierThisYear: number;
  /** The most this month's incentives could be: min(monthly cap, annual cap − earlier); Infinity = uncapped. */
  readonly incentiveRoom: number;
  readonly earnbackDue: readonly EarnbackEvent[];
  readonly earnbackForfeited: readonly EarnbackEvent[];
  readonly earnback: number;
  /** Volume charges and the gain/pain-share settlement (statementLevers.ts). */
  readonly levers: StatementLevers;
  /**
   * What the invoice changes by, provider's view: incentives − credits + earnback + volume charges
   * + the settled gain/pain share (+ a saving shared, − an overrun borne).
   */
  readonly invoiceAdjustment: number;
}

/** The contract month of `period`, or why it has none. */
function contractMonth(contract: Contract, start: string, period: string): Result<number> {
  const month = monthsFrom(start, period);
  if (month === null) return fail('value', `"${period}" is not a period (YYYY-MM)`);
  if (month < 0 || month >= contract.termMonths) {
    return fail(
      'value',
      `${period} is outside the contract term (${contract.termMonths} months from ${start})`,
    );
  }
  return ok(month);
}

export function periodStatement(
  contract: Contract,
  actuals: readonly ActualRecord[],
  start: string,
  period: string,
  inputs: StatementInputs = NO_STATEMENT_INPUTS,
): Result<PeriodStatement> {
  const review = reviewPeriod(contract, actuals, start, period, null, inputs);
  return review.ok ? ok(review.value.statement) : review;
}

/** A period's statement with the repeated-failure watch under `rule` (none when null). */
export interface StatementReview {
  readonly statement: PeriodStatement;
  readonly failures: readonly FailureCount[];
}

export function reviewPeriod(
  contract: Contract,
  actuals: readonly ActualRecord[],
  start: string,
  period: string,
  rule: RepeatedFailureRule | null,
  inputs: StatementInputs = NO_STATEMENT_INPUTS,
): Result<StatementReview> {
  const problem = (rule === null ? null : ruleProblem(rule)) ?? inputsProblem(contract, inputs);
  if (problem) return fail('value', problem);
  const month = contractMonth(contract, start, period);
  if (!month.ok) return month;
  const term = reviewTerm(contract, actuals, start);
  if (!term.ok) return term;
  const compiled = compileLevers(contract);
  if (!compiled.ok) return compiled;
  const levers = statementLevers(compiled.value, contract.termMonths, month.value, inputs);
  return ok({
    statement: statementOf(term.value, contract, period, month.value, levers),
    failures: rule === null ? [] : repeatedFailures(term.value, month.value, rule),
  });
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export function statementOf(
  term: ReviewedTerm,
  contract: Contract,
  period: string,
  month: number,
  levers: StatementLevers,
): PeriodStatement {
  const c = term.compiled;
  const d = term.detail;
  const lines = contract.serviceLevels.map((sl, s): StatementLine => {
    const i = cell(term, s, month);
    const measured = d.status[i] !== STATUS_NOT_MEASURED;
    return {
      serviceLevelId: sl.id,
      name: sl.name,
      critical: sl.critical,
      value: term.perf[i],
      expected: d.expected[i],
      minimum: sl.minimum,
      status: d.status[i] as StatusCode,
      attainment: d.attainment[i],
      rate: d.rate[i],
      payoutBeforeCaps:
        measured && sl.critical ? payoutBeforeCaps(d.rate[i], c.allocatedAmount[s]) : 0,
      credit: d.credit[i],
      incentive: d.incentive[i],
    };
  });
  const yearStart = month - (month % MONTHS_PER_YEAR);
  let earlier = 0;
  for (let m = yearStart; m < month; m++)
    for (let s = 0; s < c.slCount; s++) earlier += d.incentive[cell(term, s, m)];
  const events = earnbackEvents(term, month);
  const credits = sum(lines.map((l) => l.credit));
  const incentives = sum(lines.map((l) => l.incentive));
  const earnback = sum(events.due.map((e) => e.amount));
  return {
    period,
    month,
    lines,
    atRisk: c.atRisk,
    creditsBeforeCap: sum(lines.map((l) => Math.max(0, -l.payoutBeforeCaps))),
    credits,
    capHit: d.capHit[month] === 1,
    incentivesBeforeCap: sum(lines.map((l) => Math.max(0, l.payoutBeforeCaps))),
    incentives,
    incentivesEarlierThisYear: earlier,
    incentiveRoom: Math.max(0, Math.min(c.incentiveCapMonthly, c.incentiveCapAnnual - earlier)),
    earnbackDue: events.due,
    earnbackForfeited: events.forfeited,
    earnback,
    levers,
    invoiceAdjustment: incentives - credits + earnback + levers.invoiceEffect,
  };
}
