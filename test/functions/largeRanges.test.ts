import {
  attainment,
  credit,
  earnback,
  gainshare,
  netfees,
  payout,
  ratchet,
  status,
  volumeprice,
} from '../../src/functions/functions';
import { OMITTED } from './excelValues';

/**
 * A million-cell range must finish in bounded time without recursion or argument spreading (which
 * overflow the stack near 10^5 elements). In plain Node each call takes 0.1–0.5 s; under jest's vm
 * sandbox every global lookup (Math.abs in the engine's scale check, for one) costs ~0.2 µs, so a
 * call takes a few seconds here. The limit only catches worse-than-linear behaviour.
 */
const SIDE = 1000; // 1000 × 1000 = 1,000,000 cells
const LIMIT_MS = 30000;
jest.setTimeout(120000);

/** A SIDE × SIDE block of availabilities cycling 99.0, 99.1, … 99.9. */
function block(): number[][] {
  const rows: number[][] = new Array(SIDE);
  for (let r = 0; r < SIDE; r++) {
    const row: number[] = new Array(SIDE);
    for (let c = 0; c < SIDE; c++) row[c] = 99 + ((r + c) % 10) / 10;
    rows[r] = row;
  }
  return rows;
}

/** One column of a million cells. */
function longColumn(value: (k: number) => unknown): unknown[][] {
  const rows: unknown[][] = new Array(SIDE * SIDE);
  for (let k = 0; k < SIDE * SIDE; k++) rows[k] = [value(k)];
  return rows;
}

function timed<T>(f: () => T): T {
  const start = Date.now();
  const result = f();
  expect(Date.now() - start).toBeLessThan(LIMIT_MS);
  return result;
}

const BANDS = [
  [0, -0.1],
  [99, -0.05],
  [99.5, 0],
  [99.9, 0.02],
];

describe('a million cells', () => {
  const perf = block();

  it('ATTAINMENT and STATUS over a 1000 × 1000 block', () => {
    const ratios = timed(() => attainment(perf, [[99.5]], OMITTED));
    expect(ratios).toHaveLength(SIDE);
    expect(ratios[0][5]).toBe(1); // 99.5 / 99.5
    const statuses = timed(() => status(perf, [[99.5]], [[99]], OMITTED));
    expect(statuses[0][4]).toBe('Missed'); // 99.4
    expect(statuses[SIDE - 1][SIDE - 1]).toBe('Met'); // (999 + 999) % 10 = 8 → 99.8
  });

  it('PAYOUT and VOLUMEPRICE over a 1000 × 1000 block', () => {
    const rates = timed(() => payout(perf, BANDS, 'linear', OMITTED));
    expect(rates[0][0]).toBe(-0.05); // 99.0 is on the 99 point
    const prices = timed(() =>
      volumeprice(
        perf,
        [
          [0, 5],
          [50, 4],
        ],
        OMITTED,
      ),
    );
    // 99 units graduated: 50 × 5 + 49 × 4 = 446
    expect(prices[0][0]).toBe(446);
  });

  it('GAINSHARE over a 1000 × 1000 block of costs', () => {
    const result = timed(() => gainshare(perf, [[100]], [[0, 0.5]], OMITTED, OMITTED));
    // actual 99 against target 100: 50% of the 1 underrun = 0.5
    expect(result[0][0]).toBeCloseTo(0.5, 10);
  });

  it('CREDIT for 1000 service levels over 1000 months', () => {
    const result = timed(() => credit(perf, [[99.5]], [[0.001]], 10000, OMITTED));
    expect(result).toHaveLength(1);
    expect(result[0]).toHaveLength(SIDE);
    // month 0: rows r with (r % 10) < 5 are below 99.5 → 500 failures × 0.1% × 10,000 = 5,000
    expect(result[0][0]).toBeCloseTo(5000, 6);
  });

  it('NETFEES over a million-period column', () => {
    // every period at 99.95: +2% of 100 = 2, until the bonus cap of 1,000 is used after 500 periods
    const result = timed(() =>
      netfees(
        [[100]],
        longColumn(() => 99.95),
        BANDS,
        OMITTED,
        1000,
        OMITTED,
      ),
    );
    expect(result).toHaveLength(SIDE * SIDE);
    expect(result[499][0]).toBe(102);
    expect(result[500][0]).toBe(100);
    expect(result[SIDE * SIDE - 1][0]).toBe(100);
  });

  it('EARNBACK and RATCHET over a million-period window', () => {
    expect(
      timed(() =>
        earnback(
          4000,
          longColumn(() => 99.6),
          99.5,
          'prorata',
          OMITTED,
        ),
      ),
    ).toBe(4000);
    // history all 99.7: midpoint of 99.5 and 99.7 = 99.6
    expect(
      timed(() =>
        ratchet(
          99.5,
          longColumn(() => 99.7),
          OMITTED,
          OMITTED,
          OMITTED,
          OMITTED,
        ),
      ),
    ).toBeCloseTo(99.6, 8);
  });
});
