import { parseBands } from '../../../src/engine/rules/bands';
import {
  compileGainShare,
  contractYears,
  termGainShare,
} from '../../../src/engine/terms/compiledGainShare';
import { gainShare, gainShareAmount } from '../../../src/engine/rules/gainShare';
import { unwrap } from '../../../src/engine/rules/result';
import { testContract } from '../simulationFixtures';

const shareBands = [
  { bound: 0, rate: 0.3 },
  { bound: 0.95, rate: 0.5 },
  { bound: 1.05, rate: 0.8 },
];
const table = unwrap(parseBands(shareBands));

describe('gain share in the simulation', () => {
  test('gainShareAmount (allocation-free) equals gainShare exactly', () => {
    for (let actual = 0; actual <= 2_000_000; actual += 12_345.67) {
      for (const [painCap, gainCap] of [
        [null, null],
        [50_000, 20_000],
      ]) {
        expect(
          gainShareAmount(actual, 1_000_000, table, painCap ?? Infinity, gainCap ?? Infinity),
        ).toBe(unwrap(gainShare(actual, 1_000_000, table, { painCap, gainCap })));
      }
    }
  });

  test('settled per contract year; a final partial year pro rata (target, actual and caps)', () => {
    const gs = unwrap(
      compileGainShare(
        testContract({
          gainShare: { targetCostAnnual: 1_000_000, shareBands, painCap: 60_000, gainCap: null },
        }),
      ),
    );
    expect(gs).not.toBeNull();
    const costs = Float64Array.from([1_100_000, 900_000, 1_200_000]);
    const year = (actual: number, share: number) =>
      unwrap(
        gainShare(actual * share, 1_000_000 * share, table, {
          painCap: 60_000 * share,
          gainCap: null,
        }),
      );
    expect(contractYears(30)).toBe(3);
    expect(termGainShare(gs!, costs, 36)).toBe(
      year(1_100_000, 1) + year(900_000, 1) + year(1_200_000, 1),
    );
    expect(termGainShare(gs!, costs, 30)).toBe(
      year(1_100_000, 1) + year(900_000, 1) + year(1_200_000, 0.5),
    );
    expect(year(1_200_000, 0.5)).toBe(-30_000); // half a year's pain cap
  });

  test('no terms → null; invalid terms → a message naming the contract', () => {
    expect(unwrap(compileGainShare(testContract()))).toBeNull();
    const bad = (over: object) =>
      compileGainShare(
        testContract({
          gainShare: { targetCostAnnual: 1, shareBands, painCap: null, gainCap: null, ...over },
        }),
      );
    expect(bad({ painCap: -1 }).ok || 'failed').toBe('failed');
    const r = bad({ shareBands: [] });
    expect(r.ok || r.error.message).toBe('Test contract: gain share bands: no band rows');
  });
});
