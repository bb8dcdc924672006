import { type LevelCorrelation } from '../../engine/simulation/levelCorrelation';
import { type PerformanceAssumption } from '../../engine/simulation/performanceAssumption';
import { ownEntry } from '../../engine/terms/ownEntry';
import { pairKey } from '../editor/scenarioRiskEdits';

/**
 * Edits of a scenario's correlation pairs as the pane makes them: the pane enters pairs rather
 * than a matrix (a matrix of a dozen service levels does not fit 320 px).
 */

type Level = { readonly id: string };

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
