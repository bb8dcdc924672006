import { type Contract } from '../../src/engine/terms/contract';
import { type OutcomeModel } from '../../src/engine/terms/outcomeModel';
import { createWorkbookOperations } from '../../src/workbook/createWorkbookOperations';
import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import {
  MODEL_DOCUMENT_KEY,
  parseModelDocument,
  serializeModelDocument,
} from '../../src/workbook/modelDocument';
import { sampleContract } from '../../src/workbook/sampleModel';
import { type WorkbookHost } from '../../src/workbook/workbookHost';
import { type WorkbookOperations } from '../../src/workbook/workbookOperations';

const T0 = new Date('2025-03-01T09:00:00.000Z');
const T1 = new Date('2025-03-02T10:00:00.000Z');

function setup(host = new MemoryWorkbookHost()) {
  let now = T0;
  const operations = createWorkbookOperations(host, () => now);
  return { host, operations, later: () => (now = T1) };
}

const base = sampleContract();
const model = (contract: Contract = base): OutcomeModel => ({ contract });
const withExpected = (expected: number) =>
  model({
    ...base,
    serviceLevels: [{ ...base.serviceLevels[0], expected }, ...base.serviceLevels.slice(1)],
  });

async function changeLogRows(host: MemoryWorkbookHost) {
  return (await host.readTable('OM_ChangeLog'))?.rows ?? [];
}

/** Everything a user could see or the add-in could read back: to prove that nothing was written. */
async function workbookState(host: MemoryWorkbookHost) {
  const sheets = await host.listSheets();
  return {
    sheets,
    cells: sheets.map((s) => host.sheetCells(s)),
    tables: host.tables(),
    names: host.names(),
    document: await host.readStoredDocument(MODEL_DOCUMENT_KEY),
  };
}

async function saved(
  operations: WorkbookOperations,
  m: OutcomeModel,
  previous: OutcomeModel | null,
) {
  const result = await operations.saveModel(m, previous);
  if (result.kind !== 'saved') throw new Error(`expected saved, got ${result.kind}`);
  return result;
}

describe('loading', () => {
  it('finds no model in a new workbook', async () => {
    expect(await setup().operations.loadModel()).toEqual({
      kind: 'none',
      draft: null,
      revision: { id: 'none', savedAt: null },
    });
  });

  it('reads back the saved model', async () => {
    const { operations } = setup();
    await saved(operations, model(), null);
    expect(await operations.loadModel()).toEqual({
      kind: 'ok',
      model: model(),
      bandsFromGrid: [],
      draft: null,
      gridProblems: [],
      revision: await operations.storedRevision(),
    });
  });

  it('reports a corrupted stored document as invalid and writes nothing', async () => {
    const { host, operations } = setup();
    await saved(operations, model(), null);
    const doc = JSON.parse((await host.readStoredDocument(MODEL_DOCUMENT_KEY)) as string);
    doc.model.contract.serviceLevels[2].expected = 'eight';
    await host.writeStoredDocument(MODEL_DOCUMENT_KEY, JSON.stringify(doc));
    const before = await workbookState(host);
    const changes = jest.fn();
    host.onChange(changes);

    const loaded = await operations.loadModel();

    expect(loaded).toEqual({
      kind: 'invalid',
      revision: expect.objectContaining({ id: expect.any(String) }),
      message:
        'The stored model is damaged: serviceLevels[2].expected: expected number, got "eight".',
    });
    expect(changes).not.toHaveBeenCalled();
    expect(await workbookState(host)).toEqual(before);
  });

  it('reports a model written by a newer Outcome Modeler as invalid', async () => {
    const { host, operations } = setup();
    await host.writeStoredDocument(
      MODEL_DOCUMENT_KEY,
      serializeModelDocument(model(), T0).replace('"version":1', '"version":7'),
    );
    const loaded = await operations.loadModel();
    expect(loaded.kind).toBe('invalid');
    expect(loaded.kind === 'invalid' && loaded.message).toContain(
      'written by a newer Outcome Modeler',
    );
  });

  it('merges band edits made in the grid: the grid wins', async () => {
    const { host, operations } = setup();
    await saved(operations, model(), null);
    await host.writeRange('Contract', 'N3', [[98.5, -0.8]]);
    const stored = await host.readStoredDocument(MODEL_DOCUMENT_KEY);

    const loaded = await operations.loadModel();

    const availability = base.serviceLevels[0];
    const gridRows = [{ bound: 98.5, rate: -0.8 }, ...availability.bands.rows.slice(1)];
    expect(loaded.kind === 'ok' && loaded.bandsFromGrid).toEqual(['Availability']);
    expect(loaded.kind === 'ok' && loaded.model.contract.serviceLevels[0].bands.rows).toEqual(
      gridRows,
    );
    expect(loaded.kind === 'ok' && loaded.model.contract.serviceLevels.slice(1)).toEqual(
      base.serviceLevels.slice(1),
    );
    expect(await host.readStoredDocument(MODEL_DOCUMENT_KEY)).toBe(stored);
  });

  it('keeps the stored bands of a band table that cannot be read, and says why', async () => {
    const { host, operations } = setup();
    await saved(operations, model(), null);
    await host.writeRange('Contract', 'O4', [['a lot']]);
    const loaded = await operations.loadModel();
    expect(loaded).toEqual({
      kind: 'ok',
      model: model(),
      bandsFromGrid: [],
      draft: null,
      gridProblems: ['Bands_Availability row 2: Rate "a lot" is not a number'],
      revision: expect.objectContaining({ id: expect.any(String) }),
    });
  });
});

