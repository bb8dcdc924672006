import { type PerformanceAssumption } from '../../engine/simulation/performanceAssumption';
import { type Scenario } from '../../engine/simulation/scenario';
import { type OutcomeModel } from '../../engine/terms/outcomeModel';
import { type NegotiationAction, type NegotiationState } from '../editor/negotiationReducer';

/**
 * Setting a scenario's actual-cost assumption. The negotiation reducer has no action of its own
 * for it, so the edit is the scenarios with this one changed, proposals and selection kept.
 */
export function setActualCostAction(
  state: Pick<NegotiationState, 'scenarios' | 'proposals'>,
  scenarioId: string,
  assumption: PerformanceAssumption | null,
): NegotiationAction {
  const scenarios = state.scenarios.map((s) =>
    s.id === scenarioId ? withActualCost(s, assumption) : s,
  );
  return { type: 'replaceNegotiation', scenarios, proposals: state.proposals };
}

/** Null removes the assumption: costs are on target in that scenario. */
function withActualCost(scenario: Scenario, assumption: PerformanceAssumption | null): Scenario {
  // Undefined counts as absent once stored (see sameData.ts).
  return { ...scenario, actualCostAnnual: assumption ?? undefined };
}

/**
 * The target the simulation compares the actual cost with: the first contract (the current one,
 * then the proposals) with a gain/pain share; null when none has one and the cost is not used.
 */
export function gainShareTarget(
  model: OutcomeModel,
): { readonly targetCostAnnual: number; readonly currency: string } | null {
  const contracts = [model.contract, ...(model.proposals ?? []).map((p) => p.contract)];
  const withShare = contracts.find((c) => c.gainShare !== undefined);
  return withShare?.gainShare
    ? { targetCostAnnual: withShare.gainShare.targetCostAnnual, currency: withShare.currency }
    : null;
}
