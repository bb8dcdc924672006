import { checkCorrelations, type LevelCorrelation } from '../../engine/simulation/levelCorrelation';
import { type PerformanceAssumption } from '../../engine/simulation/performanceAssumption';
import { ownEntry } from '../../engine/terms/ownEntry';
import { pairKey } from '../editor/scenarioRiskEdits';

/**
 * Edits of a scenario's correlation pairs as the pane makes them: the pane enters pairs rather
 * than a matrix (a matrix of a dozen service levels does not fit 320 px).
 */

type Level = { readonly id: string };
type NamedLevel = Level & { readonly name: string };

export function withPairRho(
  pairs: readonly LevelCorrelation[],
  index: number,
  rho: number,
): LevelCorrelation[] {
  return pairs.map((p, i) => (i === index ? { ...p, rho } : p));
}

export function withoutPair(pairs: readonly LevelCorrelation[], index: number): LevelCorrelation[] {
  return pairs.filter((_, i) => i !== index);
}

/**
 * The two service levels a new pair starts from: the first two (in the list's order) not yet
 * paired, so "Add" offers something new each time; the first two when every pair is taken.
 */
export function openPair(
  serviceLevels: readonly Level[],
  pairs: readonly LevelCorrelation[],
): { readonly first: string; readonly second: string } | null {
  if (serviceLevels.length < 2) return null;
  const taken = new Set(pairs.map(pairKey));
  for (let i = 0; i < serviceLevels.length; i++)
    for (let j = i + 1; j < serviceLevels.length; j++) {
      const pair = { first: serviceLevels[i].id, second: serviceLevels[j].id };
      if (!taken.has(pairKey(pair))) return pair;
    }
  return { first: serviceLevels[0].id, second: serviceLevels[1].id };
}

/**
 * Whether a service level's draws can be correlated in this scenario: only random kinds are. A
 * constant or a fixed series is the same in every trial, and one without an assumption is not
 * measured, so a pair naming it changes nothing.
 */
export function drawsAtRandom(
  assumptions: Readonly<Record<string, PerformanceAssumption>>,
  id: string,
): boolean {
  const kind = ownEntry(assumptions, id)?.kind;
  return kind === 'normal' || kind === 'triangular' || kind === 'resample';
}

/**
 * The repaired values written into the list as it stands: each pair keeps its place and takes its
 * repaired value (0 where the repair leaves none: a 0 pair and an absent one are the same), and a
 * pair the repair correlates that was not entered comes last. The list does not reorder under the
 * user's eyes.
 */
export function withRepairedValues(
  pairs: readonly LevelCorrelation[],
  repaired: readonly LevelCorrelation[],
): LevelCorrelation[] {
  const value = new Map(repaired.map((p) => [pairKey(p), p.rho]));
  const entered = new Set(pairs.map(pairKey));
  return [
    ...pairs.map((p) => ({ ...p, rho: value.get(pairKey(p)) ?? 0 })),
    ...repaired.filter((p) => !entered.has(pairKey(p))),
  ];
}

/** Pairs (the repair's changes) in the order of the list the user entered; ones not entered last. */
export function inListOrder(
  pairs: readonly LevelCorrelation[],
  changed: readonly LevelCorrelation[],
): LevelCorrelation[] {
  const place = new Map(pairs.map((p, i) => [pairKey(p), i] as const).reverse());
  const at = (p: LevelCorrelation) => place.get(pairKey(p)) ?? pairs.length;
  return [...changed].sort((a, b) => at(a) - at(b));
}

/**
 * The engine's complaint about each pair, so every message shows at the pair it is about: a pair
 * is checked alone (its levels, its range), then with the first pair of the same two levels (given
 * twice). The engine stops at the first wrong pair; a list read from a stored model may have more.
 */
export function pairProblems(
  pairs: readonly LevelCorrelation[],
  serviceLevels: readonly NamedLevel[],
): (string | undefined)[] {
  const first = new Map(pairs.map((p, i) => [pairKey(p), i] as const).reverse());
  return pairs.map((pair, i) => {
    const alone = checkCorrelations([pair], serviceLevels);
    if (!alone.ok) return alone.error.message;
    const earlier = first.get(pairKey(pair)) ?? i;
    if (earlier === i) return undefined;
    const twice = checkCorrelations([pairs[earlier], pair], serviceLevels);
    return twice.ok ? undefined : twice.error.message;
  });
}
