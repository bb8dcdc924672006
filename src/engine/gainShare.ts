import { BandTable, stepRate } from './bands';
import { fail, ok, Result } from './result';

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
export function gainShare(actualCost: number, targetCost: number, shares: BandTable, caps: GainShareCaps): Result<number> {
  if (!(targetCost > 0)) return fail('value', `targetCost must be positive, not ${targetCost}`);
  if (actualCost < 0) return fail('value', `actualCost must not be negative, not ${actualCost}`);
  if (!Number.isFinite(actualCost) || !Number.isFinite(targetCost)) {
    return fail('value', `costs must be finite numbers, not ${actualCost} and ${targetCost}`);
  }
  if (caps.painCap !== null && !(caps.painCap >= 0)) return fail('value', 'painCap must not be negative');
  if (caps.gainCap !== null && !(caps.gainCap >= 0)) return fail('value', 'gainCap must not be negative');
  const ratio = actualCost / targetCost;
  const lo = Math.min(ratio, 1);
  const hi = Math.max(ratio, 1);
  let shared = 0;
  let a = lo;
  for (const bound of [...shares.bounds.filter((b) => b > lo && b < hi), hi]) {
    shared += stepRate(shares, (a + bound) / 2) * (bound - a);
    a = bound;
  }
  const amount = shared * targetCost;
  if (ratio > 1) return ok(-(caps.painCap === null ? amount : Math.min(amount, caps.painCap)));
  return ok(caps.gainCap === null ? amount : Math.min(amount, caps.gainCap));
}
