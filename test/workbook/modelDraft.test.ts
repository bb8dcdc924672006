import { type OutcomeModel } from '../../src/engine/terms/outcomeModel';
import { createWorkbookOperations } from '../../src/workbook/createWorkbookOperations';
import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import { DRAFT_DOCUMENT_KEY } from '../../src/workbook/modelDraft';
import { sampleContract } from '../../src/workbook/sampleModel';

const KEPT = new Date('2026-03-02T10:15:00.000Z');

function setup() {
  const host = new MemoryWorkbookHost();
  return { host, operations: createWorkbookOperations(host, () => KEPT) };
}

const stored: OutcomeModel = { contract: sampleContract() };
const edited: OutcomeModel = {
  contract: { ...stored.contract, name: 'Renamed while negotiating', atRiskShare: 0.15 },
};

describe('the draft of unwritten edits', () => {
  it('comes back with the stored model, with the time it was kept', async () => {
    const { operations } = setup();
    await operations.saveModel(stored, null);
    await operations.saveDraft(edited);
    const loaded = await operations.loadModel();
    expect(loaded.kind).toBe('ok');
    if (loaded.kind !== 'ok') return;
    expect(loaded.model).toEqual(stored);
    expect(loaded.draft).toEqual({ model: edited, savedAt: KEPT.toISOString() });
  });

  it('comes back when no model was ever written (a new contract typed and not yet written)', async () => {
    const { operations } = setup();
    await operations.saveDraft(edited);
    const loaded = await operations.loadModel();
    expect(loaded).toEqual({
      kind: 'none',
      draft: { model: edited, savedAt: KEPT.toISOString() },
      revision: { id: 'none', savedAt: null },
    });
  });

  it('is cleared by writing the model, so the written model is what opens next time', async () => {
    const { host, operations } = setup();
    await operations.saveModel(stored, null);
    await operations.saveDraft(edited);
    await operations.saveModel(edited, stored);
    expect(await host.readStoredDocument(DRAFT_DOCUMENT_KEY)).toBe('');
    const loaded = await operations.loadModel();
    expect(loaded.kind === 'ok' && loaded.draft).toBeNull();
    expect(loaded.kind === 'ok' && loaded.model).toEqual(edited);
  });

  it('is not offered when it holds what the workbook holds', async () => {
    const { operations } = setup();
    await operations.saveModel(stored, null);
    await operations.saveDraft(stored);
    const loaded = await operations.loadModel();
    expect(loaded.kind === 'ok' && loaded.draft).toBeNull();
  });

  it('is not offered when it cannot be read, and the stored model still loads', async () => {
    const { host, operations } = setup();
    await operations.saveModel(stored, null);
    await host.writeStoredDocument(DRAFT_DOCUMENT_KEY, '{"format":"something else"}');
    const loaded = await operations.loadModel();
    expect(loaded).toMatchObject({ kind: 'ok', model: stored, draft: null });
  });

  it('is forgotten when the user discards it', async () => {
    const { operations } = setup();
    await operations.saveModel(stored, null);
    await operations.saveDraft(edited);
    await operations.discardDraft();
    const loaded = await operations.loadModel();
    expect(loaded.kind === 'ok' && loaded.draft).toBeNull();
  });

  it('leaves the change log and the Contract sheet alone: only writing records edits', async () => {
    const { host, operations } = setup();
    await operations.saveModel(stored, null);
    const before = {
      log: await host.readTable('OM_ChangeLog'),
      sheet: host.sheetCells('Contract'),
    };
    await operations.saveDraft(edited);
    expect(await host.readTable('OM_ChangeLog')).toEqual(before.log);
    expect(host.sheetCells('Contract')).toEqual(before.sheet);
  });
});
