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
      { first: 'avail', second: 'hours', rho: 0.976, measured: 0.976, months: 8, implied: false },
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
    expect([...fit.correlations, ...fit.unclear].map((c) => [c.first, c.second, c.months])).toEqual(
      [['avail', 'csat', 8]],
    );
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
    const second = h.fit.ranked[1].assumption.kind;
    const scenario = fittedScenario(fit, { hours: second });
    expect(scenario).toEqual({
      name: 'As measured, last 8 months',
      assumptions: { avail: a.fit.ranked[0].assumption, hours: h.fit.ranked[1].assumption },
      correlations: [{ first: 'avail', second: 'hours', rho: 0.976 }],
    });
    expect(validateAssumption(scenario.assumptions.avail, availability).ok).toBe(true);
    expect(validateAssumption(scenario.assumptions.hours, hours).ok).toBe(true);
  });

  it('takes the chosen kind wherever it is ranked, and the best when that kind is not offered', () => {
    const fit = unwrapFit(
      fitScenario([availability], months('avail', '2026-01', AVAILABILITY), 'recent'),
    );
    const [a] = fit.levels;
    if (a.kind !== 'fitted') throw new Error('not fitted');
    // Resampling is ranked last here (both models pass the KS test with 8 months).
    expect(a.fit.ranked.at(-1)?.assumption.kind).toBe('resample');
    expect(fittedScenario(fit, { avail: 'resample' }).assumptions.avail).toEqual({
      kind: 'resample',
      history: AVAILABILITY,
    });
    // A choice for another level leaves the best; so does a kind this level was not offered.
    const best = a.fit.ranked[0].assumption;
    expect(fittedScenario(fit, { hours: 'resample' }).assumptions.avail).toEqual(best);
    const withoutResample: ScenarioFit = {
      ...fit,
      levels: [{ ...a, fit: { ...a.fit, ranked: a.fit.ranked.slice(0, -1) } }],
    };
    expect(fittedScenario(withoutResample, { avail: 'resample' }).assumptions.avail).toEqual(best);
  });

  it('keeps only correlations significant at 5 %, and reports the others', () => {
    // Three levels over 12 months whose ranks are A 1…12, B and C permutations of it: A–B has
    // Σd² = 1 + 100 + 0 + 9 + 8·1 = 118, ρ = 1 − 6·118/(12·143) = 0.587, just significant (the
    // exact 5 % value for 12 pairs); A–C Σd² = 4·3 + 8·1 + 100 = 120, ρ = 0.580, just not; B–C
    // Σd² = 194, ρ = 0.322.
    const level = (id: string) => ({
      id,
      name: id.toUpperCase(),
      unit: 'count',
      direction: 'higher' as const,
      expected: 6,
    });
    const fit = unwrapFit(
      fitScenario(
        [level('a'), level('b'), level('c')],
        [
          ...months('a', '2026-01', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
          ...months('b', '2026-01', [2, 12, 3, 1, 4, 5, 6, 7, 8, 9, 10, 11]),
          ...months('c', '2026-01', [3, 4, 1, 5, 6, 7, 8, 9, 10, 11, 12, 2]),
        ],
        'recent',
      ),
    );
    expect(fit.correlations).toEqual([
      { first: 'a', second: 'b', rho: 0.587, measured: 0.587, months: 12, implied: false },
    ]);
    expect(fit.unclear).toEqual([
      { first: 'a', second: 'c', measured: 0.58, months: 12 },
      { first: 'b', second: 'c', measured: 0.322, months: 12 },
    ]);
    expect(fittedScenario(fit, {}).correlations).toEqual([{ first: 'a', second: 'b', rho: 0.587 }]);
  });

  it('keeps a pair that is not clear on its own, as measured, when the clear links need it', () => {
    // C rises with A and with B (A + B, ties broken by the month): A–C 0.748 and B–C 0.734 are
    // significant, A–B is not (Σd² = 64+1+64+0+4+1+25+4+1+4+25+49 = 242, ρ = 1 − 6·242/1716 =
    // 0.154). With A–B at 0 the copula's matrix would be impossible: Pearson 2·sin(πρ/6) gives
    // 0.764 and 0.750, and 1 − 0.764² − 0.750² < 0. As measured, 0.154, the three hold together.
    const A = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    const B = [9, 1, 11, 4, 3, 7, 2, 10, 8, 12, 6, 5];
    const level = (id: string) => ({
      id,
      name: id.toUpperCase(),
      unit: 'count',
      direction: 'higher' as const,
      expected: 6,
    });
    const fit = unwrapFit(
      fitScenario(
        [level('a'), level('b'), level('c')],
        [
          ...months('a', '2026-01', A),
          ...months('b', '2026-01', B),
          ...months(
            'c',
            '2026-01',
            A.map((a, m) => a + B[m] + 0.001 * m),
          ),
        ],
        'recent',
      ),
    );
    expect(fit.correlations).toEqual([
      { first: 'a', second: 'c', rho: 0.748, measured: 0.748, months: 12, implied: false },
      { first: 'b', second: 'c', rho: 0.734, measured: 0.734, months: 12, implied: false },
      { first: 'a', second: 'b', rho: 0.154, measured: 0.154, months: 12, implied: true },
    ]);
    expect(fit.unclear).toEqual([]);
    expect(fit.repaired).toBe(false);
  });

  it('fits months with excluded minutes at the value the contract measures, and names them', () => {
    // October has 31·24·60 = 44 640 minutes; 98.9 % with 120 of them excluded measures
    // 98.9·44 640/44 520 = 99.1666 %. A record with 0 excluded minutes is unchanged.
    const records = months('avail', '2026-01', AVAILABILITY.concat([99.4, 99.6, 99.5, 99.7])).map(
      (r) =>
        r.period === '2026-10'
          ? { ...r, value: 98.9, excludedMinutes: 120 }
          : r.period === '2026-11'
            ? { ...r, excludedMinutes: 0 }
            : r,
    );
    const fit = unwrapFit(fitScenario([availability], records, 'recent'));
    expect(fit.adjusted).toEqual([{ serviceLevelId: 'avail', periods: ['2026-10'] }]);
    const [a] = fit.levels;
    if (a.kind !== 'fitted') throw new Error('not fitted');
    const history = a.fit.ranked.find((c) => c.assumption.kind === 'resample')?.assumption;
    expect(history?.kind === 'resample' && history.history[9]).toBeCloseTo(
      (98.9 * 44640) / 44520,
      10,
    );
    expect(unwrapFit(fitScenario([availability], records.slice(0, 9), 'recent')).adjusted).toEqual(
      [],
    );
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
