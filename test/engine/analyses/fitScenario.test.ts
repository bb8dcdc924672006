import {
  fitScenario,
  fittedScenario,
  type ScenarioFit,
} from '../../../src/engine/analyses/fitScenario';
import { type ActualRecord } from '../../../src/engine/review/actuals';
import { periodAfter } from '../../../src/engine/review/servicePeriod';
import { checkCorrelations } from '../../../src/engine/simulation/levelCorrelation';
import { validateAssumption } from '../../../src/engine/simulation/performanceAssumption';
import { ar1Months } from './syntheticActuals';

const availability = {
  id: 'avail',
  name: 'Availability',
  unit: '%',
  direction: 'higher' as const,
  expected: 99.5,
};
const hours = {
  id: 'hours',
  name: 'Resolution hours',
  unit: 'hours',
  direction: 'lower' as const,
  expected: 8,
};
const csat = {
  id: 'csat',
  name: 'Satisfaction',
  unit: 'score',
  direction: 'higher' as const,
  expected: 4.2,
};

/** One record a month from `start` (null = not measured). */
const months = (id: string, start: string, values: readonly (number | null)[]): ActualRecord[] =>
  values.flatMap((value, m) =>
    value === null
      ? []
      : [{ serviceLevelId: id, period: periodAfter(start, m), value, excludedMinutes: null }],
  );

const unwrapFit = (fit: ReturnType<typeof fitScenario>): ScenarioFit => {
  if (!fit.ok) throw new Error(fit.error.message);
  return fit.value;
};

// Availability ranks by month: 8, 4, 6, 1, 7, 3, 5, 2.
const AVAILABILITY = [99.9, 99.5, 99.7, 99.2, 99.8, 99.4, 99.6, 99.3];
// Hours ranks 2, 5, 3, 8, 1, 6, 4, 7; negated (lower is better) 7, 4, 6, 1, 8, 3, 5, 2: availability's
// ranks except months 1 and 5, which swap 7 and 8.
const HOURS = [5, 8, 6, 11, 4, 9, 7, 10];

