import { type PerformanceAssumption } from '../../engine/simulation/performanceAssumption';
import { type Scenario } from '../../engine/simulation/scenario';
import { type VolumePricingTerm } from '../../engine/terms/contract';
import { type OutcomeModel } from '../../engine/terms/outcomeModel';
import { withEntry } from '../../engine/terms/ownEntry';
import { type NegotiationAction, type NegotiationState } from '../editor/negotiationReducer';

/**
 * The volume terms a scenario assumes units for: the contract's, then any a proposal adds, each id
 * once (a proposal that follows the contract shares its terms, and so its units).
 */
export function modelVolumeTerms(model: OutcomeModel): VolumePricingTerm[] {
  const seen = new Map<string, VolumePricingTerm>();
  for (const c of [model.contract, ...(model.proposals ?? []).map((p) => p.contract)])
    for (const term of c.volumePricing ?? []) if (!seen.has(term.id)) seen.set(term.id, term);
  return [...seen.values()];
}

/** Null removes the assumption: no units of that outcome (nothing charged) in the scenario. */
function withVolume(
  scenario: Scenario,
  termId: string,
  assumption: PerformanceAssumption | null,
): Scenario {
  const volumes =
    assumption === null
      ? Object.fromEntries(Object.entries(scenario.volumes ?? {}).filter(([id]) => id !== termId))
      : withEntry(scenario.volumes ?? {}, termId, assumption);
  // Undefined counts as absent once stored (see sameData.ts): no empty record left behind.
  return { ...scenario, volumes: Object.keys(volumes).length > 0 ? volumes : undefined };
}

/**
 * Setting a scenario's units of one volume term. The negotiation reducer has no action of its own
 * for it, so the edit is the scenarios with this one changed, proposals and selection kept.
 */
export function setVolumeAction(
  state: Pick<NegotiationState, 'scenarios' | 'proposals'>,
  scenarioId: string,
  termId: string,
  assumption: PerformanceAssumption | null,
): NegotiationAction {
  const scenarios = state.scenarios.map((s) =>
    s.id === scenarioId ? withVolume(s, termId, assumption) : s,
  );
  return { type: 'replaceNegotiation', scenarios, proposals: state.proposals };
}
