import { type VolumePricingTerm } from '../../../src/engine/terms/contract';
import {
  compileVolumePricing,
  volumeChargeOver,
  volumePricingIssues,
} from '../../../src/engine/terms/compiledVolumePricing';
import { contractIssues } from '../../../src/engine/terms/contractValidation';
import { MAX_VOLUME_TERMS } from '../../../src/engine/terms/limits';
import { unwrap } from '../../../src/engine/rules/result';
import { contract, serviceLevel } from '../contractFixtures';

/** Tickets: the first 1,000 a month at 5, every one beyond at 4. */
const tickets = (over: Partial<VolumePricingTerm> = {}): VolumePricingTerm => ({
  id: 'tickets',
  name: 'Tickets resolved',
  unit: 'ticket',
  method: 'graduated',
  tiers: [
    { bound: 0, rate: 5 },
    { bound: 1_000, rate: 4 },
  ],
  ...over,
});

const messages = (terms: VolumePricingTerm[]) => volumePricingIssues(terms).map((i) => i.message);

describe('volume pricing terms are checked term by term, naming the term', () => {
  test('valid terms have no issues', () => {
    expect(volumePricingIssues([tickets(), tickets({ id: 'users', name: 'Users' })])).toEqual([]);
  });

  test.each([
    [
      [
        { bound: 0, rate: 5 },
        { bound: 0, rate: 4 },
      ],
      'tiers: duplicate lower bound 0',
    ],
    [
      [
        { bound: 0, rate: 5 },
        { bound: 1_000, rate: -1 },
      ],
      'tiers: price per unit must be ≥ 0, not -1',
    ],
    [[{ bound: -10, rate: 5 }], 'tiers: units from must be ≥ 0, not -10'],
    [[{ bound: 0, rate: NaN }], 'tiers: rate NaN is not a finite number'],
    [[], 'add at least one tier'],
  ])('tiers %j', (tiers, message) => {
    expect(volumePricingIssues([tickets({ tiers })])).toEqual([
      {
        termId: 'tickets',
        field: 'tiers',
        message: `Volume pricing "Tickets resolved": ${message}`,
      },
    ]);
  });

  test('tiers in any order are one table (sorted by units from)', () => {
    expect(messages([tickets({ tiers: [...tickets().tiers].reverse() })])).toEqual([]);
  });

  test('names are given and distinct (whatever their case); ids are distinct', () => {
    expect(
      messages([
        tickets({ name: '  ' }),
        tickets({ id: 'b' }),
        tickets({ id: 'c', name: 'TICKETS resolved' }),
        tickets({ id: 'c', name: 'Users' }),
      ]),
    ).toEqual([
      'Volume pricing, outcome 1: name is empty',
      'Volume pricing "TICKETS resolved": another volume-priced outcome has this name',
      'Volume pricing "Users": duplicate or empty id "c"',
    ]);
  });

  test('too many terms are reported once, for the list', () => {
    const many = Array.from({ length: MAX_VOLUME_TERMS + 1 }, (_, i) =>
      tickets({ id: `t${i}`, name: `Outcome ${i}` }),
    );
    expect(volumePricingIssues(many)).toEqual([
      {
        termId: null,
        field: null,
        message: `A contract has at most ${MAX_VOLUME_TERMS} volume-priced outcomes, not 21`,
      },
    ]);
  });

  test('the contract validation shows each issue beside its term', () => {
    const c = contract([serviceLevel('A')], {
      volumePricing: [tickets({ tiers: [{ bound: 0, rate: -2 }] })],
    });
    expect(contractIssues(c)).toEqual([
      {
        serviceLevelId: null,
        field: 'volumePricing.tickets.tiers',
        message: 'Volume pricing "Tickets resolved": tiers: price per unit must be ≥ 0, not -2',
      },
    ]);
    expect(compileVolumePricing(c)).toEqual({
      ok: false,
      error: {
        code: 'value',
        message: `${c.name}: Volume pricing "Tickets resolved": tiers: price per unit must be ≥ 0, not -2`,
      },
    });
  });
});

describe('the charge over months', () => {
  const [graduated] = unwrap(
    compileVolumePricing(contract([serviceLevel('A')], { volumePricing: [tickets()] })),
  );
  const [allUnits] = unwrap(
    compileVolumePricing(
      contract([serviceLevel('A')], { volumePricing: [tickets({ method: 'allunits' })] }),
    ),
  );

  test('prices each month on its own; a month not known is charged nothing', () => {
    const units = Float64Array.from([1_500, NaN, 800, 1_000]);
    // Graduated: 1,000 × 5 + 500 × 4 = 7,000; nothing; 800 × 5 = 4,000; 1,000 × 5 = 5,000.
    expect(volumeChargeOver(graduated, units, 0, 4)).toBe(16_000);
    // All units at the tier the month reaches: 1,500 × 4 = 6,000; 0; 800 × 5 = 4,000; 1,000 × 4.
    expect(volumeChargeOver(allUnits, units, 0, 4)).toBe(14_000);
    // From an offset: the last two months only.
    expect(volumeChargeOver(graduated, units, 2, 2)).toBe(9_000);
  });

  test('a contract without volume terms compiles to none', () => {
    expect(compileVolumePricing(contract([serviceLevel('A')]))).toEqual({ ok: true, value: [] });
  });
});
