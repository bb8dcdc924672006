import { type ActualRecord } from '../../engine/review/actuals';
import { monthsFrom } from '../../engine/review/servicePeriod';
import { type OutcomeModel } from '../../engine/terms/outcomeModel';
import { modelProposals } from '../../engine/terms/proposal';

/**
 * What the user chose to send the other side. The contract's terms always go; everything else only
 * when chosen. Ids name the model's proposals (the contract itself is CURRENT_CONTRACT_ID) and scenarios.
 */
export interface ShareChoice {
  /** The Money view: one failure, worst and best month and year per service level. */
  readonly money: boolean;
  /** A month's statement ("YYYY-MM"), or none. */
  readonly statementPeriod: string | null;
  /** The proposals to set side by side; none = no comparison. */
  readonly proposalIds: readonly string[];
  /** Scenarios whose mean month the comparison prices (only with a comparison). */
  readonly scenarioIds: readonly string[];
}

export const NOTHING_CHOSEN: ShareChoice = {
  money: false,
  statementPeriod: null,
  proposalIds: [],
  scenarioIds: [],
};

/** The months a statement can be shared for: periods with actuals inside the contract term. */
export function statementPeriods(
  model: OutcomeModel,
  actuals: readonly ActualRecord[],
  start: string | null,
): string[] {
  if (start === null) return [];
  const term = model.contract.termMonths;
  const periods = new Set<string>();
  for (const a of actuals) {
    const m = monthsFrom(start, a.period);
    if (m !== null && m >= 0 && m < term) periods.add(a.period);
  }
  return [...periods].sort();
}

/** The choice with anything the model no longer has dropped (a proposal deleted since it was ticked). */
export function currentChoice(
  model: OutcomeModel,
  choice: ShareChoice,
  periods: readonly string[],
): ShareChoice {
  const proposals = new Set(modelProposals(model).map((p) => p.id));
  const scenarios = new Set((model.scenarios ?? []).map((s) => s.id));
  const proposalIds = choice.proposalIds.filter((id) => proposals.has(id));
  return {
    money: choice.money,
    statementPeriod:
      choice.statementPeriod !== null && periods.includes(choice.statementPeriod)
        ? choice.statementPeriod
        : null,
    proposalIds,
    scenarioIds:
      proposalIds.length === 0 ? [] : choice.scenarioIds.filter((id) => scenarios.has(id)),
  };
}
