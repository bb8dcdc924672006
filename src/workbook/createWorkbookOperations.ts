import { type BandRow } from '../engine/rules/bands';
import { type Contract } from '../engine/terms/contract';
import { type OutcomeModel } from '../engine/terms/outcomeModel';
import { allOrNothing } from './allOrNothing';
import { inFewRoundTrips } from './batchedOperation';
import { appendChangeLog, diffModels } from './changeLog';
import { readGridBands, sameBandRows, writeContractSheet } from './contractSheet';
import { readContractSheet } from './contractSheetReader';
import { MODEL_DOCUMENT_KEY, parseModelDocument, serializeModelDocument } from './modelDocument';
import { clearDraft, readDraft, writeDraft } from './modelDraft';
import { removeNegotiationData, workbookContents } from './negotiationData';
import { followModelSheets } from './followModelSheets';
import { insertSampleModel } from './sampleModel';
import { revisionOf, sameRevision } from './storedRevision';
import { writeScenarioResults } from './scenarioSheet';
import { writeTermDifferencesSheet } from './termDifferencesSheet';
import { type FileDelivery } from './share/fileDelivery';
import { createShareOperations } from './share/shareOperations';
import { createRunHistoryOperations } from './runHistoryOperations';
import { createServiceReviewOperations } from './serviceReviewOperations';
import { type WorkbookHost } from './workbookHost';
import type {
  LoadedModel,
  RestoredModel,
  SaveOptions,
  SaveResult,
  WorkbookOperations,
} from './workbookOperations';

/**
 * The task pane's workbook operations over any host. The stored document is the model; the band
 * tables on the Contract sheet are a second place to edit bands, so loading merges grid edits in
 * and saving refuses to overwrite grid edits the pane has not seen.
 */

/** How the grid's band tables differ from a contract's bands. */
interface GridEdits {
  /** Names of the service levels whose band table differs (or cannot be read). */
  readonly serviceLevels: string[];
  /** The grid's rows per service level id, for the tables that could be read. */
  readonly rows: Record<string, readonly BandRow[]>;
  /** Why some tables could not be read (text typed where a number belongs). */
  readonly problems: string[];
}

async function gridEdits(host: WorkbookHost, contract: Contract): Promise<GridEdits> {
  const grid = await readGridBands(host, contract);
  // Keyed by id, which may be any text ("toString"): no inherited keys.
  const edits: GridEdits = { serviceLevels: [], rows: Object.create(null), problems: [] };
  for (const sl of contract.serviceLevels) {
    const read = grid[sl.id];
    if (!read) continue;
    if (read.kind === 'error') {
      edits.serviceLevels.push(sl.name);
      edits.problems.push(read.message);
    } else if (!sameBandRows(read.rows, sl.bands.rows)) {
      edits.serviceLevels.push(sl.name);
      edits.rows[sl.id] = read.rows;
    }
  }
  return edits;
}

export interface OperationOptions {
  /** Where a file made for the other side goes (a new Excel workbook, a download); none: no sharing. */
  readonly deliverFile?: FileDelivery;
}

