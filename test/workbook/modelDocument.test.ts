import { type OutcomeModel } from '../../src/engine/terms/outcomeModel';
import {
  CURRENT_VERSION,
  MIGRATIONS,
  migrateDocument,
  MODEL_DOCUMENT_KEY,
  parseModelDocument,
  serializeModelDocument,
} from '../../src/workbook/modelDocument';
import { sampleContract } from '../../src/workbook/sampleModel';

const NOW = new Date('2025-03-01T09:30:00.000Z');
const model: OutcomeModel = { contract: sampleContract() };

/** The stored JSON, changed by `edit`, as text again. */
function edited(
  edit: (doc: {
    version: number;
    model: { contract: Record<string, unknown> & { serviceLevels: Record<string, unknown>[] } };
  }) => void,
): string {
  const doc = JSON.parse(serializeModelDocument(model, NOW));
  edit(doc);
  return JSON.stringify(doc);
}

function invalidMessage(text: string): string {
  const parsed = parseModelDocument(text);
  if (parsed.kind !== 'invalid') throw new Error('expected an invalid document');
  return parsed.message;
}

describe('the stored model document', () => {
  it('is stored under the agreed settings key', () => {
    expect(MODEL_DOCUMENT_KEY).toBe('OutcomeModeler.model');
  });

  it('is versioned JSON with the time it was saved', () => {
    const doc = JSON.parse(serializeModelDocument(model, NOW));
    expect(doc).toEqual({
      format: 'outcome-modeler',
      version: 1,
      savedAt: '2025-03-01T09:30:00.000Z',
      model,
    });
  });

  it('reads back exactly the model that was written, nulls included', () => {
    const withNulls: OutcomeModel = {
      contract: {
        ...model.contract,
        incentiveCapAnnualShare: null,
        ratchet: { method: 'none', maxGapShare: null },
        serviceLevels: [{ ...model.contract.serviceLevels[0], minimum: null }],
      },
    };
    expect(parseModelDocument(serializeModelDocument(withNulls, NOW))).toEqual({
      kind: 'ok',
      model: withNulls,
    });
  });

  it('keeps gain share, scenarios and proposals', () => {
    const full: OutcomeModel = {
      contract: {
        ...model.contract,
        gainShare: {
          targetCostAnnual: 2_400_000,
          shareBands: [{ bound: 1, rate: 0.5 }],
          painCap: null,
          gainCap: 100_000,
        },
      },
      scenarios: [
        {
          id: 'base',
          name: 'Base case',
          assumptions: {
            availability: {
              kind: 'normal',
              mean: 99.6,
              sd: 0.2,
              rho: 0.3,
              bounds: { lower: 0, upper: 100 },
            },
            backlog: { kind: 'series', values: [140, null, 160] },
          },
          actualCostAnnual: { kind: 'triangular', min: 2.2e6, mode: 2.4e6, max: 2.9e6 },
        },
      ],
      proposals: [
        { id: 'counter', name: 'Counter-offer', contract: { ...model.contract, atRiskShare: 0.1 } },
      ],
    };
    expect(parseModelDocument(serializeModelDocument(full, NOW))).toEqual({
      kind: 'ok',
      model: full,
    });
  });

  it('names bad paths outside the contract too', () => {
    const doc = JSON.parse(
      serializeModelDocument(
        { ...model, proposals: [{ id: 'p', name: 'P', contract: model.contract }] },
        NOW,
      ),
    );
    doc.model.proposals[0].contract.atRiskShare = '12%';
    expect(invalidMessage(JSON.stringify(doc))).toContain(
      'proposals[0].contract.atRiskShare: expected number, got "12%"',
    );
    doc.model.proposals[0].contract.atRiskShare = 0.12;
    doc.model.scenarios = [
      { id: 's', name: 'S', assumptions: { availability: { kind: 'guess', level: 99 } } },
    ];
    expect(invalidMessage(JSON.stringify(doc))).toContain(
      'scenarios[0].assumptions.availability.kind: expected "constant" or "series" or "normal" or "triangular" or "resample"',
    );
  });

  it('names the bad path and what was expected', () => {
    const text = edited((doc) => {
      doc.model.contract.serviceLevels[2].expected = 'eight';
    });
    expect(invalidMessage(text)).toBe(
      'The stored model is damaged: serviceLevels[2].expected: expected number, got "eight".',
    );
  });

  it('reports a missing field, a wrong choice and a null where none is allowed', () => {
    expect(invalidMessage(edited((doc) => delete doc.model.contract.monthlyCharges))).toContain(
      'monthlyCharges: missing (expected number)',
    );
    expect(
      invalidMessage(
        edited((doc) => {
          doc.model.contract.serviceLevels[0].direction = 'up';
        }),
      ),
    ).toContain('serviceLevels[0].direction: expected "higher" or "lower", got "up"');
    expect(
      invalidMessage(
        edited((doc) => {
          doc.model.contract.serviceLevels[1].expected = null;
        }),
      ),
    ).toContain('serviceLevels[1].expected: expected number, got null');
    expect(
      invalidMessage(
        edited((doc) => {
          (doc.model.contract.serviceLevels[0].bands as { rows: unknown[] }).rows[1] = {
            bound: 99,
          };
        }),
      ),
    ).toContain('serviceLevels[0].bands.rows[1].rate: missing (expected number)');
  });

  it('counts further problems after the first', () => {
    const text = edited((doc) => {
      doc.model.contract.name = 1;
      doc.model.contract.currency = 2;
      doc.model.contract.termMonths = 'x';
    });
    expect(invalidMessage(text)).toBe(
      'The stored model is damaged: name: expected string, got 1 (and 2 more problems).',
    );
  });

  it('refuses two service levels with one id', () => {
    const text = edited((doc) => {
      doc.model.contract.serviceLevels[1].id = doc.model.contract.serviceLevels[0].id;
    });
    expect(invalidMessage(text)).toContain('serviceLevels[1].id: duplicate id "availability"');
  });

  it('refuses text that is not JSON or not an Outcome Modeler document', () => {
    expect(invalidMessage('{not json')).toMatch(/^The stored model is not valid JSON \(/);
    expect(invalidMessage('{"format":"something-else","version":1,"savedAt":"x","model":{}}')).toBe(
      'The stored model is not an Outcome Modeler document: format: expected "outcome-modeler", got "something-else".',
    );
    expect(invalidMessage('null')).toContain('not an Outcome Modeler document: expected object');
  });

  it('refuses a document from a newer Outcome Modeler, saying so', () => {
    const text = edited((doc) => {
      doc.version = CURRENT_VERSION + 1;
    });
    expect(invalidMessage(text)).toContain(
      'written by a newer Outcome Modeler (format version 2; this one reads up to 1)',
    );
  });

  it('has no migration steps while version 1 is the only version', () => {
    expect(CURRENT_VERSION).toBe(1);
    expect(Object.keys(MIGRATIONS)).toEqual([]);
  });
});

describe('migrations', () => {
  it('applies each step in order from the document version up to the current one', () => {
    const steps = {
      1: (doc: Readonly<Record<string, unknown>>) => ({ ...doc, trail: ['1→2'] }),
      2: (doc: Readonly<Record<string, unknown>>) => ({
        ...doc,
        trail: [...((doc.trail as string[] | undefined) ?? []), '2→3'],
      }),
    };
    expect(migrateDocument({ version: 1 }, 1, steps, 3)).toEqual({
      kind: 'ok',
      document: { version: 3, trail: ['1→2', '2→3'] },
    });
    expect(migrateDocument({ version: 2 }, 2, steps, 3)).toEqual({
      kind: 'ok',
      document: { version: 3, trail: ['2→3'] },
    });
    expect(migrateDocument({ version: 3 }, 3, steps, 3)).toEqual({
      kind: 'ok',
      document: { version: 3 },
    });
  });

  it('reports a version it has no step for', () => {
    const result = migrateDocument({ version: 1 }, 1, {}, 2);
    expect(result).toEqual({
      kind: 'invalid',
      message: expect.stringContaining('cannot upgrade (no step from version 1)'),
    });
  });
});
