import { type BandRow } from '../../../src/engine/rules/bands';
import { type Contract, type ServiceLevel } from '../../../src/engine/terms/contract';
import { type OutcomeModel } from '../../../src/engine/terms/outcomeModel';
import {
  type ResultsFocus,
  type ScenarioRunResults,
  type ScenarioSheetReport,
} from '../../../src/runs/scenarioResults';
import {
  type ChangeLogEntry,
  type LoadedModel,
  type RestoredModel,
  type SaveOptions,
  type SaveResult,
  type WorkbookOperations,
} from '../../../src/workbook/workbookOperations';

/**
 * An in-memory workbook behind the WorkbookOperations contract: a stored model (or an unreadable
 * one), band tables edited "in the grid" that the pane has not read yet, and a change log.
 */
export class FakeWorkbookOperations implements WorkbookOperations {
  stored: OutcomeModel | null = null;
  invalidMessage: string | null = null;
  empty = true;
  readonly changeLog: ChangeLogEntry[] = [];
  readonly saveCalls: {
    model: OutcomeModel;
    previous: OutcomeModel | null;
    options: SaveOptions | undefined;
  }[] = [];
  readonly loadCalls: number[] = [];
  readonly resultWrites: { results: ScenarioRunResults; focus: ResultsFocus }[] = [];
  /** The contract the Contract sheet's tables hold, for a restore; null when they cannot be read (see restoreMessage). */
  tables: Contract | null = null;
  restoreMessage =
    'The workbook tables could not be restored: there is no Contract sheet; the pane writes it with the tables.';
  restoreCalls = 0;
  /** Grid edits per service level name, not yet read by the pane. */
  private unreadGridBands = new Map<string, readonly BandRow[]>();

  constructor(private readonly sample: OutcomeModel = { contract: smallContract() }) {}

  static withModel(contract: Contract): FakeWorkbookOperations {
    const ops = new FakeWorkbookOperations();
    ops.stored = { contract };
    ops.empty = false;
    return ops;
  }

  editBandsInGrid(serviceLevelName: string, rows: readonly BandRow[]): void {
    this.unreadGridBands.set(serviceLevelName, rows);
  }

  async loadModel(): Promise<LoadedModel> {
    this.loadCalls.push(Date.now());
    if (this.invalidMessage !== null) return { kind: 'invalid', message: this.invalidMessage };
    if (this.stored === null) return { kind: 'none' };
    const bandsFromGrid = [...this.unreadGridBands.keys()];
    const serviceLevels = this.stored.contract.serviceLevels.map((sl) => {
      const rows = this.unreadGridBands.get(sl.name);
      return rows ? { ...sl, bands: { ...sl.bands, rows } } : sl;
    });
    this.stored = { ...this.stored, contract: { ...this.stored.contract, serviceLevels } };
    this.unreadGridBands.clear();
    return { kind: 'ok', model: this.stored, bandsFromGrid };
  }

  async saveModel(
    model: OutcomeModel,
    previous: OutcomeModel | null,
    options?: SaveOptions,
  ): Promise<SaveResult> {
    this.saveCalls.push({ model, previous, options });
    if (this.unreadGridBands.size > 0 && !options?.overwriteGridEdits) {
      return {
        kind: 'conflict',
        serviceLevels: [...this.unreadGridBands.keys()],
        gridBands: Object.fromEntries(this.unreadGridBands),
      };
    }
    this.unreadGridBands.clear();
    const changes = contractChanges(previous?.contract ?? null, model.contract);
    this.changeLog.push(...changes);
    this.stored = model;
    this.invalidMessage = null;
    this.empty = false;
    return { kind: 'saved', changes };
  }

  async insertSampleModel(): Promise<OutcomeModel> {
    this.stored = this.sample;
    this.empty = false;
    return this.sample;
  }

  async isWorkbookEmpty(): Promise<boolean> {
    return this.empty;
  }

  async restoreFromWorkbookTables(): Promise<RestoredModel> {
    this.restoreCalls++;
    return this.tables
      ? { kind: 'ok', model: { contract: this.tables } }
      : { kind: 'invalid', message: this.restoreMessage };
  }

  async writeScenarioResults(
    results: ScenarioRunResults,
    focus: ResultsFocus,
  ): Promise<ScenarioSheetReport> {
    this.resultWrites.push({ results, focus });
    return { sheet: 'OM_Scenarios', tables: ['OM_Comparison'], charts: ['OM_ComparisonChart'] };
  }
}

/** One entry per changed contract term and per changed service-level field. */
function contractChanges(before: Contract | null, after: Contract): ChangeLogEntry[] {
  const time = new Date(0).toISOString();
  const entries: ChangeLogEntry[] = [];
  const compare = (serviceLevel: string, field: string, oldValue: unknown, newValue: unknown) => {
    const [o, n] = [JSON.stringify(oldValue) ?? '', JSON.stringify(newValue) ?? ''];
    if (o !== n) entries.push({ time, serviceLevel, field, oldValue: o, newValue: n });
  };
  for (const key of Object.keys(after) as (keyof Contract)[]) {
    if (key !== 'serviceLevels') compare('', key, before?.[key], after[key]);
  }
  for (const sl of after.serviceLevels) {
    const old = before?.serviceLevels.find((b) => b.id === sl.id);
    for (const key of Object.keys(sl) as (keyof ServiceLevel)[])
      if (key !== 'id') compare(sl.name, key, old?.[key], sl[key]);
  }
  return entries;
}

export function serviceLevel(
  overrides: Partial<ServiceLevel> & Pick<ServiceLevel, 'id' | 'name'>,
): ServiceLevel {
  return {
    unit: '%',
    direction: 'higher',
    expected: 99.5,
    minimum: 99,
    allocation: 0.25,
    critical: true,
    bands: {
      basis: 'performance',
      method: 'step',
      rows: [
        { bound: 0, rate: -1 },
        { bound: 99, rate: -0.5 },
        { bound: 99.5, rate: 0 },
        { bound: 99.9, rate: 0.1 },
      ],
    },
    ...overrides,
  };
}

/** Charges 100,000, at risk 12% (12,000), one availability level with 25% allocation. */
export function smallContract(overrides: Partial<Contract> = {}): Contract {
  return {
    name: 'Service desk 2025',
    currency: 'EUR',
    monthlyCharges: 100_000,
    atRiskShare: 0.12,
    poolShare: 2,
    incentiveCapMonthlyShare: 0.05,
    incentiveCapAnnualShare: null,
    earnback: { mode: 'none', window: 3 },
    ratchet: { method: 'none', maxGapShare: null },
    termMonths: 36,
    serviceLevels: [serviceLevel({ id: 'sl-availability', name: 'Availability' })],
    ...overrides,
  };
}