export function createWorkbookOperations(
  workbook: WorkbookHost,
  clock: () => Date = () => new Date(),
  options: OperationOptions = {},
): WorkbookOperations {
  const host = workbook;
  async function loadModel(): Promise<LoadedModel> {
    const text = await host.readStoredDocument(MODEL_DOCUMENT_KEY);
    const revision = revisionOf(text);
    if (text === null) return { kind: 'none', draft: await readDraft(host, null), revision };
    const parsed = parseModelDocument(text);
    if (parsed.kind === 'invalid') return { ...parsed, revision };
    const { contract } = parsed.model;
    const edits = await gridEdits(host, contract);
    // The grid wins: someone edited the bands where they are visible next to the numbers.
    const serviceLevels = contract.serviceLevels.map((sl) => {
      const rows = edits.rows[sl.id];
      return rows ? { ...sl, bands: { ...sl.bands, rows } } : sl;
    });
    return {
      kind: 'ok',
      model: { ...parsed.model, contract: { ...contract, serviceLevels } },
      bandsFromGrid: contract.serviceLevels.filter((sl) => edits.rows[sl.id]).map((sl) => sl.name),
      gridProblems: edits.problems,
      draft: await readDraft(host, parsed.model),
      revision,
    };
  }

  async function saveModel(
    model: OutcomeModel,
    previous: OutcomeModel | null,
    options: SaveOptions = {},
  ): Promise<SaveResult> {
    return inFewRoundTrips(workbook, (host) => saveModelIn(host, model, previous, options));
  }

  async function saveModelIn(
    host: WorkbookHost,
    model: OutcomeModel,
    previous: OutcomeModel | null,
    options: SaveOptions,
  ): Promise<SaveResult> {
    if (options.expectedRevision) {
      const current = revisionOf(await host.readStoredDocument(MODEL_DOCUMENT_KEY));
      if (!sameRevision(current, options.expectedRevision)) return { kind: 'stale', current };
    }
    if (previous !== null && !options.overwriteGridEdits) {
      const edits = await gridEdits(host, previous.contract);
      if (edits.serviceLevels.length > 0) {
        return {
          kind: 'conflict',
          serviceLevels: edits.serviceLevels,
          gridBands: edits.rows,
          gridProblems: edits.problems,
        };
      }
    }
    const now = clock();
    const changes = diffModels(previous, model, now);
    const text = serializeModelDocument(model, now);
    await allOrNothing(host, async (journal) => {
      await writeContractSheet(journal, model.contract);
      await followModelSheets(journal, model.contract, previous?.contract ?? null);
      await journal.writeStoredDocument(MODEL_DOCUMENT_KEY, text);
      await appendChangeLog(journal, changes);
      await clearDraft(journal);
    });
    return { kind: 'saved', changes, revision: revisionOf(text) };
  }

  async function isWorkbookEmpty(): Promise<boolean> {
    if ((await host.readStoredDocument(MODEL_DOCUMENT_KEY)) !== null) return false;
    if ((await host.listTables()).length > 0) return false;
    for (const sheet of await host.listSheets()) {
      if (!(await sheetIsEmpty(host, sheet))) return false;
    }
    return true;
  }

  async function insertSample(): Promise<OutcomeModel> {
    // The sample writes whole sheets; refusing here protects a workbook whose pane skipped the check.
    if (!(await isWorkbookEmpty()))
      throw new Error(
        'The sample model needs an empty workbook, and this workbook already has content.',
      );
    return allOrNothing(host, async (journal) => {
      const model = await insertSampleModel(journal);
      const now = clock();
      await journal.writeStoredDocument(MODEL_DOCUMENT_KEY, serializeModelDocument(model, now));
      await appendChangeLog(journal, diffModels(null, model, now));
      await clearDraft(journal);
      return model;
    });
  }

  async function restoreFromWorkbookTables(): Promise<RestoredModel> {
    const read = await readContractSheet(host);
    return read.kind === 'ok'
      ? { kind: 'ok', model: { contract: read.contract } }
      : { kind: 'invalid', message: read.message };
  }

  return {
    loadModel,
    saveModel,
    saveDraft: (model) => writeDraft(host, model, clock()),
    storedRevision: async () => revisionOf(await host.readStoredDocument(MODEL_DOCUMENT_KEY)),
    onStoredModelChanged: host.onStoredDocumentChanged
      ? (listener) =>
          (host.onStoredDocumentChanged as NonNullable<WorkbookHost['onStoredDocumentChanged']>)(
            (key) => {
              if (key === MODEL_DOCUMENT_KEY || key === '*') listener();
            },
          )
      : undefined,
    discardDraft: () => clearDraft(host),
    insertSampleModel: insertSample,
    isWorkbookEmpty,
    restoreFromWorkbookTables,
    writeScenarioResults: (results, focus) =>
      inFewRoundTrips(host, (batch) =>
        allOrNothing(batch, (journal) => writeScenarioResults(journal, results, focus)),
      ),
    workbookContents: () => workbookContents(host),
    removeNegotiationData: (expectedRevision) =>
      removeNegotiationData(host, expectedRevision, clock()),
    writeTermDifferences: (data) =>
      inFewRoundTrips(host, (batch) =>
        allOrNothing(batch, (journal) => writeTermDifferencesSheet(journal, data, clock())),
      ),
    serviceReview: createServiceReviewOperations(host),
    share: options.deliverFile && createShareOperations(host, options.deliverFile, clock),
    runHistory: createRunHistoryOperations(host, clock),
  };
}

/** Hosts without isSheetEmpty are asked for the top-left corner, where content almost always starts. */
async function sheetIsEmpty(host: WorkbookHost, sheet: string): Promise<boolean> {
  if (host.isSheetEmpty) return host.isSheetEmpty(sheet);
  const corner = await host.readRange(sheet, 'A1:Z100');
  return corner.every((row) => row.every((cell) => cell === ''));
}
