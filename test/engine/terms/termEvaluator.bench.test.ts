/**
 * The docs/benchmark-model.md reference contract, configured with the general engine (contract → compile →
 * evaluateTerm), checked against (1) a hand computation for the all-at-mean path and (2) an
 * independent spreadsheet-style oracle written from the docs/benchmark-model.md text, on deterministic
 * and seeded-random performance paths.
 */
import { compileContract } from '../../../src/engine/terms/compiledContract';
import { type Contract, type ServiceLevel } from '../../../src/engine/terms/contract';
import { contractIssues } from '../../../src/engine/terms/contractValidation';
import { unwrap } from '../../../src/engine/rules/result';
import {
  createDetail,
  createWorkspace,
  evaluateTerm,
} from '../../../src/engine/terms/termEvaluator';

const SLS = 20;
const MONTHS = 36;

// ---- the spec, transcribed from docs/benchmark-model.md -------------------------------------------------
const isHigher = (s: number) => s % 3 !== 0;
const expectedOf = (s: number) => (isHigher(s) ? 0.99 : 4.0);
const meanOf = (s: number) => (isHigher(s) ? 0.992 - 0.0005 * (s % 5) : 3.8 + 0.05 * (s % 4));
const sdOf = (s: number) => (isHigher(s) ? 0.006 : 0.35);
const allocationOf = (s: number) => (2.0 / 20) * (1 + (0.5 * ((s % 4) - 1.5)) / 1.5);
const RHO = 0.3;

// ---- the contract, as a user would configure it --------------------------------------------------
const benchContract: Contract = {
  name: 'Bench reference',
  currency: 'USD',
  monthlyCharges: 1_000_000,
  atRiskShare: 0.12,
  poolShare: 2.0,
  incentiveCapMonthlyShare: 0.05,
  incentiveCapAnnualShare: null,
  earnback: { mode: 'annualAverage', window: 0 },
  ratchet: { method: 'none', maxGapShare: null },
  termMonths: MONTHS,
  serviceLevels: Array.from({ length: SLS }, (_, s): ServiceLevel => ({
    id: `sl${s}`,
    name: `Service level ${s}`,
    unit: isHigher(s) ? 'fraction' : 'h',
    direction: isHigher(s) ? 'higher' : 'lower',
    expected: expectedOf(s),
    minimum: null,
    allocation: allocationOf(s),
    critical: true,
    bands: {
      basis: 'attainment',
      method: 'step',
      rows: [
        { bound: -1e9, rate: -1.0 }, // −∞
        { bound: 0.97, rate: -0.5 },
        { bound: 0.985, rate: -0.25 },
        { bound: 1.0, rate: 0 },
        { bound: 1.01, rate: 0.1 },
      ],
    },
  })),
};

// ---- oracle: a plain month-by-month loop from the docs/benchmark-model.md text -----------------------------
interface OracleResult {
  credits: number;
  incentives: number;
  earnback: number;
  net: number;
  capHitMonths: number;
}

