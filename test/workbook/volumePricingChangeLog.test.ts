import { type Contract, type VolumePricingTerm } from '../../src/engine/terms/contract';
import { type Scenario } from '../../src/engine/simulation/scenario';
import { diffModels } from '../../src/workbook/changeLog';
import { sampleContract } from '../../src/workbook/sampleModel';

const TIME = new Date('2025-03-01T09:30:00.000Z');
const base: Contract = { ...sampleContract(), volumePricing: undefined };
const tickets: VolumePricingTerm = {
  id: 'tickets',
  name: 'Tickets resolved',
  unit: 'ticket',
  method: 'graduated',
  tiers: [
    { bound: 1_000, rate: 4 },
    { bound: 0, rate: 5.5 },
  ],
};
const rows = (before: Contract, after: Contract) =>
  diffModels({ contract: before }, { contract: after }, TIME).map((e) => [
    e.field,
    e.oldValue,
    e.newValue,
  ]);

describe('the change log of volume pricing', () => {
  it('logs a term added, changed, renamed and removed, by its name', () => {
    const priced: Contract = { ...base, volumePricing: [tickets] };
    expect(rows(base, priced)).toEqual([
      ['Volume pricing: Tickets resolved', 'none', 'per ticket, graduated; 0→5.5; 1000→4'],
    ]);
    const cheaper: Contract = {
      ...base,
      volumePricing: [
        {
          ...tickets,
          name: 'Tickets',
          method: 'allunits',
          tiers: [...tickets.tiers, { bound: 5_000, rate: 3 }],
        },
      ],
    };
    expect(rows(priced, cheaper)).toEqual([
      ['Volume pricing: Tickets (name)', 'Tickets resolved', 'Tickets'],
      [
        'Volume pricing: Tickets',
        'per ticket, graduated; 0→5.5; 1000→4',
        'per ticket, all units; 0→5.5; 1000→4; 5000→3',
      ],
    ]);
    expect(rows(priced, base)).toEqual([
      ['Volume pricing: Tickets resolved', 'per ticket, graduated; 0→5.5; 1000→4', 'none'],
    ]);
  });

  it('logs a proposal’s volume terms against the contract’s', () => {
    const contract: Contract = { ...base, volumePricing: [tickets] };
    const theirs: Contract = {
      ...contract,
      volumePricing: [{ ...tickets, tiers: [{ bound: 0, rate: 5 }] }],
    };
    const entries = diffModels(
      { contract },
      { contract, proposals: [{ id: 'p', name: 'Their counter', contract: theirs }] },
      TIME,
    ).map((e) => [e.field, e.oldValue, e.newValue]);
    expect(entries).toEqual([
      ['Proposal "Their counter"', '', 'added'],
      [
        'Their counter vs contract: Volume pricing: Tickets resolved',
        'per ticket, graduated; 0→5.5; 1000→4',
        'per ticket, graduated; 0→5',
      ],
    ]);
  });

  it('logs a scenario’s units per month by the term’s name', () => {
    const contract: Contract = { ...base, volumePricing: [tickets] };
    const scenario: Scenario = { id: 's', name: 'Busy', assumptions: {} };
    const busy: Scenario = {
      ...scenario,
      volumes: { tickets: { kind: 'constant', level: 1_500 } },
    };
    const entries = (before: Scenario, after: Scenario) =>
      diffModels({ contract, scenarios: [before] }, { contract, scenarios: [after] }, TIME).map(
        (e) => [e.field, e.oldValue, e.newValue],
      );
    expect(entries(scenario, busy)).toEqual([
      ['Scenario "Busy": units a month of Tickets resolved', '', 'constant 1500'],
    ]);
    expect(entries(busy, scenario)).toEqual([
      ['Scenario "Busy": units a month of Tickets resolved', 'constant 1500', ''],
    ]);
  });
});
