import { cell, type ReviewedTerm } from './reviewedTerm';
import { STATUS_BELOW_MINIMUM, STATUS_MISSED } from '../rules/status';

/**
 * Repeated failure: a service level that missed (or fell below its minimum) in `misses` of the last
 * `periods` months — the usual trigger for escalation, and for termination rights in many
 * contracts. Months not measured do not count as misses.
 */
export interface RepeatedFailureRule {
  readonly misses: number;
  readonly periods: number;
}

export interface FailureCount {
  readonly serviceLevel: number;
  /** Contract months in the look-back that missed, oldest first. */
  readonly missedMonths: readonly number[];
  readonly flagged: boolean;
}

export function ruleProblem(rule: RepeatedFailureRule): string | null {
  if (!Number.isInteger(rule.periods) || rule.periods < 1)
    return 'The look-back must be a whole number of periods ≥ 1';
  if (!Number.isInteger(rule.misses) || rule.misses < 1) return 'Misses must be a whole number ≥ 1';
  if (rule.misses > rule.periods)
    return `${rule.misses} misses cannot happen in ${rule.periods} periods`;
  return null;
}

/** Misses per service level in the `rule.periods` months up to and including contract month `month`. */
export function repeatedFailures(
  term: ReviewedTerm,
  month: number,
  rule: RepeatedFailureRule,
): FailureCount[] {
  const out: FailureCount[] = [];
  const from = Math.max(0, month - rule.periods + 1);
  for (let s = 0; s < term.compiled.slCount; s++) {
    const missedMonths: number[] = [];
    for (let m = from; m <= month; m++) {
      const status = term.detail.status[cell(term, s, m)];
      if (status === STATUS_MISSED || status === STATUS_BELOW_MINIMUM) missedMonths.push(m);
    }
    out.push({ serviceLevel: s, missedMonths, flagged: missedMonths.length >= rule.misses });
  }
  return out;
}
