import { type ActualRecord } from '../src/engine/review/actuals';
import { unwrap } from '../src/engine/rules/result';
import { simulate } from '../src/engine/simulation/monteCarlo';
import { type Contract } from '../src/engine/terms/contract';
import { type OutcomeModel } from '../src/engine/terms/outcomeModel';
import { type ScenarioRunResults } from '../src/runs/scenarioResults';
import { createWorkbookOperations } from '../src/workbook/createWorkbookOperations';
import { MemoryWorkbookHost } from '../src/workbook/memoryWorkbookHost';
import { OfficeWorkbookHost } from '../src/workbook/officeWorkbookHost';
import { sampleContract, samplePerformance } from '../src/workbook/sampleModel';
import { type StoredRevision } from '../src/workbook/storedRevision';
import { type WorkbookOperations } from '../src/workbook/workbookOperations';
import { excelMock } from '../test/workbook/excelMock';
import { excelStateOf } from './excelStateOf';

/**
 * Round trips per workbook operation. On Excel on the web every context.sync() is a request to the
 * server, so the count, not the JavaScript time, is what a user waits for. Each operation runs once
 * through the Office host (src/workbook/officeWorkbookHost.ts) over the Office.js mock the tests use
 * (test/workbook/excelMock.ts), on a workbook prepared as a user would have it just before (with
 * the in-memory host), for contracts of several sizes; the mock counts syncs and Excel.run calls.
 */
export interface SyncCount {
  serviceLevels: number;
  syncs: number;
  /** Excel.run calls (each a batch of its own). */
  runs: number;
}

export interface OperationSyncs {
  operation: string;
  counts: SyncCount[];
  /** Why the operation could not be counted through the mock (the other operations still are). */
  failure?: string;
}

const START = '2026-01';
const LAST_PERIOD = '2026-12';
const RULE = { misses: 3, periods: 6 };

export interface Fixture {
  model: OutcomeModel;
  /** The model after one edit (a higher at-risk share): what a re-save writes. */
  edited: OutcomeModel;
  actuals: ActualRecord[];
  results: ScenarioRunResults;
}

/** The sample contract's five service levels repeated to `count`, allocations scaled to keep its pool. */
export function contractOfSize(count: number): Contract {
  const sample = sampleContract();
  const levels = sample.serviceLevels;
  const share = levels.length / count;
  return {
    ...sample,
    serviceLevels: Array.from({ length: count }, (_, i) => {
      const sl = levels[i % levels.length];
      const copy = Math.floor(i / levels.length) + 1;
      return {
        ...sl,
        id: `${sl.id}-${copy}`,
        name: `${sl.name} ${copy}`,
        allocation: sl.allocation * share,
      };
    }),
  };
}

export function fixture(count: number): Fixture {
  const contract = contractOfSize(count);
  const performance = samplePerformance();
  const actuals = contract.serviceLevels.flatMap((sl) =>
    (performance[sl.id.replace(/-\d+$/, '')] ?? []).map((value, m) => ({
      serviceLevelId: sl.id,
      period: `2026-${String(m + 1).padStart(2, '0')}`,
      value,
      excludedMinutes: null,
    })),
  );
  const proposals = [
    { id: 'current', name: 'Contract', contract },
    { id: 'counter', name: 'Their counter', contract: { ...contract, atRiskShare: 0.15 } },
  ];
  const scenario = {
    id: 'expected',
    name: 'Expected',
    assumptions: Object.fromEntries(
      contract.serviceLevels.map((sl) => [
        sl.id,
        { kind: 'constant' as const, level: sl.expected },
      ]),
    ),
  };
  const summary = unwrap(simulate({ proposals, scenario, trials: 20, seed: 1 }));
  return {
    model: { contract },
    edited: { contract: { ...contract, atRiskShare: 0.15 } },
    actuals,
    results: {
      seed: 1,
      trials: 20,
      currency: contract.currency,
      proposals: proposals.map(({ id, name }) => ({ id, name })),
      serviceLevels: contract.serviceLevels.map(({ id, name, unit }) => ({ id, name, unit })),
      scenarios: [{ scenario: { id: 'expected', name: 'Expected' }, summary }],
      analysis: null,
    },
  };
}

interface Operation {
  name: string;
  /** What the workbook holds before: done in memory, not counted; returns the stored model's revision. */
  prepare(ops: WorkbookOperations, f: Fixture): Promise<StoredRevision | null>;
  /** The counted operation, as the pane calls it. */
  run(ops: WorkbookOperations, f: Fixture, revision: StoredRevision | null): Promise<unknown>;
}

