import { standardNormal, wedgeOrTail, ZIGGURAT_KN, ZIGGURAT_WN } from './ziggurat';

/**
 * Seeded random numbers for the simulation.
 *
 * Generator: sfc32 (Chris Doty-Humphrey's Small Fast Chaotic generator, 128-bit state with a
 * 32-bit counter). It passes PractRand and BigCrush, needs only 32-bit integer arithmetic (fast in
 * JavaScript, where 64-bit generators need BigInt or emulation), and its counter guarantees a
 * period of at least 2^32 per stream — far beyond the ~10^3 numbers one stream draws.
 *
 * Streams: every (seed, trial, stream) triple gets its own independent stream, derived by hashing,
 * so a trial's numbers do not depend on which trials ran before it (a run split across workers is
 * bit-identical to a single run), and every service level draws from its own stream (changing one
 * SL's assumption leaves every other SL's path untouched: common random numbers).
 */

/** Largest seed accepted: seeds are whole numbers below 2^53 so they survive JSON and Excel. */
export const MAX_SEED = Number.MAX_SAFE_INTEGER;

// Module-level aliases: inside a vm sandbox (Jest) every global lookup such as `Math` is slow.
const { abs, floor, imul } = Math;

const TWO_POW_32 = 4294967296;
const GOLDEN = 0x9e3779b9;

/** "triple32"-style avalanche hash (Wellons' hash prospector): a bijection on 32-bit integers. */
export function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 17;
  h = imul(h, 0xed5ad4bb);
  h ^= h >>> 11;
  h = imul(h, 0xac4c1b51);
  h ^= h >>> 15;
  h = imul(h, 0x31848bab);
  h ^= h >>> 14;
  return h | 0;
}

export class RandomStream {
  /** sfc32 state a, b, c and counter d; a typed array keeps them unboxed 32-bit integers. */
  private readonly state = new Int32Array(4);
  private readonly seedLo: number;
  private readonly seedHi: number;
  private trial = -1;
  private trialKey = 0;

  /** `seed` is a whole number in [0, 2^53); its low and high 32-bit halves both feed every stream. */
  constructor(seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
      throw new RangeError(`seed must be a whole number from 0 to ${MAX_SEED}, not ${seed}`);
    }
    this.seedLo = mix32((seed % TWO_POW_32) ^ 0x243f6a88);
    this.seedHi = mix32(floor(seed / TWO_POW_32) ^ 0x85a308d3);
    this.select(0, 0);
  }

  /**
   * Positions the generator at the start of stream (trial, stream). The state words are injective
   * in (trial, stream) for a given seed (mix32 is a bijection), so distinct streams never share a
   * starting state; 12 discarded outputs decorrelate neighbouring streams as sfc32's author advises.
   */
  select(trial: number, stream: number): void {
    if (trial !== this.trial) {
      this.trial = trial;
      this.trialKey = mix32(this.seedLo ^ mix32(trial + GOLDEN));
    }
    const a = this.trialKey;
    const b = mix32(this.seedHi ^ mix32(stream ^ 0x13198a2e));
    const s = this.state;
    s[0] = a;
    s[1] = b;
    s[2] = mix32((a + imul(b, GOLDEN)) ^ 0x03707344);
    s[3] = 1;
    this.discard(12);
  }

  /** Advances n steps with the state in locals (an out-of-line nextInt32 call would box its result). */
  private discard(n: number): void {
    const s = this.state;
    let a = s[0];
    let b = s[1];
    let c = s[2];
    let d = s[3];
    for (let k = 0; k < n; k++) {
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
    }
    s[0] = a;
    s[1] = b;
    s[2] = c;
    s[3] = d;
  }

  /** Next output as a signed 32-bit integer (sfc32 step). */
  nextInt32(): number {
    const s = this.state;
    const a = s[0];
    const b = s[1];
    const c = s[2];
    const d = s[3];
    const t = (((a + b) | 0) + d) | 0;
    s[3] = (d + 1) | 0;
    s[0] = b ^ (b >>> 9);
    s[1] = (c + (c << 3)) | 0;
    s[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    return t;
  }

  /** Uniform on the open interval (0, 1) with 2^-32 resolution; never 0, so log(u) is finite. */
  nextUniform(): number {
    return ((this.nextInt32() >>> 0) + 0.5) / TWO_POW_32;
  }

  /** Uniform whole number in [0, n) for n < 2^21 (bias below n / 2^32, negligible). */
  nextIndex(n: number): number {
    return floor(((this.nextInt32() >>> 0) * n) / TWO_POW_32);
  }

  /** Standard normal deviate (ziggurat). */
  nextNormal(): number {
    return standardNormal(this);
  }

  /**
   * Writes `count` standard normal deviates to out[from…]: the same numbers as `count` calls of
   * nextNormal, with the generator state held in locals (the simulation's hottest loop).
   */
  fillNormal(out: Float64Array, from: number, count: number): void {
    const s = this.state;
    const kn = ZIGGURAT_KN;
    const wn = ZIGGURAT_WN;
    let a = s[0];
    let b = s[1];
    let c = s[2];
    let d = s[3];
    const end = from + count;
    for (let k = from; k < end; k++) {
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
      const i = t & 127;
      const j = t >> 7;
      if (abs(j) < kn[i]) {
        out[k] = j * wn[i];
      } else {
        s[0] = a;
        s[1] = b;
        s[2] = c;
        s[3] = d;
        wedgeOrTail(this, i, j, out, k);
        a = s[0];
        b = s[1];
        c = s[2];
        d = s[3];
      }
    }
    s[0] = a;
    s[1] = b;
    s[2] = c;
    s[3] = d;
  }
}
