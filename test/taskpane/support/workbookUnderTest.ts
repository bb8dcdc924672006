import { type BandRow } from '../../../src/engine/rules/bands';
import { type Contract } from '../../../src/engine/terms/contract';
import { type OutcomeModel } from '../../../src/engine/terms/outcomeModel';
import { type ResultsFocus, type ScenarioRunResults } from '../../../src/runs/scenarioResults';
import { cellAddress, parseRange } from '../../../src/workbook/cellAddress';
import { CHANGE_LOG_TABLE } from '../../../src/workbook/changeLog';
import { writeContractSheet } from '../../../src/workbook/contractSheet';
import { createWorkbookOperations } from '../../../src/workbook/createWorkbookOperations';
import { MemoryWorkbookHost } from '../../../src/workbook/memoryWorkbookHost';
import { MODEL_DOCUMENT_KEY, parseModelDocument } from '../../../src/workbook/modelDocument';
import { type ServiceReviewOperations } from '../../../src/workbook/serviceReviewOperations';
import { type MadeFile } from '../../../src/workbook/share/fileDelivery';
import { type ShareOperations } from '../../../src/workbook/share/shareOperations';
import {
  type SaveOptions,
  type WorkbookOperations,
} from '../../../src/workbook/workbookOperations';

type Operation = Exclude<keyof WorkbookOperations, 'serviceReview' | 'share'>;

/**
 * The pane's workbook in tests: the real `createWorkbookOperations` over the in-memory host the
 * workbench uses, wrapped only to record what the pane asked for and to inject faults. Setting a
 * situation up goes through the host, as a person editing the workbook would.
 */
export class WorkbookUnderTest implements WorkbookOperations {
  readonly host = new MemoryWorkbookHost();
  /** What the pane asked to save, in order. */
  readonly saveCalls: {
    model: OutcomeModel;
    previous: OutcomeModel | null;
    options: SaveOptions | undefined;
  }[] = [];
  readonly resultWrites: { results: ScenarioRunResults; focus: ResultsFocus }[] = [];
  restoreCalls = 0;
  /** The next call of each operation named here fails with this message, as a failing Excel call would. */
  readonly failNext: Partial<Record<Operation, string>> = {};
  readonly serviceReview: ServiceReviewOperations;
  /** Files made for the other side, as the browser would download them. */
  readonly madeFiles: MadeFile[] = [];
  readonly share: ShareOperations | undefined;
  /** The run history, as the real operations keep it. */
  readonly runHistory: WorkbookOperations['runHistory'];
  private readonly real: WorkbookOperations;

  constructor() {
    this.real = createWorkbookOperations(this.host, () => new Date(Date.UTC(2026, 0, 15, 9)), {
      deliverFile: async (file) => {
        this.madeFiles.push(file);
        return 'downloaded';
      },
    });
    this.serviceReview = this.real.serviceReview;
    this.share = this.real.share;
    this.runHistory = this.real.runHistory;
  }

  /** A workbook that already holds this contract, written as the pane writes it. */
  static withModel(contract: Contract): Promise<WorkbookUnderTest> {
    return WorkbookUnderTest.holding({ contract });
  }

  /** A workbook that already holds this model (proposals and scenarios too). */
  static async holding(model: OutcomeModel): Promise<WorkbookUnderTest> {
    const workbook = new WorkbookUnderTest();
    const saved = await workbook.real.saveModel(model, null);
    if (saved.kind !== 'saved') throw new Error('could not set up the workbook');
    return workbook;
  }

  /** The model stored in the workbook now (null when none or unreadable). */
  async stored(): Promise<OutcomeModel | null> {
    const text = await this.host.readStoredDocument(MODEL_DOCUMENT_KEY);
    if (text === null) return null;
    const parsed = parseModelDocument(text);
    return parsed.kind === 'ok' ? parsed.model : null;
  }

  /** Replaces the stored model with text this add-in cannot read. */
  async storeUnreadableModel(text: string): Promise<void> {
    await this.host.writeStoredDocument(MODEL_DOCUMENT_KEY, text);
  }

  /** Someone edits a service level's band table on the Contract sheet. */
  async editBandsInGrid(serviceLevelName: string, rows: readonly BandRow[]): Promise<void> {
    const model = await this.stored();
    if (!model) throw new Error('no stored model to edit');
    const serviceLevels = model.contract.serviceLevels.map((sl) =>
      sl.name === serviceLevelName ? { ...sl, bands: { ...sl.bands, rows } } : sl,
    );
    await writeContractSheet(this.host, { ...model.contract, serviceLevels });
  }