describe('a scenario fitted from actuals', () => {
  it('signs correlations by how well the levels do: availability down with hours up is +', () => {
    const fit = unwrapFit(
      fitScenario(
        [availability, hours],
        [...months('avail', '2026-01', AVAILABILITY), ...months('hours', '2026-01', HOURS)],
        'recent',
      ),
    );
    // Raw Spearman: −(1 − 6·Σd²/(n(n²−1))) with Σd² = 1 + 1 = 2 → −(1 − 12/504); flipped for the hours.
    expect(fit.correlations).toEqual([
      { first: 'avail', second: 'hours', rho: 0.976, measured: 0.976, months: 8 },
    ]);
    expect(fit.repaired).toBe(false);
    expect(fit.name).toBe('As measured, last 8 months');
  });

  it('fits the last 12 months by default and every month when asked, naming the scenario after it', () => {
    const series = ar1Months(11, 18, 99.5, 0.15, 0.3).map((v) => Math.min(100, v));
    const actuals = months('avail', '2025-07', series);
    const recent = unwrapFit(fitScenario([availability], actuals, 'recent'));
    expect(recent).toMatchObject({
      name: 'As measured, last 12 months',
      from: '2026-01',
      to: '2026-12',
      months: 12,
    });
    const level = recent.levels[0];
    if (level.kind !== 'fitted') throw new Error('not fitted');
    expect(level.fit.months).toBe(12);
    const resample = level.fit.ranked.find((c) => c.assumption.kind === 'resample');
    expect(resample?.assumption).toEqual({ kind: 'resample', history: series.slice(6) });
    const all = unwrapFit(fitScenario([availability], actuals, 'all'));
    expect(all).toMatchObject({ name: 'As measured, all 18 months', from: '2025-07', months: 18 });
  });

  it('keeps a constant where there are too few months, and drops pairs with too few common months', () => {
    const fit = unwrapFit(
      fitScenario(
        [availability, hours, csat],
        [
          ...months('avail', '2026-01', AVAILABILITY),
          ...months('hours', '2026-01', [5, 8, 6, null, null, 9, null, 10]),
          ...months('csat', '2026-01', [4.1, 4.3, 4.0, 4.4, 4.2, 4.1, 4.5, 4.0]),
        ],
        'recent',
      ),
    );
    expect(fit.levels[1]).toEqual({
      kind: 'kept',
      serviceLevelId: 'hours',
      reason: 'Resolution hours: 5 measured months; fitting needs at least 6',
      assumption: { kind: 'constant', level: 8 },
    });
    // Only availability and satisfaction are fitted; they share 8 months.
    expect(fit.correlations.map((c) => [c.first, c.second, c.months])).toEqual([
      ['avail', 'csat', 8],
    ]);
  });

  it('repairs correlations that are impossible together, measured over different months', () => {
    // A and B rise together in months 1–6, B and C in 7–12, while A and C move apart in 13–18:
    // +1, +1 and −1 cannot hold at once.
    const up = [1, 2, 3, 4, 5, 6];
    const down = [6, 5, 4, 3, 2, 1];
    const gap = [null, null, null, null, null, null];
    const level = (id: string) => ({
      id,
      name: id.toUpperCase(),
      unit: 'count',
      direction: 'higher' as const,
      expected: 3,
    });
    const fit = unwrapFit(
      fitScenario(
        [level('a'), level('b'), level('c')],
        [
          ...months('a', '2025-01', [...up, ...gap, ...up]),
          ...months('b', '2025-01', [...up, ...up]),
          ...months('c', '2025-01', [...gap, ...up, ...down]),
        ],
        'all',
      ),
    );
    expect(fit.repaired).toBe(true);
    const byPair = Object.fromEntries(fit.correlations.map((c) => [`${c.first}${c.second}`, c]));
    expect(byPair.ab).toMatchObject({ measured: 1, months: 6 });
    expect(byPair.ac).toMatchObject({ measured: -1, months: 6 });
    expect(byPair.ab.rho).toBeLessThan(1);
    expect(byPair.ac.rho).toBeGreaterThan(-1);
    // The repaired set is (to the pane's three decimals) one the simulation accepts as it is.
    const check = checkCorrelations(fit.correlations, [level('a'), level('b'), level('c')]);
    if (!check.ok) throw new Error(check.error.message);
    for (const p of check.value.adjusted)
      expect(Math.abs(p.rho - byPair[`${p.first}${p.second}`].rho)).toBeLessThan(0.01);
  });

  it('builds the scenario from the chosen fit of each level, with the correlations', () => {
    const fit = unwrapFit(
      fitScenario(
        [availability, hours],
        [...months('avail', '2026-01', AVAILABILITY), ...months('hours', '2026-01', HOURS)],
        'recent',
      ),
    );
    const [a, h] = fit.levels;
    if (a.kind !== 'fitted' || h.kind !== 'fitted') throw new Error('not fitted');
    const scenario = fittedScenario(fit, { hours: 1 });
    expect(scenario).toEqual({
      name: 'As measured, last 8 months',
      assumptions: { avail: a.fit.ranked[0].assumption, hours: h.fit.ranked[1].assumption },
      correlations: [{ first: 'avail', second: 'hours', rho: 0.976 }],
    });
    expect(validateAssumption(scenario.assumptions.avail, availability).ok).toBe(true);
    expect(validateAssumption(scenario.assumptions.hours, hours).ok).toBe(true);
  });

  it('says when there is nothing to fit', () => {
    expect(fitScenario([availability], months('other', '2026-01', [1, 2]), 'recent')).toEqual({
      ok: false,
      error: {
        code: 'value',
        message: 'No actuals of the contract’s service levels to fit: import months first',
      },
    });
  });
});
