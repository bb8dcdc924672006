import { type BandTable, stepRate } from './bands';
import { fail, ok, type Result } from './result';

/**
 * Gain share / pain share against a target cost. Share bands are keyed by the lower bound of the
 * ratio actual/target and give the provider's share; the difference is split band by band over
 * the ratio interval between 1 and actual/target.
 */
export interface GainShareCaps {
  /** Most the provider can lose (positive amount); null = uncapped. */
  readonly painCap: number | null;
  /** Most the provider can gain (positive amount); null = uncapped. */
  readonly gainCap: number | null;
}

/** The provider's adjustment: positive for its share of an underrun, negative for its share of an overrun. */
export function gainShare(
  actualCost: number,
  targetCost: number,
  shares: BandTable,
  caps: GainShareCaps,
): Result<number> {
  if (!(targetCost > 0)) return fail('value', `targetCost must be positive, not ${targetCost}`);
  if (actualCost < 0) return fail('value', `actualCost must not be negative, not ${actualCost}`);
  if (!Number.isFinite(actualCost) || !Number.isFinite(targetCost)) {
    return fail('value', `costs must be finite numbers, not ${actualCost} and ${targetCost}`);
  }
  if (caps.painCap !== null && !(caps.painCap >= 0))
    return fail('value', 'painCap must not be negative');
  if (caps.gainCap !== null && !(caps.gainCap >= 0))
    return fail('value', 'gainCap must not be negative');
  return ok(
    gainShareAmount(
      actualCost,
      targetCost,
      shares,
      caps.painCap ?? Infinity,
      caps.gainCap ?? Infinity,
    ),
  );
}

/**
 * The same adjustment for inputs already validated, without allocating (the simulation calls it
 * for every contract year of every trial). Caps are positive amounts, Infinity = uncapped.
 */
export function gainShareAmount(
  actualCost: number,
  targetCost: number,
  shares: BandTable,
  painCap: number,
  gainCap: number,
): number {
  const ratio = actualCost / targetCost;
  const lo = Math.min(ratio, 1);
  const hi = Math.max(ratio, 1);
  const bounds = shares.bounds;
  let shared = 0;
  let a = lo;
  for (let i = 0; i < bounds.length; i++) {
    const bound = bounds[i];
    if (bound > lo && bound < hi) {
      shared += stepRate(shares, (a + bound) / 2) * (bound - a);
      a = bound;
    }
  }
  shared += stepRate(shares, (a + hi) / 2) * (hi - a);
  const amount = shared * targetCost;
  return ratio > 1 ? -Math.min(amount, painCap) : Math.min(amount, gainCap);
}
