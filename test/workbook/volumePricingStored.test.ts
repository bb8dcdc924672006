import { type BandRow } from '../../src/engine/rules/bands';
import { type Contract, type VolumePricingTerm } from '../../src/engine/terms/contract';
import { MAX_BAND_ROWS, MAX_VOLUME_TERMS } from '../../src/engine/terms/limits';
import { type OutcomeModel } from '../../src/engine/terms/outcomeModel';
import { parseModelDocument, serializeModelDocument } from '../../src/workbook/modelDocument';
import { sampleContract } from '../../src/workbook/sampleModel';

/** Volume terms and a scenario's units in the stored model: kept, limited, and optional. */

const NOW = new Date('2025-03-01T09:30:00.000Z');
const term = (i: number, tiers: BandRow[] = [{ bound: 0, rate: 2.5 }]): VolumePricingTerm => ({
  id: `v${i}`,
  name: `Outcome ${i}`,
  unit: 'ticket',
  method: i % 2 === 0 ? 'graduated' : 'allunits',
  tiers,
});
const withTerms = (volumePricing: VolumePricingTerm[]): OutcomeModel => ({
  contract: { ...sampleContract(), volumePricing },
});
const load = (model: OutcomeModel) => parseModelDocument(serializeModelDocument(model, NOW));

describe('volume pricing in the stored model', () => {
  it('keeps volume terms and each scenario’s units per month', () => {
    const model: OutcomeModel = {
      ...withTerms([term(1), term(2)]),
      scenarios: [
        {
          id: 's',
          name: 'Busy',
          assumptions: {},
          volumes: { v1: { kind: 'normal', mean: 1_200, sd: 150, rho: 0.2 } },
        },
      ],
    };
    expect(load(model)).toStrictEqual({ kind: 'ok', model });
  });

  it('loads a model stored before volume pricing, without the fields', () => {
    const contract: Contract = sampleContract();
    const model: OutcomeModel = {
      contract,
      scenarios: [{ id: 's', name: 'Base', assumptions: {} }],
    };
    const loaded = load(model);
    expect(loaded).toStrictEqual({ kind: 'ok', model });
    expect(loaded.kind === 'ok' && loaded.model.contract.volumePricing).toBeUndefined();
  });

  it(`loads ${MAX_VOLUME_TERMS} terms and refuses more, and tiers over the band limit`, () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => term(i));
    expect(load(withTerms(many(MAX_VOLUME_TERMS))).kind).toBe('ok');
    expect(load(withTerms(many(MAX_VOLUME_TERMS + 1)))).toEqual({
      kind: 'invalid',
      message:
        'The stored model is too large to open: volumePricing: A contract has at most 20 volume-priced outcomes, not 21.',
    });
    const tiers = Array.from({ length: MAX_BAND_ROWS + 1 }, (_, i) => ({ bound: i, rate: 1 }));
    expect(load(withTerms([term(1, tiers)]))).toEqual({
      kind: 'invalid',
      message:
        'The stored model is too large to open: volumePricing[0].tiers: 101 rows, more than the 100 a band table may have.',
    });
  });

  it('refuses a method it does not know and duplicate ids', () => {
    const odd = { ...term(1), method: 'tiered' } as unknown as VolumePricingTerm;
    expect(load(withTerms([odd])).kind).toBe('invalid');
    expect(load(withTerms([term(1), term(1)])).kind).toBe('invalid');
  });
});