const saved = async (ops: WorkbookOperations, f: Fixture) => {
  const result = await ops.saveModel(f.model, null);
  if (result.kind !== 'saved') throw new Error(`preparing the workbook: save was ${result.kind}`);
  return result.revision;
};

const withActuals = async (ops: WorkbookOperations, f: Fixture) => {
  const revision = await saved(ops, f);
  await ops.serviceReview.importActuals(f.model.contract, f.actuals);
  return revision;
};

export const OPERATIONS: readonly Operation[] = [
  {
    name: 'save, first time',
    prepare: async () => null,
    run: (ops, f) => ops.saveModel(f.model, null),
  },
  {
    name: 'save after an edit',
    prepare: saved,
    run: async (ops, f, revision) => {
      const result = await ops.saveModel(f.edited, f.model, {
        expectedRevision: revision ?? undefined,
      });
      if (result.kind !== 'saved') throw new Error(`the counted save was ${result.kind}`);
    },
  },
  {
    name: 'write results (OM_Scenarios), again',
    prepare: async (ops, f) => {
      const revision = await saved(ops, f);
      await ops.writeScenarioResults(f.results, { proposalId: 'counter', scenarioId: 'expected' });
      return revision;
    },
    run: (ops, f) =>
      ops.writeScenarioResults(f.results, { proposalId: 'counter', scenarioId: 'expected' }),
  },
  {
    name: 'import actuals (12 months)',
    prepare: saved,
    run: (ops, f) => ops.serviceReview.importActuals(f.model.contract, f.actuals),
  },
  {
    name: 'statement',
    prepare: withActuals,
    run: (ops, f) => {
      const { contract } = f.model;
      const review = unwrap(
        ops.serviceReview.reviewPeriod(contract, f.actuals, START, LAST_PERIOD, RULE),
      );
      return ops.serviceReview.writeStatement(contract, START, review, RULE);
    },
  },
  {
    name: 'trends',
    prepare: withActuals,
    run: (ops, f) => ops.serviceReview.writeTrends(f.model.contract, f.actuals, START),
  },
];

type Methods = Record<string, (...args: unknown[]) => Record<string, unknown>>;

/**
 * The mock's charts have no axes (the tests never set a value axis); a chart's fixed value axis is
 * a property set in the same batch, no round trip, so each added chart gets a plain stand-in.
 */
function withChartAxes(excel: Record<string, unknown>): void {
  const worksheets = (excel.context as { workbook: { worksheets: Methods } }).workbook.worksheets;
  for (const method of ['getItem', 'getItemOrNullObject', 'add']) {
    const sheetOf = worksheets[method].bind(worksheets);
    worksheets[method] = (...args) => {
      const sheet = sheetOf(...args);
      const charts = sheet.charts as Methods | undefined;
      if (charts) {
        const add = charts.add.bind(charts);
        charts.add = (...chartArgs) =>
          Object.assign(add(...chartArgs), { axes: { valueAxis: {} } });
      }
      return sheet;
    };
  }
}

const clock = () => new Date('2026-03-02T10:00:00Z');
const globals = globalThis as { Excel?: unknown };

async function countOnce(operation: Operation, f: Fixture, count: number): Promise<SyncCount> {
  const memory = new MemoryWorkbookHost();
  const revision = await operation.prepare(createWorkbookOperations(memory, clock), f);
  const { excel, log } = excelMock(await excelStateOf(memory));
  withChartAxes(excel as unknown as Record<string, unknown>);
  let runs = 0;
  const run = excel.run.bind(excel) as (...args: unknown[]) => Promise<unknown>;
  excel.run = (...args: unknown[]) => {
    runs++;
    return run(...args);
  };
  const before = globals.Excel;
  globals.Excel = excel;
  try {
    await operation.run(createWorkbookOperations(new OfficeWorkbookHost(), clock), f, revision);
  } finally {
    globals.Excel = before;
  }
  return { serviceLevels: count, syncs: log.syncs, runs };
}

export async function benchSyncs(sizes: readonly number[]): Promise<OperationSyncs[]> {
  const fixtures = sizes.map((count) => ({ count, f: fixture(count) }));
  const out: OperationSyncs[] = [];
  for (const operation of OPERATIONS) {
    const counts: SyncCount[] = [];
    try {
      for (const { count, f } of fixtures) counts.push(await countOnce(operation, f, count));
      out.push({ operation: operation.name, counts });
    } catch (error) {
      const failure = error instanceof Error ? error.message : String(error);
      out.push({ operation: operation.name, counts, failure });
    }
  }
  return out;
}
