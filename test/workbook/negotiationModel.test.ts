import { type OutcomeModel } from '../../src/engine/terms/outcomeModel';
import { parseModelDocument, serializeModelDocument } from '../../src/workbook/modelDocument';
import { sampleContract } from '../../src/workbook/sampleModel';

const NOW = new Date('2025-03-01T09:30:00.000Z');

describe('the stored model keeps what the Scenarios and Proposals tabs make', () => {
  it('reads back every kind of assumption, unmeasured months and bounds included, and proposals with their own bands', () => {
    const contract = sampleContract();
    const [availability] = contract.serviceLevels;
    const model: OutcomeModel = {
      contract,
      scenarios: [
        {
          id: 'scenario-1',
          name: 'Expected',
          assumptions: {
            availability: { kind: 'normal', mean: 99.6, sd: 0.25, rho: 0.3 },
            'p1-resolution': { kind: 'constant', level: 95 },
            'mean-resolution': { kind: 'series', values: [7.5, null, 8.2] },
            csat: {
              kind: 'triangular',
              min: 3.9,
              mode: 4.2,
              max: 4.6,
              bounds: { lower: 1, upper: 5 },
            },
            backlog: { kind: 'resample', history: [142, 155, 138] },
          },
        },
      ],
      proposals: [
        {
          id: 'proposal-1',
          name: 'Their counter',
          contract: {
            ...contract,
            atRiskShare: 0.15,
            serviceLevels: [
              {
                ...availability,
                bands: {
                  ...availability.bands,
                  rows: [
                    { bound: 99, rate: -1 },
                    { bound: 99.5, rate: 0 },
                  ],
                },
              },
              ...contract.serviceLevels.slice(1),
            ],
          },
        },
      ],
    };
    expect(parseModelDocument(serializeModelDocument(model, NOW))).toEqual({ kind: 'ok', model });
  });

  it('refuses two scenarios with one id, naming where', () => {
    const text = serializeModelDocument(
      {
        contract: sampleContract(),
        scenarios: [
          { id: 's', name: 'A', assumptions: {} },
          { id: 's', name: 'B', assumptions: {} },
        ],
      },
      NOW,
    );
    expect(parseModelDocument(text)).toEqual({
      kind: 'invalid',
      message: expect.stringContaining('scenarios[1].id: duplicate id "s"'),
    });
  });
});
