import { DomainFailure } from './result';

/**
 * Detects a percentage compared with a fraction (99.5 against 0.995), which would otherwise give a
 * silently wrong answer. Flags pairs whose magnitudes differ by roughly a factor of 100 with one
 * side at or below 1 and the other between 1 and 100: the signature of the two conventions mixed.
 */
export function isScaleMix(a: number, b: number): boolean {
  const x = Math.abs(a);
  const y = Math.abs(b);
  // Both above 1, both at most 1, or a zero: one scale. Decides nearly every pair a sheet holds
  // (99.2 against 99.5, or against a band starting at 0) in a few comparisons, small enough for
  // hot loops to take in whole.
  return x > 1 !== y > 1 && x !== 0 && y !== 0 && magnitudesMix(x, y);
}

/** The rest of isScaleMix, for magnitudes on either side of 1. */
function magnitudesMix(x: number, y: number): boolean {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  const small = Math.min(x, y);
  const large = Math.max(x, y);
  if (small > 1 || large <= 1 || large > 100) return false;
  const ratio = large / small;
  return ratio >= 50 && ratio <= 200;
}

/**
 * The message for `a` and `b` when they mix the conventions, else null (built only then). A value,
 * not an exception: a million mixed cells must not mean a million thrown errors, each capturing a
 * stack (seconds for a 1,000 × 1,000 range).
 */
export function scaleMixMessage(a: number, b: number, what: string): string | null {
  if (!isScaleMix(a, b)) return null;
  return `${what}: ${a} and ${b} mix a percentage with a fraction; enter both as percentages (99.5) or both as fractions (0.995)`;
}

export function assertSameScale(a: number, b: number, what: string): void {
  const message = scaleMixMessage(a, b, what);
  if (message !== null) throw new DomainFailure({ code: 'value', message });
}
