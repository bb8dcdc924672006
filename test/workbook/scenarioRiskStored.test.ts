import { type OutcomeModel } from '../../src/engine/terms/outcomeModel';
import { parseModelDocument, serializeModelDocument } from '../../src/workbook/modelDocument';
import { sampleContract } from '../../src/workbook/sampleModel';

/** A scenario's correlations and bad month in the stored model: kept, optional, limited. */

const NOW = new Date('2025-03-01T09:30:00.000Z');
const load = (model: OutcomeModel) => parseModelDocument(serializeModelDocument(model, NOW));
const loadJson = (model: unknown) =>
  parseModelDocument(
    JSON.stringify({ format: 'outcome-modeler', version: 1, savedAt: NOW.toISOString(), model }),
  );

describe('correlations and the bad month in the stored model', () => {
  it('keeps the pairs and the bad month, drops by service-level id', () => {
    const model: OutcomeModel = {
      contract: sampleContract(),
      scenarios: [
        {
          id: 's',
          name: 'Base',
          assumptions: { availability: { kind: 'normal', mean: 99.6, sd: 0.2 } },
          correlations: [
            { first: 'availability', second: 'p1-resolution', rho: 0.6 },
            { first: 'p1-resolution', second: 'availability-2', rho: -0.25 },
          ],
          badMonth: { probability: 0.05, drops: { availability: 0.5, 'p1-resolution': 2 } },
        },
      ],
    };
    expect(load(model)).toStrictEqual({ kind: 'ok', model });
  });

  it('keeps a drop whose service-level id is "__proto__" as an entry, not a prototype', () => {
    // JSON.parse makes "__proto__" an own key, as a stored document holds it.
    const stored = JSON.parse(
      '{"contract":null,"scenarios":[{"id":"s","name":"Base","assumptions":{},' +
        '"badMonth":{"probability":0.1,"drops":{"__proto__":3,"constructor":1}}}]}',
    ) as Record<string, unknown>;
    const loaded = loadJson({ ...stored, contract: sampleContract() });
    expect(loaded.kind).toBe('ok');
    const drops = loaded.kind === 'ok' ? loaded.model.scenarios?.[0].badMonth?.drops : undefined;
    expect(Object.entries(drops ?? {})).toEqual([
      ['__proto__', 3],
      ['constructor', 1],
    ]);
    expect(Object.getPrototypeOf(drops)).toBe(Object.prototype);
  });

  it('loads a model stored before them, without the fields', () => {
    const model: OutcomeModel = {
      contract: sampleContract(),
      scenarios: [{ id: 's', name: 'Base', assumptions: {} }],
    };
    const loaded = load(model);
    expect(loaded).toStrictEqual({ kind: 'ok', model });
    const scenario = loaded.kind === 'ok' ? loaded.model.scenarios?.[0] : undefined;
    expect(scenario && 'correlations' in scenario).toBe(false);
    expect(scenario && 'badMonth' in scenario).toBe(false);
  });

  it('refuses a drop that is not a number, a pair without its correlation, and too many pairs', () => {
    const scenario = (extra: Record<string, unknown>) => ({
      contract: sampleContract(),
      scenarios: [{ id: 's', name: 'Base', assumptions: {}, ...extra }],
    });
    expect(loadJson(scenario({ badMonth: { probability: 0.1, drops: { a: '2' } } }))).toEqual({
      kind: 'invalid',
      message: expect.stringContaining('scenarios[0].badMonth.drops.a: expected a number'),
    });
    expect(loadJson(scenario({ correlations: [{ first: 'a', second: 'b' }] })).kind).toBe(
      'invalid',
    );
    // 200 service levels make 200 × 199 / 2 = 19,900 pairs.
    const pairs = Array.from({ length: 19_901 }, (_, i) => ({
      first: `a${i}`,
      second: 'b',
      rho: 0,
    }));
    expect(loadJson(scenario({ correlations: pairs }))).toEqual({
      kind: 'invalid',
      message:
        'The stored model is too large to open: scenarios[0].correlations: 19,901 correlation pairs, more than the 19,900 pairs of 200 service levels.',
    });
  });
});
