import {
  differingTerms,
  parseTermKey,
  serviceLevelsOnlyIn,
  termKey,
  termLabel,
  termValue,
  withTermFrom,
} from '../../../src/engine/terms/contractTerms';
import { termValueText } from '../../../src/engine/terms/termText';
import { contract, serviceLevel } from '../contractFixtures';

const GERMAN = { decimal: ',', grouping: ['.'] } as const;

describe('term keys', () => {
  it('round-trips contract terms and service-level terms, ids with colons included', () => {
    for (const ref of [
      { scope: 'contract', field: 'atRiskShare' },
      { scope: 'contract', field: 'gainShare' },
      { scope: 'serviceLevel', serviceLevelId: 'sl-1', field: 'bands' },
      { scope: 'serviceLevel', serviceLevelId: 'a:b:c', field: 'minimum' },
    ] as const) {
      expect(parseTermKey(termKey(ref))).toEqual(ref);
    }
    expect(termKey({ scope: 'serviceLevel', serviceLevelId: 'x', field: 'expected' })).toBe(
      'sl:x:expected',
    );
  });

  it('reads keys no term has as null', () => {
    for (const key of ['name', 'currency', 'sl:x:name', 'sl:', 'sl:x', '', '__proto__'])
      expect(parseTermKey(key)).toBeNull();
  });
});

describe('differingTerms and withTermFrom', () => {
  const a = contract([serviceLevel('av'), serviceLevel('p1', { name: 'P1 resolution' })]);

  it('finds nothing between a contract and itself, or a copy', () => {
    expect(differingTerms(a, a)).toEqual([]);
    expect(differingTerms(a, JSON.parse(JSON.stringify(a)))).toEqual([]);
  });

  it('lists contract-wide terms first, then each service level in the left order', () => {
    const b = {
      ...a,
      atRiskShare: 0.15,
      earnback: { mode: 'prorata' as const, window: 3 },
      serviceLevels: [
        { ...a.serviceLevels[1], allocation: 0.8 },
        { ...a.serviceLevels[0], minimum: 98 },
      ],
    };
    expect(differingTerms(a, b).map(termKey)).toEqual([
      'atRiskShare',
      'earnback',
      'sl:av:minimum',
      'sl:p1:allocation',
    ]);
  });

  it('applies one term alone and leaves every other as it was', () => {
    const b = { ...a, atRiskShare: 0.15, monthlyCharges: 90_000 };
    const one = withTermFrom(a, b, { scope: 'contract', field: 'atRiskShare' });
    expect(one.atRiskShare).toBe(0.15);
    expect(one.monthlyCharges).toBe(100_000);
    expect(differingTerms(a, one).map(termKey)).toEqual(['atRiskShare']);
  });

  it('carries an absent optional term as absent, and a service level only one side has not at all', () => {
    const gain = {
      ...a,
      gainShare: {
        targetCostAnnual: 1_000_000,
        shareBands: [{ bound: 0, rate: 0.5 }],
        painCap: null,
        gainCap: 50_000,
      },
    };
    const removed = withTermFrom(gain, a, { scope: 'contract', field: 'gainShare' });
    expect('gainShare' in removed).toBe(false);
    expect(differingTerms(gain, a).map(termKey)).toEqual(['gainShare']);
    const fewer = { ...a, serviceLevels: [a.serviceLevels[0]] };
    const ref = { scope: 'serviceLevel', serviceLevelId: 'p1', field: 'expected' } as const;
    expect(withTermFrom(fewer, a, ref)).toBe(fewer);
    expect(termValue(fewer, ref)).toBeUndefined();
    expect(serviceLevelsOnlyIn(a, fewer).map((sl) => sl.id)).toEqual(['p1']);
    expect(differingTerms(a, fewer)).toEqual([]);
  });
});

describe('termLabel and termValueText', () => {
  const sl = serviceLevel('av', {
    name: 'Availability',
    expected: 99.5,
    minimum: 98.75,
    allocation: 0.25,
  });
  const c = contract([sl], {
    monthlyCharges: 250_000.5,
    incentiveCapAnnualShare: null,
    earnback: { mode: 'prorata', window: 3 },
    ratchet: { method: 'midpoint', maxGapShare: 0.2 },
  });
  const av = (field: 'expected' | 'minimum' | 'allocation' | 'bands' | 'critical') =>
    ({ scope: 'serviceLevel', serviceLevelId: 'av', field }) as const;

  it('names terms after the service level', () => {
    expect(termLabel(av('minimum'), c)).toBe('Availability: minimum level');
    expect(termLabel({ scope: 'contract', field: 'atRiskShare' }, c)).toBe('At-risk %');
  });

  it('writes values in the reader’s number convention', () => {
    const text = (ref: Parameters<typeof termValueText>[1]) => termValueText(c, ref, GERMAN);
    expect(text({ scope: 'contract', field: 'monthlyCharges' })).toBe('250.000,5 USD');
    expect(text({ scope: 'contract', field: 'atRiskShare' })).toBe('10%');
    expect(text({ scope: 'contract', field: 'incentiveCapAnnualShare' })).toBe('none');
    expect(text({ scope: 'contract', field: 'earnback' })).toBe('pro rata over 3 months');
    expect(text({ scope: 'contract', field: 'ratchet' })).toBe('midpoint, at most 20% of the gap');
    expect(text({ scope: 'contract', field: 'gainShare' })).toBe('none');
    expect(text(av('minimum'))).toBe('98,75 %');
    expect(text(av('allocation'))).toBe('25%');
    expect(text(av('bands'))).toBe('step on performance: 0 → -100%; 99,5 → 0%');
    expect(termValueText(contract([]), av('expected'))).toBe('—');
    const levers = contract([], {
      costBase: { monthlyByYear: [180_000, 185_000.5], indexation: 0.025 },
      volumePricing: [
        {
          id: 'v',
          name: 'Tickets resolved',
          unit: 'ticket',
          method: 'graduated',
          tiers: [
            { bound: 1000, rate: 9.5 },
            { bound: 0, rate: 12 },
          ],
        },
      ],
    });
    expect(termValueText(levers, { scope: 'contract', field: 'costBase' }, GERMAN)).toBe(
      '180.000; 185.000,5 a month by year, then +2,5% a year',
    );
    expect(termValueText(levers, { scope: 'contract', field: 'volumePricing' }, GERMAN)).toBe(
      'Tickets resolved per ticket (graduated): from 0: 12; from 1.000: 9,5',
    );
  });
});
