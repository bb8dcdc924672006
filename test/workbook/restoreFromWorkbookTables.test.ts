import { type Contract } from '../../src/engine/terms/contract';
import { type OutcomeModel } from '../../src/engine/terms/outcomeModel';
import { createWorkbookOperations } from '../../src/workbook/createWorkbookOperations';
import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import { MODEL_DOCUMENT_KEY } from '../../src/workbook/modelDocument';
import { sampleContract } from '../../src/workbook/sampleModel';

const NOW = new Date('2025-03-01T09:30:00.000Z');
const sample = sampleContract();
const negotiation: OutcomeModel = {
  contract: {
    ...sample,
    gainShare: {
      targetCostAnnual: 2_400_000,
      shareBands: [{ bound: 1, rate: 0.5 }],
      painCap: null,
      gainCap: null,
    },
  },
  scenarios: [
    {
      id: 'base',
      name: 'Base case',
      assumptions: { availability: { kind: 'constant', level: 99.6 } },
    },
  ],
};

/** A workbook the pane wrote, whose stored model was then damaged (here: cut short). */
async function damagedWorkbook() {
  const host = new MemoryWorkbookHost();
  const operations = createWorkbookOperations(host, () => NOW);
  await operations.saveModel(negotiation, null);
  const text = (await host.readStoredDocument(MODEL_DOCUMENT_KEY)) ?? '';
  await host.writeStoredDocument(MODEL_DOCUMENT_KEY, text.slice(0, 200));
  return { host, operations };
}

const ids = (c: Contract) => c.serviceLevels.map((sl) => sl.id);

describe('restoring the model from the workbook tables', () => {
  it('rebuilds the contract of a workbook whose stored model cannot be read, and writes nothing', async () => {
    const { host, operations } = await damagedWorkbook();
    expect((await operations.loadModel()).kind).toBe('invalid');
    const before = JSON.stringify(host.toState());
    const restored = await operations.restoreFromWorkbookTables();
    if (restored.kind !== 'ok') throw new Error(restored.message);
    const { gainShare, ...withoutGainShare } = negotiation.contract;
    expect(gainShare).toBeDefined();
    expect(restored.model).toStrictEqual({
      contract: {
        ...withoutGainShare,
        serviceLevels: sample.serviceLevels.map((sl, i) => ({
          ...sl,
          id: ids(restored.model.contract)[i],
        })),
      },
    });
    expect(JSON.stringify(host.toState())).toBe(before);
  });

  it('replaces the unreadable stored model once the restored one is written', async () => {
    const { operations } = await damagedWorkbook();
    const restored = await operations.restoreFromWorkbookTables();
    if (restored.kind !== 'ok') throw new Error(restored.message);
    expect(await operations.saveModel(restored.model, null)).toMatchObject({ kind: 'saved' });
    expect(await operations.loadModel()).toStrictEqual({
      kind: 'ok',
      model: restored.model,
      bandsFromGrid: [],
      draft: null,
      gridProblems: [],
      revision: expect.objectContaining({ id: expect.any(String) }),
    });
  });

  it('says why when the workbook has no tables to restore from', async () => {
    const host = new MemoryWorkbookHost();
    await host.writeStoredDocument(MODEL_DOCUMENT_KEY, '{"format":"outcome-modeler"');
    expect(await createWorkbookOperations(host).restoreFromWorkbookTables()).toStrictEqual({
      kind: 'invalid',
      message:
        'The workbook tables could not be restored: there is no Contract sheet; the pane writes it with the tables.',
    });
  });
});