  /** Someone types in a cell, so the workbook is no longer empty. */
  async typeInCell(sheet: string, address: string, value: string): Promise<void> {
    await this.host.ensureSheet(sheet);
    await this.host.writeRange(sheet, address, [[value]]);
  }

  /** Someone types `text` into a table's data row `row` (1 = first), in the column headed `header`. */
  async typeInTable(table: string, row: number, header: string, text: string): Promise<void> {
    const content = await this.host.readTable(table);
    if (!content) throw new Error(`no table ${table}`);
    const { row: top, col: left } = parseRange(content.address);
    const col = content.headers.indexOf(header);
    if (col < 0) throw new Error(`no column ${header} in ${table}`);
    await this.host.writeRange(content.sheet, cellAddress(top + row, left + col), [[text]]);
  }

  /** The change log as it stands in the workbook: one row per change. */
  async changeLogRows(): Promise<(string | number | boolean | null)[][]> {
    return (await this.host.readTable(CHANGE_LOG_TABLE))?.rows.map((r) => [...r]) ?? [];
  }

  private fault(operation: Operation): void {
    const message = this.failNext[operation];
    if (message === undefined) return;
    delete this.failNext[operation];
    throw new Error(message);
  }

  loadModel: WorkbookOperations['loadModel'] = async () => {
    this.fault('loadModel');
    return this.real.loadModel();
  };

  saveModel: WorkbookOperations['saveModel'] = async (model, previous, options) => {
    this.saveCalls.push({ model, previous, options });
    this.fault('saveModel');
    return this.real.saveModel(model, previous, options);
  };

  /** How many drafts of unwritten edits the pane kept. */
  draftWrites = 0;

  saveDraft: WorkbookOperations['saveDraft'] = async (model) => {
    this.fault('saveDraft');
    await this.real.saveDraft(model);
    // Counted once the draft is in the workbook: a test that waits for it then finds it there.
    this.draftWrites++;
  };

  discardDraft: WorkbookOperations['discardDraft'] = async () => {
    this.fault('discardDraft');
    return this.real.discardDraft();
  };

  insertSampleModel: WorkbookOperations['insertSampleModel'] = async () => {
    this.fault('insertSampleModel');
    return this.real.insertSampleModel();
  };

  isWorkbookEmpty: WorkbookOperations['isWorkbookEmpty'] = async () => {
    this.fault('isWorkbookEmpty');
    return this.real.isWorkbookEmpty();
  };

  restoreFromWorkbookTables: WorkbookOperations['restoreFromWorkbookTables'] = async () => {
    this.restoreCalls++;
    this.fault('restoreFromWorkbookTables');
    return this.real.restoreFromWorkbookTables();
  };

  storedRevision: WorkbookOperations['storedRevision'] = () => this.real.storedRevision();

  onStoredModelChanged: NonNullable<WorkbookOperations['onStoredModelChanged']> = (listener) =>
    (this.real.onStoredModelChanged as NonNullable<WorkbookOperations['onStoredModelChanged']>)(
      listener,
    );

  /** Another pane (or a co-author) writes this model to the same workbook. */
  async someoneElseWrites(model: OutcomeModel, at: Date): Promise<void> {
    const other = createWorkbookOperations(this.host, () => at);
    const loaded = await other.loadModel();
    const saved = await other.saveModel(model, loaded.kind === 'ok' ? loaded.model : null, {
      overwriteGridEdits: true,
    });
    if (saved.kind !== 'saved') throw new Error(`the other pane could not write: ${saved.kind}`);
  }

  workbookContents: WorkbookOperations['workbookContents'] = async () => {
    this.fault('workbookContents');
    return this.real.workbookContents();
  };

  removeNegotiationData: WorkbookOperations['removeNegotiationData'] = async (expected) => {
    this.fault('removeNegotiationData');
    return this.real.removeNegotiationData(expected);
  };

  writeScenarioResults: WorkbookOperations['writeScenarioResults'] = async (results, focus) => {
    this.resultWrites.push({ results, focus });
    this.fault('writeScenarioResults');
    return this.real.writeScenarioResults(results, focus);
  };

  writeTermDifferences: WorkbookOperations['writeTermDifferences'] = async (data) => {
    this.fault('writeTermDifferences');
    return this.real.writeTermDifferences(data);
  };
}