/** perf[s][m]. */
function oracle(perf: number[][]): OracleResult {
  const atRisk = 1_000_000 * 0.12; // 120,000
  const incentiveCap = 1_000_000 * 0.05; // 50,000
  // "Threshold comparisons must not flip on binary floating-point noise" (docs/domain.md)
  const reaches = (x: number, bound: number) => x >= bound - 1e-9;
  const factor = (att: number) => {
    if (reaches(att, 1.01)) return 0.1;
    if (reaches(att, 1.0)) return 0;
    if (reaches(att, 0.985)) return -0.25;
    if (reaches(att, 0.97)) return -0.5;
    return -1.0;
  };
  let credits = 0;
  let incentives = 0;
  let earnback = 0;
  let capHitMonths = 0;
  for (let year = 0; year < 3; year++) {
    const creditsThisYear: number[] = new Array(SLS).fill(0);
    const attainmentSum: number[] = new Array(SLS).fill(0);
    for (let month = year * 12; month < year * 12 + 12; month++) {
      const monthCredit: number[] = [];
      const monthIncentive: number[] = [];
      for (let s = 0; s < SLS; s++) {
        const p = perf[s][month];
        const att = isHigher(s) ? p / expectedOf(s) : expectedOf(s) / p;
        attainmentSum[s] += att;
        const amount = factor(att) * atRisk * allocationOf(s);
        monthCredit.push(amount < 0 ? -amount : 0);
        monthIncentive.push(amount > 0 ? amount : 0);
      }
      let creditTotal = monthCredit.reduce((a, b) => a + b, 0);
      if (creditTotal >= atRisk - 1e-6) capHitMonths++;
      if (creditTotal > atRisk) {
        for (let s = 0; s < SLS; s++) monthCredit[s] *= atRisk / creditTotal;
        creditTotal = atRisk;
      }
      const incentiveTotal = Math.min(
        monthIncentive.reduce((a, b) => a + b, 0),
        incentiveCap,
      );
      for (let s = 0; s < SLS; s++) creditsThisYear[s] += monthCredit[s];
      credits += creditTotal;
      incentives += incentiveTotal;
    }
    for (let s = 0; s < SLS; s++) {
      if (attainmentSum[s] / 12 >= 1.0 - 1e-9) earnback += creditsThisYear[s];
    }
  }
  return { credits, incentives, earnback, net: incentives - credits + earnback, capHitMonths };
}

// ---- helpers ------------------------------------------------------------------------------------
const compiled = unwrap(compileContract(benchContract));

function engine(perf: number[][]): OracleResult {
  const flat = new Float64Array(SLS * MONTHS);
  perf.forEach((row, s) => flat.set(row, s * MONTHS));
  return { ...evaluateTerm(compiled, flat, createWorkspace(compiled)) };
}

const constantPath = (value: (s: number) => number) =>
  Array.from({ length: SLS }, (_, s) => new Array<number>(MONTHS).fill(value(s)));

/** mulberry32: a small seeded PRNG so the random paths are the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(rand: () => number): () => number {
  return () => {
    let u = 0;
    while (u === 0) u = rand();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
  };
}

/** AR(1) per SL from the mean, as docs/benchmark-model.md describes. */
function ar1Path(z: () => number): number[][] {
  return Array.from({ length: SLS }, (_, s) => {
    const mean = meanOf(s);
    const sd = sdOf(s);
    const row: number[] = [];
    let prev = mean;
    for (let m = 0; m < MONTHS; m++) {
      const p = mean + RHO * (prev - mean) + sd * Math.sqrt(1 - RHO * RHO) * z();
      row.push(p);
      prev = p;
    }
    return row;
  });
}

const expectSame = (a: OracleResult, b: OracleResult) => {
  expect(a.credits).toBeCloseTo(b.credits, 4);
  expect(a.incentives).toBeCloseTo(b.incentives, 4);
  expect(a.earnback).toBeCloseTo(b.earnback, 4);
  expect(a.net).toBeCloseTo(b.net, 4);
  expect(a.capHitMonths).toBe(b.capHitMonths);
};

