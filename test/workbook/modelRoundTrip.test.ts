import fc from 'fast-check';
import { type OutcomeModel } from '../../src/engine/terms/outcomeModel';
import { createWorkbookOperations } from '../../src/workbook/createWorkbookOperations';
import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import { parseModelDocument, serializeModelDocument } from '../../src/workbook/modelDocument';
import { sampleContract } from '../../src/workbook/sampleModel';
import { outcomeModel } from './modelArbitraries';

/**
 * Save → reload is lossless: every valid model (contracts of both directions with 0–6 service
 * levels and their bands, optional gain share, scenarios of every assumption kind, proposals)
 * comes back deep-equal — strictly: no field added, dropped or turned into undefined.
 */

const NOW = new Date('2025-03-01T09:30:00.000Z');

describe('save → reload', () => {
  it('through the stored document: serialize → parse gives back the model', () => {
    // numRuns: 500 models, each saved at a generated time.
    fc.assert(
      fc.property(outcomeModel, fc.date({ noInvalidDate: true }), (model, savedAt) => {
        expect(parseModelDocument(serializeModelDocument(model, savedAt))).toStrictEqual({
          kind: 'ok',
          model,
        });
      }),
      { numRuns: 500 },
    );
  });

  it('through a workbook: saveModel → loadModel gives back the model', async () => {
    // numRuns: 150 models, each saved into a new in-memory workbook.
    await fc.assert(
      fc.asyncProperty(outcomeModel, async (model) => {
        const operations = createWorkbookOperations(new MemoryWorkbookHost(), () => NOW);
        expect(await operations.saveModel(model, null)).toMatchObject({ kind: 'saved' });
        expect(await operations.loadModel()).toStrictEqual({
          kind: 'ok',
          model,
          bandsFromGrid: [],
          draft: null,
          gridProblems: [],
          revision: expect.objectContaining({ id: expect.any(String) }),
        });
      }),
      { numRuns: 150 },
    );
  });

  it('through a workbook saved twice: the second model comes back, not a mix of both', async () => {
    // numRuns: 75 pairs; the second save replaces the first one's tables and stored document.
    await fc.assert(
      fc.asyncProperty(
        outcomeModel,
        outcomeModel,
        async (first: OutcomeModel, second: OutcomeModel) => {
          const operations = createWorkbookOperations(new MemoryWorkbookHost(), () => NOW);
          await operations.saveModel(first, null);
          expect(await operations.saveModel(second, first)).toMatchObject({ kind: 'saved' });
          expect(await operations.loadModel()).toStrictEqual({
            kind: 'ok',
            model: second,
            bandsFromGrid: [],
            draft: null,
            gridProblems: [],
            revision: expect.objectContaining({ id: expect.any(String) }),
          });
        },
      ),
      { numRuns: 75 },
    );
  });
});

describe('save → reload with ids that are names of object properties', () => {
  it.each(['toString', 'constructor', 'hasOwnProperty', '__proto__'])(
    'keeps the bands of a service level with id %p',
    async (id) => {
      const model: OutcomeModel = {
        contract: {
          ...sampleContract(),
          serviceLevels: [{ ...sampleContract().serviceLevels[0], id }],
        },
      };
      const operations = createWorkbookOperations(new MemoryWorkbookHost(), () => NOW);
      await operations.saveModel(model, null);
      expect(await operations.loadModel()).toStrictEqual({
        kind: 'ok',
        model,
        bandsFromGrid: [],
        draft: null,
        gridProblems: [],
        revision: expect.objectContaining({ id: expect.any(String) }),
      });
      expect(await operations.saveModel(model, model)).toMatchObject({ kind: 'saved' });
    },
  );
});
