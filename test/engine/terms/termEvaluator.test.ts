import { compileContract } from '../../../src/engine/terms/compiledContract';
import { type Contract } from '../../../src/engine/terms/contract';
import { unwrap } from '../../../src/engine/rules/result';
import {
  STATUS_BELOW_MINIMUM,
  STATUS_MET,
  STATUS_MISSED,
  STATUS_NOT_MEASURED,
} from '../../../src/engine/rules/status';
import {
  createDetail,
  createWorkspace,
  evaluateTerm,
  type TermDetail,
} from '../../../src/engine/terms/termEvaluator';
import {
  attainmentBands,
  contract,
  evaluate,
  type Evaluation,
  perfMatrix,
  repeat,
  serviceLevel,
} from '../contractFixtures';

/**
 * Unless a test says otherwise: monthly charges 100,000, at-risk 10% = 10,000, so an SL with
 * allocation a is worth a × 10,000 per unit of band rate.
 */
const F = 99; // fails an expected level of 99.5
const M = 99.9; // meets 99.5

const expectNetIdentity = (e: Evaluation) =>
  expect(e.totals.net).toBeCloseTo(e.totals.incentives - e.totals.credits + e.totals.earnback, 9);

const closeArray = (actual: number[], expected: number[], digits = 6) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => expect([i, v]).toEqual([i, expect.closeTo(expected[i], digits)]));
};

describe('status codes', () => {
  test('are 0..3', () => {
    expect([STATUS_MET, STATUS_MISSED, STATUS_BELOW_MINIMUM, STATUS_NOT_MEASURED]).toEqual([
      0, 1, 2, 3,
    ]);
  });
});