// ---- tests --------------------------------------------------------------------------------------
describe('docs/benchmark-model.md reference contract', () => {
  test('is a valid contract: allocations total the 200% pool', () => {
    expect(contractIssues(benchContract)).toEqual([]);
    // s % 4 = 0, 1, 2, 3 → 0.1 × (0.5, 0.8333, 1.1667, 1.5) = 0.05, 0.0833, 0.1167, 0.15; five of each → 2.0
    const total = benchContract.serviceLevels.reduce((a, sl) => a + sl.allocation, 0);
    expect(total).toBeCloseTo(2.0, 12);
    expect(compiled.atRisk).toBe(120_000);
    expect(compiled.incentiveCapMonthly).toBe(50_000);
  });

  test('every SL at its mean for 36 months: hand computation', () => {
    // Higher-is-better SLs: attainment (0.992 − 0.0005·k)/0.99 for k = 0..4 is 1.0020, 1.0015, 1.0010,
    // 1.0005, 1.0000 — all in [1.0, 1.01) → factor 0 (k = 4 is exactly 0.99/0.99 = 1, met).
    // Lower-is-better SLs (s = 0, 3, 6, 9, 12, 15, 18): attainment 4/3.8 = 1.053, 4/3.85 = 1.039,
    // 4/3.9 = 1.026, 4/3.95 = 1.013 — all ≥ 1.01 → factor +0.1.
    // Their allocations by s % 4 (0, 3, 2, 1, 0, 3, 2): 3/60, 9/60, 7/60, 5/60, 3/60, 9/60, 7/60 = 43/60.
    // Incentive per month: 0.1 × 120,000 × 43/60 = 8,600 (under the 50,000 cap).
    // Term: 36 × 8,600 = 309,600. No credits, so no cap hits and nothing to earn back.
    const atMeans = constantPath(meanOf);
    const e = engine(atMeans);
    expect(e.credits).toBe(0);
    expect(e.earnback).toBe(0);
    expect(e.capHitMonths).toBe(0);
    expect(e.incentives).toBeCloseTo(309_600, 6);
    expect(e.net).toBeCloseTo(309_600, 6);
    expectSame(e, oracle(atMeans));
  });

  test('every SL at its mean: per-SL detail of the first month', () => {
    const flat = new Float64Array(SLS * MONTHS);
    constantPath(meanOf).forEach((row, s) => flat.set(row, s * MONTHS));
    const detail = createDetail(compiled);
    evaluateTerm(compiled, flat, createWorkspace(compiled), detail);
    for (let s = 0; s < SLS; s++) {
      const i = s * MONTHS;
      // 0.1 × 120,000 × allocation for lower-is-better SLs; nothing for the others
      expect([s, detail.incentive[i]]).toEqual([
        s,
        isHigher(s) ? 0 : expect.closeTo(12_000 * allocationOf(s), 6),
      ]);
      expect([s, detail.status[i]]).toEqual([s, 0]);
    }
  });

  test('every SL one standard deviation worse than its mean: hand computation', () => {
    // Higher: p = mean − 0.006 = 0.986 − 0.0005·k; attainment 0.99596, 0.99545, 0.99495, 0.99444,
    //   0.99394 → all in [0.985, 1) → −0.25 → credit 0.25 × 120,000 × a = 30,000·a.
    // Lower: p = mean + 0.35 = 4.15, 4.2, 4.25, 4.3; attainment 0.9639, 0.9524, 0.9412, 0.9302 → −1
    //   → credit 120,000·a.
    // Month total = 30,000 × Σa(higher) + 120,000 × Σa(lower) = 30,000 × (2 − 43/60) + 120,000 × 43/60
    //   = 30,000 × 77/60 + 120,000 × 43/60 = 38,500 + 86,000 = 124,500 > 120,000 → capped (hit every month).
    // Average attainment < 1 all year → no earnback. Term: 36 × 120,000 = 4,320,000 in credits.
    const worse = constantPath((s) => (isHigher(s) ? meanOf(s) - 0.006 : meanOf(s) + 0.35));
    const e = engine(worse);
    expect(e.credits).toBeCloseTo(4_320_000, 4);
    expect(e.capHitMonths).toBe(36);
    expect(e.incentives).toBe(0);
    expect(e.earnback).toBe(0);
    expect(e.net).toBeCloseTo(-4_320_000, 4);
    expectSame(e, oracle(worse));
  });

  test('one bad month a year for every SL, the rest at the mean: hand computation of the earnback', () => {
    // Month 5 of each year every SL is 1 sd worse (as in the previous test: 124,500 of credits,
    // capped to 120,000, i.e. each SL's credit × 120/124.5); the other 11 months are at the mean
    // (8,600 of incentives each).
    // Average attainment over each year, per SL:
    //  - lower (s % 3 = 0): ≥ (11 × 4/3.95 + 4/4.3) / 12 = (11.139 + 0.930) / 12 = 1.0058 ≥ 1 → earned back
    //  - higher, k = s % 5: (11 × m + (m − 0.006)) / (12 × 0.99) with m = 0.992 − 0.0005k
    //      = (12m − 0.006) / 11.88: k = 0..2 → > 1; k = 3 (m = 0.9905) → 11.88/11.88 = exactly 1
    //      (earned back: equality meets, up to binary noise); k = 4 (m = 0.99) → 11.874/11.88 < 1 → kept.
    //    Higher SLs with k = 4 are s = 4, 14, 19 (s = 9 is lower), allocations 3/60, 7/60, 9/60 = 19/60.
    // Kept per year: 0.25 × 120,000 × 19/60 × 120/124.5 = 9,500 × 0.963855 = 9,156.63
    // Credits 3 × 120,000 = 360,000; earnback 360,000 − 3 × 9,156.63 = 332,530.12
    // Incentives 33 × 8,600 = 283,800 (the bad months pay none); net 283,800 − 360,000 + 332,530.12 = 256,330.12
    const path = constantPath(meanOf);
    for (let s = 0; s < SLS; s++) {
      for (const m of [5, 17, 29]) path[s][m] = isHigher(s) ? meanOf(s) - 0.006 : meanOf(s) + 0.35;
    }
    const keptPerYear = 0.25 * 120_000 * (19 / 60) * (120_000 / 124_500);
    const e = engine(path);
    expect(e.capHitMonths).toBe(3);
    expect(e.credits).toBeCloseTo(360_000, 4);
    expect(e.incentives).toBeCloseTo(283_800, 4);
    expect(e.earnback).toBeCloseTo(360_000 - 3 * keptPerYear, 4);
    expect(e.net).toBeCloseTo(283_800 - 3 * keptPerYear, 4);
    expect(e.net).toBeCloseTo(256_330.12, 1);
    expectSame(e, oracle(path));
  });

  test('seeded AR(1) paths: engine equals the oracle trial by trial', () => {
    const z = normal(mulberry32(20260601));
    for (let trial = 0; trial < 300; trial++) {
      const path = ar1Path(z);
      const e = engine(path);
      const o = oracle(path);
      expect([trial, e.net]).toEqual([trial, expect.closeTo(o.net, 4)]);
      expect([trial, e.credits, e.incentives, e.earnback, e.capHitMonths]).toEqual([
        trial,
        expect.closeTo(o.credits, 4),
        expect.closeTo(o.incentives, 4),
        expect.closeTo(o.earnback, 4),
        o.capHitMonths,
      ]);
    }
  });

  test('seeded AR(1) simulation lands near the published figures (mean −397,000; P5 −719,000; P95 −110,000)', () => {
    const z = normal(mulberry32(7));
    const nets: number[] = [];
    for (let trial = 0; trial < 2_000; trial++) nets.push(engine(ar1Path(z)).net);
    nets.sort((a, b) => a - b);
    const mean = nets.reduce((a, b) => a + b, 0) / nets.length;
    const pct = (q: number) => nets[Math.floor(q * (nets.length - 1))];
    // Spread P95 − P5 ≈ 609,000 → sd ≈ 185,000; standard error of the mean over 2,000 trials ≈ 4,100,
    // so ±25,000 is six standard errors (the seed is fixed, so the test is deterministic anyway).
    expect(Math.abs(mean - -397_000)).toBeLessThan(25_000);
    expect(Math.abs(pct(0.05) - -719_000)).toBeLessThan(50_000);
    expect(Math.abs(pct(0.95) - -110_000)).toBeLessThan(50_000);
  });
});
