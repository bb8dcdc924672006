import { type BadMonth } from '../../engine/simulation/badMonth';
import { type LevelCorrelation, pairKey } from '../../engine/simulation/levelCorrelation';
import { type Scenario } from '../../engine/simulation/scenario';

/**
 * A scenario's risk shared between service levels: the correlations between them and the "bad
 * month" common shock. Empty or switched off is stored as absent (undefined counts as absent once
 * stored, see sameData.ts), so a scenario without them is stored as before.
 */

/** A pair's key whatever the order of its two service levels. */
export { pairKey };

export function withCorrelations(
  scenario: Scenario,
  correlations: readonly LevelCorrelation[],
): Scenario {
  return { ...scenario, correlations: correlations.length > 0 ? correlations : undefined };
}

export function withBadMonth(scenario: Scenario, badMonth: BadMonth | null): Scenario {
  return { ...scenario, badMonth: badMonth ?? undefined };
}

/** The reducer's edit of a scenario for either action. */
export function withRisk(
  action:
    | { readonly type: 'setCorrelations'; readonly correlations: readonly LevelCorrelation[] }
    | { readonly type: 'setBadMonth'; readonly badMonth: BadMonth | null },
): (scenario: Scenario) => Scenario {
  return (scenario) =>
    action.type === 'setCorrelations'
      ? withCorrelations(scenario, action.correlations)
      : withBadMonth(scenario, action.badMonth);
}

/**
 * The scenario without the pairs and drops of service levels the model no longer has (deleted,
 * or given another id), so a stored model never names a missing one. The same object when nothing
 * is dropped: the model's identity tells the Compare tab a run is stale.
 */
export function withoutMissingLevels(scenario: Scenario, known: ReadonlySet<string>): Scenario {
  const pairs = scenario.correlations;
  const keptPairs = pairs?.filter((p) => known.has(p.first) && known.has(p.second));
  const drops = scenario.badMonth ? Object.entries(scenario.badMonth.drops) : [];
  const keptDrops = drops.filter(([id]) => known.has(id));
  const pairsGone = pairs !== undefined && keptPairs?.length !== pairs.length;
  const dropsGone = keptDrops.length !== drops.length;
  if (!pairsGone && !dropsGone) return scenario;
  let next = scenario;
  if (pairsGone) next = withCorrelations(next, keptPairs ?? []);
  // Entries, never assignment: ids are user data ("__proto__").
  if (dropsGone && next.badMonth)
    next = withBadMonth(next, { ...next.badMonth, drops: Object.fromEntries(keptDrops) });
  return next;
}

/** Every scenario without what names a missing service level; the same list when none changes. */
export function scenariosWithKnownLevels(
  scenarios: readonly Scenario[],
  contracts: readonly { readonly serviceLevels: readonly { readonly id: string }[] }[],
): readonly Scenario[] {
  const known = new Set(contracts.flatMap((c) => c.serviceLevels.map((sl) => sl.id)));
  const next = scenarios.map((s) => withoutMissingLevels(s, known));
  return next.every((s, i) => s === scenarios[i]) ? scenarios : next;
}
