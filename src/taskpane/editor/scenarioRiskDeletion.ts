import { type Scenario } from '../../engine/simulation/scenario';
import { type Deletion } from './deletionUndo';
import { type NegotiationAction } from './negotiationReducer';
import { pairKey } from './scenarioRiskEdits';

const quoted = (name: string) => `“${name.trim() || '(unnamed)'}”`;

/**
 * The undo of a scenario edit that takes away correlations (a pair removed, or the pairs entered
 * replaced by the nearest valid set) or the bad month (switched off): the scenario's earlier list
 * or bad month back. Null for edits that take nothing.
 */
export function scenarioRiskDeletion(
  scenarios: readonly Scenario[],
  action: Extract<NegotiationAction, { type: 'setCorrelations' | 'setBadMonth' }>,
): Deletion<NegotiationAction> | null {
  const scenario = scenarios.find((s) => s.id === action.scenarioId);
  if (!scenario) return null;
  const of = `scenario ${quoted(scenario.name)}`;
  if (action.type === 'setBadMonth')
    return scenario.badMonth && action.badMonth === null
      ? {
          label: `Turned off the bad month of ${of}`,
          undo: { type: 'setBadMonth', scenarioId: scenario.id, badMonth: scenario.badMonth },
        }
      : null;
  const before = scenario.correlations ?? [];
  if (action.repair)
    return {
      label: `Replaced the correlations of ${of} with values that can all hold`,
      undo: { type: 'setCorrelations', scenarioId: scenario.id, correlations: before },
    };
  const kept = new Set(action.correlations.map(pairKey));
  const removed = before.filter((p) => !kept.has(pairKey(p))).length;
  if (removed === 0) return null;
  return {
    label: `Removed ${removed === 1 ? 'a correlation' : `${removed} correlations`} from ${of}`,
    undo: { type: 'setCorrelations', scenarioId: scenario.id, correlations: before },
  };
}
