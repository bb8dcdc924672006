import { createWorkbookOperations } from '../../src/workbook/createWorkbookOperations';
import { MODEL_DOCUMENT_KEY, serializeModelDocument } from '../../src/workbook/modelDocument';
import { DRAFT_DOCUMENT_KEY } from '../../src/workbook/modelDraft';
import { OfficeWorkbookHost } from '../../src/workbook/officeWorkbookHost';
import { sampleContract } from '../../src/workbook/sampleModel';
import { revisionOf } from '../../src/workbook/storedRevision';
import { emptyState, excelMock } from './excelMock';

/**
 * Removing the negotiation data through Office.js (office-addin-mock): what Excel is asked to do.
 * The sheets go at the end, after everything else succeeded, and their charts with them.
 */
const globals = globalThis as { Excel?: unknown };
afterEach(() => {
  delete globals.Excel;
});

const sample = sampleContract();
const STORED = serializeModelDocument(
  { contract: sample, proposals: [{ id: 'p', name: 'Walk-away', contract: sample }] },
  new Date('2026-06-01T09:00:00Z'),
);

it('rewrites the stored model, deletes the draft, then the change log and results sheets', async () => {
  const state = emptyState();
  state.sheets.push('Contract', 'OM_ChangeLog', 'OM_Scenarios');
  state.settings[MODEL_DOCUMENT_KEY] = STORED;
  state.settings[DRAFT_DOCUMENT_KEY] = STORED;
  state.tables.push({
    name: 'OM_ChangeLog',
    sheet: 'OM_ChangeLog',
    address: 'A1:E3',
    headers: ['Time', 'Service level', 'Field', 'Old', 'New'],
    rows: [
      ['2026-06-01T09:00:00.000Z', '', 'Contract', '', 'created'],
      ['2026-06-01T09:00:00.000Z', '', 'Proposal "Walk-away"', '', 'added'],
    ],
  });
  state.charts.push({ sheet: 'OM_Scenarios', name: 'OM_NetHistogram' });
  state.usedRanges = { OM_Scenarios: 'A1:J30' };
  const { excel, log } = excelMock(state);
  globals.Excel = excel;
  const operations = createWorkbookOperations(
    new OfficeWorkbookHost(),
    () => new Date('2026-07-01T09:00:00Z'),
  );

  const result = await operations.removeNegotiationData(revisionOf(STORED));

  expect(result.kind).toBe('removed');
  expect(JSON.parse(state.settings[MODEL_DOCUMENT_KEY] as string).model).toEqual({
    contract: sample,
  });
  expect(state.settings).not.toHaveProperty(DRAFT_DOCUMENT_KEY);
  expect(state.sheets).toEqual(['Sheet1', 'Contract']);
  const changes = log.calls.filter((c) => /^(setting|delete|rename|clear All)/.test(c));
  expect(changes).toEqual([
    `setting ${MODEL_DOCUMENT_KEY}`,
    'delete table OM_ChangeLog',
    'clear All OM_ChangeLog!A1:E3',
    'clear All OM_ChangeLog!(whole sheet)',
    // Set aside, not deleted, until the write is complete: a deleted chart cannot be rebuilt.
    'rename chart OM_NetHistogram to OM_replaced_1',
    'clear All OM_Scenarios!(whole sheet)',
    `delete setting ${DRAFT_DOCUMENT_KEY}`,
    'delete sheet OM_ChangeLog',
    'delete sheet OM_Scenarios',
  ]);
});