describe('saving', () => {
  it('writes the document, the Contract sheet and a change-log entry for a new model', async () => {
    const { host, operations } = setup();
    const result = await saved(operations, model(), null);
    expect(result.changes).toEqual([
      {
        time: T0.toISOString(),
        serviceLevel: '',
        field: 'Contract',
        oldValue: '',
        newValue: 'created with 5 service levels',
      },
    ]);
    expect(
      parseModelDocument((await host.readStoredDocument(MODEL_DOCUMENT_KEY)) as string),
    ).toEqual({ kind: 'ok', model: model() });
    expect(JSON.parse((await host.readStoredDocument(MODEL_DOCUMENT_KEY)) as string).savedAt).toBe(
      T0.toISOString(),
    );
    expect((await host.readTable('Bands_Availability'))?.rows).toEqual(
      base.serviceLevels[0].bands.rows.map((r) => [r.bound, r.rate]),
    );
    expect(await changeLogRows(host)).toEqual([
      [T0.toISOString(), '', 'Contract', '', 'created with 5 service levels'],
    ]);
  });

  it('appends exactly one change-log row when one expected level changes', async () => {
    const { host, operations, later } = setup();
    await saved(operations, model(), null);
    later();
    const result = await saved(operations, withExpected(99.7), model());
    expect(result.changes).toHaveLength(1);
    expect(await changeLogRows(host)).toEqual([
      [T0.toISOString(), '', 'Contract', '', 'created with 5 service levels'],
      [T1.toISOString(), 'Availability', 'Expected', '99.5', '99.7'],
    ]);
    expect((await host.readTable('OM_ServiceLevels'))?.rows[0][3]).toBe(99.7);
  });

  it('writes no change-log row when nothing changed', async () => {
    const { host, operations } = setup();
    await saved(operations, model(), null);
    expect((await saved(operations, model(), model())).changes).toEqual([]);
    expect(await changeLogRows(host)).toHaveLength(1);
  });

  it('removes the band table of a removed service level and logs the removal', async () => {
    const { host, operations } = setup();
    await saved(operations, model(), null);
    const smaller = model({ ...base, serviceLevels: base.serviceLevels.slice(1) });
    const result = await saved(operations, smaller, model());
    expect(result.changes.map((c) => [c.serviceLevel, c.field, c.newValue])).toEqual([
      ['Availability', 'Service level', 'removed'],
    ]);
    expect(await host.readTable('Bands_Availability')).toBeNull();
    expect(await host.listTables()).toHaveLength(6); // OM_ServiceLevels, four band tables, OM_ChangeLog
  });

  it('refuses to overwrite band edits made in the grid since the pane read them, writing nothing', async () => {
    const { host, operations } = setup();
    await saved(operations, model(), null);
    await host.writeRange('Contract', 'N3', [[98.5, -0.8]]);
    const before = await workbookState(host);

    const result = await operations.saveModel(withExpected(99.7), model());

    const gridRows = [{ bound: 98.5, rate: -0.8 }, ...base.serviceLevels[0].bands.rows.slice(1)];
    expect(result).toEqual({
      kind: 'conflict',
      serviceLevels: ['Availability'],
      gridBands: { availability: gridRows },
      gridProblems: [],
    });
    expect(await workbookState(host)).toEqual(before);
  });

  it('counts an unreadable band table as a grid edit', async () => {
    const { host, operations } = setup();
    await saved(operations, model(), null);
    await host.writeRange('Contract', 'O4', [['a lot']]);
    const result = await operations.saveModel(withExpected(99.7), model());
    expect(result).toEqual({
      kind: 'conflict',
      serviceLevels: ['Availability'],
      gridBands: {},
      gridProblems: ['Bands_Availability row 2: Rate "a lot" is not a number'],
    });
  });

  it('overwrites grid edits when asked', async () => {
    const { host, operations } = setup();
    await saved(operations, model(), null);
    await host.writeRange('Contract', 'N3', [[98.5, -0.8]]);
    const result = await operations.saveModel(withExpected(99.7), model(), {
      overwriteGridEdits: true,
    });
    expect(result.kind).toBe('saved');
    expect((await host.readTable('Bands_Availability'))?.rows).toEqual(
      base.serviceLevels[0].bands.rows.map((r) => [r.bound, r.rate]),
    );
  });

  it('saves after the grid edits were loaded, since the pane has then seen them', async () => {
    const { host, operations } = setup();
    await saved(operations, model(), null);
    await host.writeRange('Contract', 'N3', [[98.5, -0.8]]);
    const loaded = await operations.loadModel();
    if (loaded.kind !== 'ok') throw new Error('expected a model');
    const result = await saved(operations, loaded.model, loaded.model);
    expect(result.changes).toEqual([]);
    expect(
      parseModelDocument((await host.readStoredDocument(MODEL_DOCUMENT_KEY)) as string),
    ).toEqual({ kind: 'ok', model: loaded.model });
  });
});

