import fc from 'fast-check';
import {
  bandFormulas,
  boundsOverflow,
  type BandRanges,
} from '../../../src/engine/rules/bandFormulas';
import { bandIndex, bandRate, parseBands, type BandMethod } from '../../../src/engine/rules/bands';
import { attainmentRatio } from '../../../src/engine/rules/attainment';
import { EXCEL_INFINITY, levelFormulas } from '../../../src/engine/rules/levelFormulas';
import { meets, STATUS_LABELS, statusCode } from '../../../src/engine/rules/status';
import { evaluateSheets, valueAt } from '../../support/hyperSheet';
import { unwrap } from '../../../src/engine/rules/result';

/**
 * The level and band formulas, evaluated by an independent formula engine, give what the engine's
 * rules give: the same attainment, status, band and rate, including values at a bound, a hair
 * either side of it (the noise tolerance), below and above every band, and bounds at "infinity".
 */

/** One row: A value, B level, C minimum, D direction; then each formula in its own cell. */
function evaluateLevel(
  value: number | null,
  level: number,
  minimum: number | null,
  higher: boolean,
) {
  const dir = higher ? 'higher' : 'lower';
  const hf = evaluateSheets({
    S: [
      [
        value,
        level,
        minimum,
        dir,
        `=${levelFormulas.meets('A1', 'B1', 'D1')}`,
        `=${levelFormulas.attainment('A1', 'B1', 'D1')}`,
        `=${levelFormulas.status('A1', 'B1', 'C1', 'D1')}`,
      ],
    ],
  });
  return {
    meets: valueAt(hf, 'S', 0, 4),
    attainment: valueAt(hf, 'S', 0, 5),
    status: valueAt(hf, 'S', 0, 6),
  };
}

const level = fc.oneof(
  fc.constantFrom(99.5, 0.995, 4, 1, 100, 1e6),
  fc.double({ min: 0.01, max: 1e6, noNaN: true }),
);

it('meets, attainment and status: exactly at the level, a hair either side, and far off', () => {
  fc.assert(
    fc.property(
      level,
      fc.constantFrom(-1e-12, -1e-10, 0, 1e-10, 1e-12, -0.2, 0.3, 5e-9, -5e-9),
      fc.boolean(),
      fc.option(fc.double({ min: -0.5, max: 0.5, noNaN: true }), { nil: null }),
      (expected, relative, higher, minimumOffset) => {
        const value = expected * (1 + relative);
        const minimum =
          minimumOffset === null
            ? null
            : expected * (1 + (higher ? -1 : 1) * Math.abs(minimumOffset));
        const got = evaluateLevel(value, expected, minimum, higher);
        expect(got.meets).toBe(meets(value, expected, higher));
        expect(got.attainment).toBeCloseTo(attainmentRatio(value, expected, higher), 12);
        expect(got.status).toBe(STATUS_LABELS[statusCode(value, expected, minimum, higher)]);
      },
    ),
    { numRuns: 150 },
  );
});

it('a blank measurement is not measured; a lower-is-better 0 is infinitely good', () => {
  expect(evaluateLevel(null, 99.5, 99, true).status).toBe('Not measured');
  expect(evaluateLevel(0, 4, 8, false)).toEqual({
    meets: true,
    attainment: EXCEL_INFINITY,
    status: 'Met',
  });
  expect(attainmentRatio(0, 4, false)).toBe(Infinity);
});

/** Band table in rows 1…n (A bound, B threshold, C rate), the value in E1, band F1, rate G1. */
function evaluateBand(rows: { bound: number; rate: number }[], value: number, method: BandMethod) {
  const sorted = [...rows].sort((a, b) => a.bound - b.bound);
  const n = sorted.length;
  const t: BandRanges = {
    bounds: `$A$1:$A$${n}`,
    thresholds: `$B$1:$B$${n}`,
    rates: `$C$1:$C$${n}`,
    count: n,
    halves: boundsOverflow(sorted.map((r) => r.bound)),
  };
  const cells: (string | number | null)[][] = sorted.map((r, i) => [
    r.bound,
    `=${levelFormulas.threshold(`A${i + 1}`)}`,
    r.rate,
  ]);
  cells[0].push(
    null,
    value,
    `=${bandFormulas.band('E1', t, method)}`,
    `=${bandFormulas.rate('E1', 'F1', t, method)}`,
  );
  const hf = evaluateSheets({ S: cells });
  return { band: valueAt(hf, 'S', 0, 5) as number, rate: valueAt(hf, 'S', 0, 6) as number };
}

const bandRows = fc
  .uniqueArray(fc.integer({ min: -200, max: 1200 }), { minLength: 1, maxLength: 12 })
  .chain((bounds) =>
    fc.tuple(
      fc.constant(bounds.map((b) => b / 10)),
      fc.array(fc.integer({ min: -100, max: 100 }), {
        minLength: bounds.length,
        maxLength: bounds.length,
      }),
    ),
  )
  .map(([bounds, rates]) => bounds.map((bound, i) => ({ bound, rate: rates[i] / 100 })));

it('band and rate, step and linear, at and around every bound', () => {
  fc.assert(
    fc.property(
      bandRows,
      fc.constantFrom<BandMethod>('step', 'linear'),
      fc.nat(),
      fc.constantFrom(0, 1e-12, -1e-12, 1e-7, -1e-7, 0.05, -0.05, 1000, -1000),
      (rows, method, pick, nudge) => {
        const table = unwrap(parseBands(rows));
        const bound = table.bounds[pick % rows.length];
        const value = bound + nudge * Math.max(1, Math.abs(bound));
        const got = evaluateBand(rows, value, method);
        const column = method === 'step' ? table.thresholds : table.bounds;
        expect(got.band).toBe(bandIndex(column, 0, rows.length, value) + 1);
        expect(got.rate).toBeCloseTo(bandRate(table, value, method), 12);
      },
    ),
    { numRuns: 200 },
  );
});

it("linear bands between bounds at Excel's infinity interpolate on halves, as the engine does", () => {
  const rows = [
    { bound: -EXCEL_INFINITY, rate: -1 },
    { bound: EXCEL_INFINITY, rate: 1 },
  ];
  const table = unwrap(parseBands(rows));
  for (const value of [0, 1e307, -5e307, 99.5]) {
    const got = evaluateBand(rows, value, 'linear');
    expect(got.rate).toBeCloseTo(bandRate(table, value, 'linear'), 12);
  }
  expect(boundsOverflow([-EXCEL_INFINITY, EXCEL_INFINITY])).toBe(true);
  expect(boundsOverflow([-EXCEL_INFINITY, 0, 99])).toBe(false);
});