describe('binary credit bands on performance (higher is better)', () => {
  // Expected 99.5, minimum 99, allocation 50% → 5,000 per failure; bands [(0, −1), (99.5, 0)].
  const c = contract([serviceLevel('A', { expected: 99.5, minimum: 99, allocation: 0.5 })], {
    termMonths: 5,
  });
  // (99.1 + 99.3 + 99.9 + 99.7) / 4 = 99.5 by hand, 99.49999999999999 in binary
  const noisy = [99.1, 99.3, 99.9, 99.7].reduce((a, b) => a + b) / 4;
  const e = evaluate(c, [[noisy, 99.4, 98.5, NaN, 99.9]]);

  test('status: met (noise forgiven), missed, below minimum, not measured, met', () => {
    expect(e.row('status', 0)).toEqual([
      STATUS_MET,
      STATUS_MISSED,
      STATUS_BELOW_MINIMUM,
      STATUS_NOT_MEASURED,
      STATUS_MET,
    ]);
  });

  test('credits: 5,000 for each measured failure, nothing for the unmeasured month', () => {
    expect(e.row('credit', 0)).toEqual([0, 5_000, 5_000, 0, 0]);
    expect(e.row('incentive', 0)).toEqual([0, 0, 0, 0, 0]);
    const rate = e.row('rate', 0);
    expect(rate.slice(0, 3)).toEqual([0, -1, -1]);
    expect(rate[3]).toBeNaN();
    expect(rate[4]).toBe(0);
  });

  test('attainment = performance / expected; NaN when not measured', () => {
    const att = e.row('attainment', 0);
    expect(att[0]).toBeCloseTo(1, 12);
    expect(att[1]).toBeCloseTo(99.4 / 99.5, 12); // 0.998995
    expect(att[2]).toBeCloseTo(98.5 / 99.5, 12);
    expect(att[3]).toBeNaN();
    expect(att[4]).toBeCloseTo(99.9 / 99.5, 12);
    expect(e.row('expected', 0)).toEqual(repeat(99.5, 5));
  });

  test('totals', () => {
    // credits 5,000 + 5,000 = 10,000; nothing else
    expect(e.totals).toEqual({
      credits: 10_000,
      incentives: 0,
      earnback: 0,
      net: -10_000,
      capHitMonths: 0,
    });
    expect(Array.from(e.detail.capHit)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('lower is better with attainment bands', () => {
  // 4 h expected, 8 h minimum, allocation 50% → 5,000 per unit of rate. Bench bands on attainment = 4 / hours.
  const c = contract(
    [
      serviceLevel('R', {
        direction: 'lower',
        unit: 'h',
        expected: 4,
        minimum: 8,
        allocation: 0.5,
        bands: attainmentBands(),
      }),
    ],
    { termMonths: 6 },
  );
  const e = evaluate(c, [[4, 3, 6, 8, 9, NaN]]);

  test('status: equality meets; worse than minimum is below minimum', () => {
    expect(e.row('status', 0)).toEqual([0, 0, 1, 1, 2, 3]);
  });

  test('attainment = expected / actual and money from the bands', () => {
    // 4/4 = 1 → 0; 4/3 = 1.333 → +0.1 → +500; 4/6 = 0.667, 4/8 = 0.5, 4/9 = 0.444 → −1 → 5,000 each
    closeArray(e.row('attainment', 0).slice(0, 5), [1, 4 / 3, 4 / 6, 0.5, 4 / 9], 12);
    expect(e.row('incentive', 0)).toEqual([0, 500, 0, 0, 0, 0]);
    expect(e.row('credit', 0)).toEqual([0, 0, 5_000, 5_000, 5_000, 0]);
    // credits 15,000; incentives 500; net 500 − 15,000 = −14,500
    expect(e.totals).toEqual({
      credits: 15_000,
      incentives: 500,
      earnback: 0,
      net: -14_500,
      capHitMonths: 0,
    });
  });
});

describe('step bands on attainment, two SLs', () => {
  // SL0 higher, 99.5, allocation 40% → 4,000/unit; SL1 lower, 4 h, 60% → 6,000/unit.
  // Bands (bench): <0.97 → −1, 0.97 → −0.5, 0.985 → −0.25, 1.0 → 0, 1.01 → +0.1
  const c = contract(
    [
      serviceLevel('A', { expected: 99.5, allocation: 0.4, bands: attainmentBands() }),
      serviceLevel('R', {
        direction: 'lower',
        expected: 4,
        allocation: 0.6,
        bands: attainmentBands(),
      }),
    ],
    { termMonths: 5 },
  );
  const e = evaluate(c, [
    [99.5, 98.5, 100, 96, 96.515],
    [4, 5, 3.9, 4.1, 4],
  ]);

  test('per-SL rates', () => {
    // SL0: 1 → 0; 98.5/99.5 = 0.98995 → −0.25; 100/99.5 = 1.005 → 0; 96/99.5 = 0.9648 → −1;
    //      96.515/99.5 = 0.97 exactly by hand (0.97 × 99.5 = 96.515) → −0.5
    expect(e.row('rate', 0)).toEqual([0, -0.25, 0, -1, -0.5]);
    // SL1: 1 → 0; 4/5 = 0.8 → −1; 4/3.9 = 1.0256 → +0.1; 4/4.1 = 0.9756 → −0.5; 1 → 0
    expect(e.row('rate', 1)).toEqual([0, -1, 0.1, -0.5, 0]);
  });

  test('money', () => {
    // SL0 credits: 0.25 × 4,000 = 1,000; 1 × 4,000 = 4,000; 0.5 × 4,000 = 2,000
    closeArray(e.row('credit', 0), [0, 1_000, 0, 4_000, 2_000]);
    // SL1 credits: 6,000; 0.5 × 6,000 = 3,000; incentive 0.1 × 6,000 = 600
    closeArray(e.row('credit', 1), [0, 6_000, 0, 3_000, 0]);
    closeArray(e.row('incentive', 1), [0, 0, 600, 0, 0]);
    // credits 1,000 + 4,000 + 2,000 + 6,000 + 3,000 = 16,000; incentives 600; net −15,400; no month ≥ 10,000
    expect(e.totals.credits).toBeCloseTo(16_000, 6);
    expect(e.totals.incentives).toBeCloseTo(600, 6);
    expect(e.totals.net).toBeCloseTo(-15_400, 6);
    expect(e.totals.capHitMonths).toBe(0);
    expectNetIdentity(e);
  });
});

describe('linear bands', () => {
  test('on attainment: interpolated between points, flat beyond', () => {
    // expected 100, allocation 50% → 5,000/unit; points (0.9, −1), (1.0, 0), (1.05, +0.2)
    const bands = attainmentBands(
      [
        { bound: 0.9, rate: -1 },
        { bound: 1.0, rate: 0 },
        { bound: 1.05, rate: 0.2 },
      ],
      'linear',
    );
    const c = contract([serviceLevel('A', { expected: 100, allocation: 0.5, bands })], {
      termMonths: 5,
    });
    const e = evaluate(c, [[95, 102, 80, 110, 100]]);
    // 0.95 → −1 + 0.5 × 1 = −0.5; 1.02 → 0.02/0.05 × 0.2 = 0.08; 0.8 → −1 (flat); 1.1 → 0.2 (flat); 1 → 0
    closeArray(e.row('rate', 0), [-0.5, 0.08, -1, 0.2, 0], 12);
    // money: credits 2,500 and 5,000; incentives 400 and 1,000
    closeArray(e.row('credit', 0), [2_500, 0, 5_000, 0, 0]);
    closeArray(e.row('incentive', 0), [0, 400, 0, 1_000, 0]);
    expect(e.totals.credits).toBeCloseTo(7_500, 6);
    expect(e.totals.incentives).toBeCloseTo(1_400, 6);
    expect(e.totals.net).toBeCloseTo(-6_100, 6);
  });

  test('on performance for lower is better: bounds rise, rates fall', () => {
    // hours: (2, +0.1), (4, 0), (8, −1); allocation 50% → 5,000/unit
    const bands = {
      basis: 'performance' as const,
      method: 'linear' as const,
      rows: [
        { bound: 8, rate: -1 },
        { bound: 2, rate: 0.1 },
        { bound: 4, rate: 0 },
      ],
    };
    const c = contract(
      [serviceLevel('R', { direction: 'lower', expected: 4, allocation: 0.5, bands })],
      { termMonths: 4 },
    );
    const e = evaluate(c, [[3, 6, 10, 1]]);
    // 3 h → 0.1 + 0.5 × (0 − 0.1) = 0.05 → +250; 6 h → −0.5 → 2,500; 10 h → −1 → 5,000; 1 h → +0.1 → 500
    closeArray(e.row('rate', 0), [0.05, -0.5, -1, 0.1], 12);
    closeArray(e.row('incentive', 0), [250, 0, 0, 500]);
    closeArray(e.row('credit', 0), [0, 2_500, 5_000, 0]);
    expect(e.row('status', 0)).toEqual([0, 1, 1, 0]);
  });
});

describe('at-risk cap with pro-rata scaling', () => {
  // Three SLs with binary bands, allocations 40%, 60%, 30% (130% of the 10,000 at risk).
  const sls = (thirdCritical: boolean) => [
    serviceLevel('A', { allocation: 0.4 }),
    serviceLevel('B', { allocation: 0.6 }),
    serviceLevel('C', { allocation: 0.3, critical: thirdCritical }),
  ];
  const rows = [
    [F, F, F, M],
    [F, F, M, M],
    [F, M, F, M],
  ];

  test('several failures in one month are scaled to the at-risk amount', () => {
    const e = evaluate(contract(sls(true), { termMonths: 4 }), rows);
    // m0: 4,000 + 6,000 + 3,000 = 13,000 > 10,000 → × 10/13 → 3,076.92 / 4,615.38 / 2,307.69 (cap hit)
    // m1: 4,000 + 6,000 = 10,000: exactly the cap → hit, nothing scaled
    // m2: 4,000 + 3,000 = 7,000
    closeArray(e.row('credit', 0), [(4_000 * 10) / 13, 4_000, 4_000, 0]);
    closeArray(e.row('credit', 1), [(6_000 * 10) / 13, 6_000, 0, 0]);
    closeArray(e.row('credit', 2), [(3_000 * 10) / 13, 0, 3_000, 0]);
    expect(Array.from(e.detail.capHit)).toEqual([1, 1, 0, 0]);
    // totals: 10,000 + 10,000 + 7,000 = 27,000
    expect(e.totals.credits).toBeCloseTo(27_000, 6);
    expect(e.totals.net).toBeCloseTo(-27_000, 6);
    expect(e.totals.capHitMonths).toBe(2);
    // the band rate is reported before scaling
    expect(e.row('rate', 0)).toEqual([-1, -1, -1, 0]);
  });

  test('a key measurement (critical = false) carries no money but is still reported', () => {
    const e = evaluate(contract(sls(false), { termMonths: 4 }), rows);
    // m0: only A and B count: 4,000 + 6,000 = 10,000 → cap hit, unscaled; m1 the same; m2: 4,000
    closeArray(e.row('credit', 0), [4_000, 4_000, 4_000, 0]);
    closeArray(e.row('credit', 1), [6_000, 6_000, 0, 0]);
    expect(e.row('credit', 2)).toEqual([0, 0, 0, 0]);
    expect(e.row('rate', 2)).toEqual([0, 0, 0, 0]);
    expect(e.row('status', 2)).toEqual([1, 0, 1, 0]); // still missed / met
    expect(e.totals.credits).toBeCloseTo(24_000, 6);
    expect(e.totals.capHitMonths).toBe(2);
  });

  test('per-SL earnback of scaled credits (window 1, all)', () => {
    const e = evaluate(
      contract(sls(true), { termMonths: 4, earnback: { mode: 'all', window: 1 } }),
      rows,
    );
    // m0 credits come back only where m1 met: C (2,307.69, i.e. 3,000 × 10/13), due at m1
    // m1 credits: B met in m2 → 6,000 at m2; A failed in m2 → none
    // m2 credits: A and C met in m3 → 4,000 + 3,000 at m3
    closeArray(e.row('earnback', 0), [0, 0, 0, 4_000]);
    closeArray(e.row('earnback', 1), [0, 0, 6_000, 0]);
    closeArray(e.row('earnback', 2), [0, (3_000 * 10) / 13, 0, 3_000]);
    // earnback 30,000/13 + 13,000 = 15,307.69; net −27,000 + 15,307.69 = −11,692.31
    expect(e.totals.earnback).toBeCloseTo(30_000 / 13 + 13_000, 6);
    expect(e.totals.net).toBeCloseTo(-27_000 + 30_000 / 13 + 13_000, 6);
    expectNetIdentity(e);
  });
});

describe('incentive caps', () => {
  // Bands [(0, −1), (99.5, 0), (99.9, +0.5)]; allocations 60% and 40% → +3,000 and +2,000 at 99.95.
  const bands = {
    basis: 'performance' as const,
    method: 'step' as const,
    rows: [
      { bound: 0, rate: -1 },
      { bound: 99.5, rate: 0 },
      { bound: 99.9, rate: 0.5 },
    ],
  };
  const sls = [
    serviceLevel('A', { allocation: 0.6, bands }),
    serviceLevel('B', { allocation: 0.4, bands }),
  ];

  test('monthly cap scales pro rata; annual cap stops payment within the year; a new year resets it', () => {
    // monthly cap 4% × 100,000 = 4,000; annual cap 2.5% × 1,200,000 = 30,000
    const c = contract(sls, {
      termMonths: 24,
      incentiveCapMonthlyShare: 0.04,
      incentiveCapAnnualShare: 0.025,
    });
    const e = evaluate(c, [repeat(99.95, 24), repeat(99.95, 24)]);
    // each month wants 3,000 + 2,000 = 5,000 → capped 4,000 → × 0.8: 2,400 + 1,600
    // months 0–6: 7 × 4,000 = 28,000; month 7: room 30,000 − 28,000 = 2,000 → × 0.4: 1,200 + 800;
    // months 8–11: nothing. Year 2 repeats.
    const yearA = [...repeat(2_400, 7), 1_200, ...repeat(0, 4)];
    const yearB = [...repeat(1_600, 7), 800, ...repeat(0, 4)];
    closeArray(e.row('incentive', 0), [...yearA, ...yearA]);
    closeArray(e.row('incentive', 1), [...yearB, ...yearB]);
    // rate is the band rate, before capping
    expect(e.row('rate', 0)).toEqual(repeat(0.5, 24));
    expect(e.totals.incentives).toBeCloseTo(60_000, 6);
    expect(e.totals.net).toBeCloseTo(60_000, 6);
    expect(e.totals.credits).toBe(0);
  });

  test('annual cap alone', () => {
    // 5,000 a month, annual cap 1% × 1,200,000 = 12,000: 5,000, 5,000, 2,000, then 0
    const c = contract(sls, { termMonths: 12, incentiveCapAnnualShare: 0.01 });
    const e = evaluate(c, [repeat(99.95, 12), repeat(99.95, 12)]);
    closeArray(e.row('incentive', 0), [3_000, 3_000, 1_200, ...repeat(0, 9)]);
    expect(e.totals.incentives).toBeCloseTo(12_000, 6);
  });

  test('incentives and credits in the same month do not offset each other', () => {
    // A at 99.95 → +3,000 (under the 4,000 cap); B at 99 → credit 4,000; net −1,000 a month
    const c = contract(sls, { termMonths: 3, incentiveCapMonthlyShare: 0.04 });
    const e = evaluate(c, [repeat(99.95, 3), repeat(99, 3)]);
    expect(e.totals.incentives).toBeCloseTo(9_000, 6);
    expect(e.totals.credits).toBeCloseTo(12_000, 6);
    expect(e.totals.net).toBeCloseTo(-3_000, 6);
  });

  test('a zero cap pays nothing', () => {
    const c = contract(sls, { termMonths: 2, incentiveCapMonthlyShare: 0 });
    const e = evaluate(c, [repeat(99.95, 2), repeat(99.95, 2)]);
    expect(e.totals.incentives).toBe(0);
    expect(e.row('incentive', 0)).toEqual([0, 0]);
  });
});

describe('windowed earnback', () => {
  // One SL, binary bands, allocation 50% → 5,000 per failure; window 2 months.
  // m: 0 F, 1 M, 2 M, 3 F, 4 M, 5 not measured, 6 F, 7 M
  const path = [[F, M, M, F, M, NaN, F, M]];
  const run = (mode: 'all' | 'prorata') =>
    evaluate(
      contract([serviceLevel('A', { allocation: 0.5 })], {
        termMonths: 8,
        earnback: { mode, window: 2 },
      }),
      path,
    );

  test('"all": a credit comes back when both following months met', () => {
    const e = run('all');
    // m0 credit: m1, m2 met → 5,000 due at m2
    // m3 credit: m4 met, m5 not measured (= not met) → nothing
    // m6 credit: window runs to m8, past the 8-month term → forfeited
    expect(e.row('credit', 0)).toEqual([5_000, 0, 0, 5_000, 0, 0, 5_000, 0]);
    expect(e.row('earnback', 0)).toEqual([0, 0, 5_000, 0, 0, 0, 0, 0]);
    expect(e.totals).toEqual({
      credits: 15_000,
      incentives: 0,
      earnback: 5_000,
      net: -10_000,
      capHitMonths: 0,
    });
  });

  test('"prorata": a share per month met', () => {
    const e = run('prorata');
    // m0: 2/2 → 5,000 at m2; m3: 1/2 → 2,500 at m5; m6 forfeited
    expect(e.row('earnback', 0)).toEqual([0, 0, 5_000, 0, 0, 2_500, 0, 0]);
    expect(e.totals).toEqual({
      credits: 15_000,
      incentives: 0,
      earnback: 7_500,
      net: -7_500,
      capHitMonths: 0,
    });
  });

  test('consecutive failures: a failed month inside the window spoils "all"', () => {
    const c = (mode: 'all' | 'prorata') =>
      contract([serviceLevel('A', { allocation: 0.5 })], {
        termMonths: 6,
        earnback: { mode, window: 2 },
      });
    const rows = [[F, F, M, M, M, M]];
    // all: m0's window (F, M) → 0; m1's window (M, M) → 5,000 at m3
    const all = evaluate(c('all'), rows);
    expect(all.row('earnback', 0)).toEqual([0, 0, 0, 5_000, 0, 0]);
    expect(all.totals.earnback).toBe(5_000);
    // prorata: m0 → 1/2 × 5,000 = 2,500 at m2; m1 → 5,000 at m3
    const pro = evaluate(c('prorata'), rows);
    expect(pro.row('earnback', 0)).toEqual([0, 0, 2_500, 5_000, 0, 0]);
    expect(pro.totals.earnback).toBe(7_500);
    expect(pro.totals.net).toBe(-2_500);
  });

  test('a window past the end is forfeited even when the next SL’s first months were met', () => {
    // Two SLs, window 1, term 3. SL0 fails in the last month: its window (m3) does not exist → forfeited.
    // (SL1's months sit right after SL0's in the layout; a window read past SL0's last month would see them.)
    const c = contract(
      [serviceLevel('A', { allocation: 0.5 }), serviceLevel('B', { allocation: 0.5 })],
      {
        termMonths: 3,
        earnback: { mode: 'all', window: 1 },
      },
    );
    const e = evaluate(c, [
      [M, M, F],
      [M, M, M],
    ]);
    expect(e.row('credit', 0)).toEqual([0, 0, 5_000]);
    expect(e.totals.earnback).toBe(0);
    expect(e.totals.net).toBe(-5_000);
  });

  test('a window ending exactly on the last month counts', () => {
    // term 3, window 2: m0 credit, m1 and m2 met → 5,000 at m2
    const e = evaluate(
      contract([serviceLevel('A', { allocation: 0.5 })], {
        termMonths: 3,
        earnback: { mode: 'all', window: 2 },
      }),
      [[F, M, M]],
    );
    expect(e.row('earnback', 0)).toEqual([0, 0, 5_000]);
    expect(e.totals.net).toBe(0);
  });
});

describe('annual-average earnback', () => {
  // One SL, higher, 99.5, bench bands on attainment, allocation 50% → 5,000 per unit of rate.
  const sl = serviceLevel('A', { expected: 99.5, allocation: 0.5, bands: attainmentBands() });
  const annual = (termMonths: number): Contract =>
    contract([sl], { termMonths, earnback: { mode: 'annualAverage', window: 0 } });

  test('three contract years', () => {
    // Y1: 11 × 100 then 98.5. 100/99.5 = 1.005 → 0; 98.5/99.5 = 0.98995 → −0.25 → 1,250.
    //     average attainment (11 × 100 + 98.5) / (12 × 99.5) = 1,198.5 / 1,194 = 1.0038 ≥ 1 → 1,250 back at m11
    // Y2: [99.4, 99.4, 99.7] × 4. 99.4/99.5 = 0.998995 → −0.25 → 1,250 × 8 = 10,000;
    //     average performance (2 × 99.4 + 99.7) / 3 = 99.5 → average attainment exactly 1 by hand
    //     (0.9999999999999999 in binary) → 10,000 back at m23
    // Y3: 11 × 99.5 then 98.5: average (11 × 99.5 + 98.5) / 1,194 = 1,193 / 1,194 < 1 → 1,250 kept
    const y1 = [...repeat(100, 11), 98.5];
    const y2 = [99.4, 99.4, 99.7, 99.4, 99.4, 99.7, 99.4, 99.4, 99.7, 99.4, 99.4, 99.7];
    const y3 = [...repeat(99.5, 11), 98.5];
    const e = evaluate(annual(36), [[...y1, ...y2, ...y3]]);
    const earnback = e.row('earnback', 0);
    expect(earnback[11]).toBeCloseTo(1_250, 9);
    expect(earnback[23]).toBeCloseTo(10_000, 9);
    expect(earnback.filter((x, m) => m !== 11 && m !== 23 && x !== 0)).toEqual([]);
    // credits 1,250 + 10,000 + 1,250 = 12,500; earnback 11,250; net −1,250
    expect(e.totals.credits).toBeCloseTo(12_500, 6);
    expect(e.totals.earnback).toBeCloseTo(11_250, 6);
    expect(e.totals.net).toBeCloseTo(-1_250, 6);
    expectNetIdentity(e);
  });

  test('a short last year closes at the end of the term', () => {
    // term 18: Y1 as above (1,250 back); months 12–17 [98.5, 100 × 5]:
    // average (98.5 + 500) / (6 × 99.5) = 598.5 / 597 ≥ 1 → 1,250 back at m17
    const e = evaluate(annual(18), [[...repeat(100, 11), 98.5, 98.5, ...repeat(100, 5)]]);
    expect(e.row('earnback', 0)[17]).toBeCloseTo(1_250, 9);
    expect(e.totals.credits).toBeCloseTo(2_500, 6);
    expect(e.totals.earnback).toBeCloseTo(2_500, 6);
    expect(e.totals.net).toBeCloseTo(0, 6);
  });

  test('unmeasured months are left out of the average', () => {
    // Y1: NaN, 10 × 100, 98.5 → average over 11 measured: (1,000 + 98.5) / (11 × 99.5) = 1,098.5 / 1,094.5 ≥ 1
    const e1 = evaluate(annual(12), [[NaN, ...repeat(100, 10), 98.5]]);
    expect(e1.totals.earnback).toBeCloseTo(1_250, 9);
    // Y1: 98.5 then 11 unmeasured → average 0.98995 < 1 → kept
    const e2 = evaluate(annual(12), [[98.5, ...repeat(NaN, 11)]]);
    expect(e2.totals.credits).toBeCloseTo(1_250, 9);
    expect(e2.totals.earnback).toBe(0);
    // nothing measured at all: nothing charged, nothing earned
    const e3 = evaluate(annual(12), [repeat(NaN, 12)]);
    expect(e3.totals).toEqual({ credits: 0, incentives: 0, earnback: 0, net: 0, capHitMonths: 0 });
  });

  test('earnback mode none earns nothing back', () => {
    const e = evaluate(contract([sl], { termMonths: 12 }), [[...repeat(100, 11), 98.5]]);
    expect(e.totals.earnback).toBe(0);
    expect(e.totals.net).toBeCloseTo(-1_250, 9);
  });
});

describe('ratchet', () => {
  // One SL, higher, 99.5, bench bands on attainment, allocation 50% → 5,000 per unit of rate.
  const withRatchet = (
    method: 'midpoint' | 'average' | 'none',
    maxGapShare: number | null,
    termMonths = 24,
  ) =>
    contract([serviceLevel('A', { expected: 99.5, allocation: 0.5, bands: attainmentBands() })], {
      termMonths,
      ratchet: { method, maxGapShare },
    });

  test('midpoint at the start of year 2 raises expected and turns 99.6 into a miss', () => {
    // Y1 all 99.9 (all met) → (99.5 + 99.9) / 2 = 99.7
    // Y2 all 99.6: misses 99.7; attainment 99.6/99.7 = 0.999 → −0.25 → 1,250 × 12 = 15,000
    const e = evaluate(withRatchet('midpoint', null), [[...repeat(99.9, 12), ...repeat(99.6, 12)]]);
    const expected = e.row('expected', 0);
    expect(expected.slice(0, 12)).toEqual(repeat(99.5, 12));
    closeArray(expected.slice(12), repeat(99.7, 12), 12);
    expect(e.row('status', 0)).toEqual([...repeat(STATUS_MET, 12), ...repeat(STATUS_MISSED, 12)]);
    expect(e.row('attainment', 0)[12]).toBeCloseTo(99.6 / 99.7, 12);
    expect(e.totals.credits).toBeCloseTo(15_000, 6);
    expect(e.totals.net).toBeCloseTo(-15_000, 6);
  });

  test('without a ratchet the same path is all met and costs nothing', () => {
    const e = evaluate(withRatchet('none', null), [[...repeat(99.9, 12), ...repeat(99.6, 12)]]);
    expect(e.row('expected', 0)).toEqual(repeat(99.5, 24));
    expect(e.row('status', 0)).toEqual(repeat(STATUS_MET, 24));
    expect(e.totals.credits).toBe(0);
  });

  test('gap cap: at most 10% of 100 − 99.5 = 0.05 → 99.55, so 99.6 still meets', () => {
    const e = evaluate(withRatchet('midpoint', 0.1), [[...repeat(99.9, 12), ...repeat(99.6, 12)]]);
    closeArray(e.row('expected', 0).slice(12), repeat(99.55, 12), 12);
    expect(e.row('status', 0)).toEqual(repeat(STATUS_MET, 24));
    expect(e.totals.credits).toBe(0);
  });

  test('average method; and the ratchet compounds year on year', () => {
    // Y1 [99.9 × 6, 99.7 × 6] → average 99.8; Y2 all 99.9 → average 99.9
    const e = evaluate(withRatchet('average', null, 36), [
      [...repeat(99.9, 6), ...repeat(99.7, 6), ...repeat(99.9, 24)],
    ]);
    const expected = e.row('expected', 0);
    expect(expected[11]).toBe(99.5);
    expect(expected[12]).toBeCloseTo(99.8, 12);
    expect(expected[24]).toBeCloseTo(99.9, 12);
    // midpoint on the same path: Y2 (99.5 + 99.8) / 2 = 99.65; Y3 (99.65 + 99.9) / 2 = 99.775
    const m = evaluate(withRatchet('midpoint', null, 36), [
      [...repeat(99.9, 6), ...repeat(99.7, 6), ...repeat(99.9, 24)],
    ]);
    expect(m.row('expected', 0)[12]).toBeCloseTo(99.65, 12);
    expect(m.row('expected', 0)[24]).toBeCloseTo(99.775, 12);
  });

  test('never moves backwards; midpoint waits for a clean year', () => {
    // Y1 at exactly 99.5 → no improvement; Y2 has one miss (99.4) → midpoint holds
    const e = evaluate(withRatchet('midpoint', null, 36), [
      [...repeat(99.5, 12), 99.4, ...repeat(100, 11), ...repeat(100, 12)],
    ]);
    const expected = e.row('expected', 0);
    expect(expected[12]).toBe(99.5);
    expect(expected[24]).toBe(99.5);
  });

  test('lower is better: 4 h → 3.5 h after a year at 3 h; 3.8 h then misses', () => {
    const c = contract(
      [
        serviceLevel('R', {
          direction: 'lower',
          expected: 4,
          allocation: 0.5,
          bands: attainmentBands(),
        }),
      ],
      { termMonths: 24, ratchet: { method: 'midpoint', maxGapShare: null } },
    );
    const e = evaluate(c, [[...repeat(3, 12), ...repeat(3.8, 12)]]);
    expect(e.row('expected', 0)[12]).toBe(3.5);
    expect(e.row('status', 0)[12]).toBe(STATUS_MISSED);
    // Y1: 4/3 = 1.33 → +0.1 → 500 × 12 = 6,000. Y2: 3.5/3.8 = 0.921 → −1 → 5,000 × 12 = 60,000
    expect(e.totals.incentives).toBeCloseTo(6_000, 6);
    expect(e.totals.credits).toBeCloseTo(60_000, 6);
  });

  test('unmeasured months are skipped by the ratchet', () => {
    // Y1: 6 × NaN, 6 × 99.9 → measured average 99.9, all measured met → 99.7
    const e = evaluate(withRatchet('midpoint', null), [
      [...repeat(NaN, 6), ...repeat(99.9, 6), ...repeat(99.9, 12)],
    ]);
    expect(e.row('expected', 0)[12]).toBeCloseTo(99.7, 12);
  });
});

describe('workspace and detail reuse', () => {
  // Two SLs, prorata earnback over 2 months, midpoint ratchet, monthly incentive cap: every piece of state.
  const c = unwrap(
    compileContract(
      contract(
        [
          serviceLevel('A', { allocation: 0.7, bands: attainmentBands() }),
          serviceLevel('R', {
            direction: 'lower',
            expected: 4,
            allocation: 0.6,
            bands: attainmentBands(),
          }),
        ],
        {
          termMonths: 24,
          incentiveCapMonthlyShare: 0.005,
          earnback: { mode: 'prorata', window: 2 },
          ratchet: { method: 'midpoint', maxGapShare: null },
        },
      ),
    ),
  );
  const pathX = perfMatrix(
    [
      [...repeat(99.9, 12), 96, 99.6, 99.8, 95, ...repeat(99.9, 8)],
      [...repeat(3, 6), 6, 5, 3, 3, 3, 3, 4.5, ...repeat(3.2, 11)],
    ],
    24,
  );
  const pathY = perfMatrix(
    [
      [99, 99.2, NaN, ...repeat(99.5, 21)],
      [...repeat(4, 20), 10, 10, 10, 10],
    ],
    24,
  );
  const snapshot = (d: TermDetail) =>
    Object.fromEntries(Object.entries(d).map(([k, v]) => [k, Array.from(v as ArrayLike<number>)]));

  test('a second evaluation with the same buffers equals a fresh one', () => {
    const ws = createWorkspace(c);
    const detail = createDetail(c);
    const firstX = { ...evaluateTerm(c, pathX, ws, detail) };
    const firstXDetail = snapshot(detail);
    const reusedY = { ...evaluateTerm(c, pathY, ws, detail) };
    const reusedYDetail = snapshot(detail);

    const freshDetail = createDetail(c);
    const freshY = { ...evaluateTerm(c, pathY, createWorkspace(c), freshDetail) };
    expect(reusedY).toEqual(freshY);
    expect(reusedYDetail).toEqual(snapshot(freshDetail));

    const againX = { ...evaluateTerm(c, pathX, ws, detail) };
    expect(againX).toEqual(firstX);
    expect(snapshot(detail)).toEqual(firstXDetail);

    // and the two paths really differ, so the comparison means something
    expect(firstX.net).not.toBeCloseTo(freshY.net, 0);
    expect(firstX.earnback).toBeGreaterThan(0);
    expect(freshY.credits).toBeGreaterThan(0);
  });

  test('evaluation without a detail gives the same totals', () => {
    const withDetail = { ...evaluateTerm(c, pathX, createWorkspace(c), createDetail(c)) };
    const without = { ...evaluateTerm(c, pathX, createWorkspace(c)) };
    expect(without).toEqual(withDetail);
  });

  test('net = incentives − credits + earnback', () => {
    const t = evaluateTerm(c, pathX, createWorkspace(c));
    expect(t.net).toBeCloseTo(t.incentives - t.credits + t.earnback, 9);
  });
});