describe('the sample model and empty workbooks', () => {
  it('sees a new workbook as empty, and a workbook with content or a stored model as not', async () => {
    expect(await setup().operations.isWorkbookEmpty()).toBe(true);

    const withValue = setup();
    await withValue.host.writeRange('Sheet1', 'C3', [['notes']]);
    expect(await withValue.operations.isWorkbookEmpty()).toBe(false);

    const withModel = setup();
    await withModel.host.writeStoredDocument(MODEL_DOCUMENT_KEY, 'anything');
    expect(await withModel.operations.isWorkbookEmpty()).toBe(false);

    const withTable = setup();
    await withTable.host.writeTable({
      name: 'T',
      sheet: 'Sheet1',
      topLeft: 'A1',
      headers: ['H'],
      rows: [],
    });
    expect(await withTable.operations.isWorkbookEmpty()).toBe(false);
  });

  it('falls back to the top-left corner for hosts that cannot tell whether a sheet is empty', async () => {
    const host = new MemoryWorkbookHost();
    const limited: WorkbookHost = Object.assign(Object.create(host) as MemoryWorkbookHost, {
      isSheetEmpty: undefined,
    });
    const operations = createWorkbookOperations(limited);
    expect(await operations.isWorkbookEmpty()).toBe(true);
    await host.writeRange('Sheet1', 'Z100', [[1]]);
    expect(await operations.isWorkbookEmpty()).toBe(false);
  });

  it('inserts the sample into an empty workbook, saved and logged', async () => {
    const { host, operations } = setup();
    const inserted = await operations.insertSampleModel();
    expect(inserted).toEqual(model());
    expect(await host.listSheets()).toEqual([
      'Sheet1',
      'Contract',
      'Performance',
      'Summary',
      'OM_ChangeLog',
    ]);
    expect(await operations.loadModel()).toEqual({
      kind: 'ok',
      model: inserted,
      bandsFromGrid: [],
      draft: null,
      gridProblems: [],
      revision: expect.objectContaining({ id: expect.any(String) }),
    });
    expect(await changeLogRows(host)).toEqual([
      [T0.toISOString(), '', 'Contract', '', 'created with 5 service levels'],
    ]);
    expect(await operations.isWorkbookEmpty()).toBe(false);
  });

  it('refuses to insert the sample into a workbook with content', async () => {
    const { host, operations } = setup();
    await host.writeRange('Sheet1', 'A1', [['my numbers']]);
    const before = await workbookState(host);
    await expect(operations.insertSampleModel()).rejects.toThrow(
      'The sample model needs an empty workbook',
    );
    expect(await workbookState(host)).toEqual(before);
  });
});

describe('two editors on one workbook', () => {
  it('writes nothing over a model written since it was read, and says when that was', async () => {
    const { host, operations } = setup();
    await saved(operations, model(), null);
    const read = await operations.loadModel();
    const other = createWorkbookOperations(host, () => new Date('2026-02-02T10:42:00Z'));
    await saved(other, withExpected(99.6), model());
    const before = await workbookState(host);

    const result = await operations.saveModel(withExpected(99.7), model(), {
      expectedRevision: read.revision,
    });
    expect(result).toEqual({
      kind: 'stale',
      current: { id: expect.any(String), savedAt: '2026-02-02T10:42:00.000Z' },
    });
    expect(await workbookState(host)).toEqual(before);
    // Told to, it writes over the newer model.
    expect(await operations.saveModel(withExpected(99.7), model())).toMatchObject({
      kind: 'saved',
    });
  });

  it('hears when another pane writes the model, and not when a draft is kept', async () => {
    const { host, operations } = setup();
    let heard = 0;
    const stop = await operations.onStoredModelChanged?.(() => heard++);
    await createWorkbookOperations(host).saveDraft(model());
    expect(heard).toBe(0);
    await createWorkbookOperations(host).saveModel(model(), null);
    expect(heard).toBe(1);
    stop?.();
    await createWorkbookOperations(host).saveModel(withExpected(99.6), model());
    expect(heard).toBe(1);
  });
});
