import { parseBands } from '../../../src/engine/rules/bands';
import { unwrap } from '../../../src/engine/rules/result';
import { volumeChargePoints } from '../../../src/taskpane/money/volumeChargePoints';

const points = (bounds: number[]) =>
  volumeChargePoints(unwrap(parseBands(bounds.map((bound) => ({ bound, rate: 1 })))));

describe('the volumes the money view prices', () => {
  test('each tier’s start, halfway to it, and half a tier beyond the last', () => {
    expect(points([0, 1_000])).toEqual([500, 1_000, 1_500]);
    // Halfway 0–1,000, 1,000–5,000; the last tier is 4,000 wide, so 2,000 beyond it.
    expect(points([5_000, 0, 1_000])).toEqual([500, 1_000, 3_000, 5_000, 7_000]);
  });

  test('a first tier that starts above zero, and a single tier from zero', () => {
    expect(points([100])).toEqual([50, 100, 150]);
    expect(points([0])).toEqual([100, 1_000]);
  });

  test('halfway points read as typed: no binary noise', () => {
    expect(points([0, 0.1, 0.3])).toEqual([0.05, 0.1, 0.2, 0.3, 0.4]);
  });
});
