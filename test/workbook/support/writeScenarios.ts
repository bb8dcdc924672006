import { unwrap } from '../../../src/engine/rules/result';
import { simulate } from '../../../src/engine/simulation/monteCarlo';
import { type Scenario } from '../../../src/engine/simulation/scenario';
import { type Contract } from '../../../src/engine/terms/contract';
import { type OutcomeModel } from '../../../src/engine/terms/outcomeModel';
import { type Proposal } from '../../../src/engine/terms/proposal';
import { type ScenarioRunResults } from '../../../src/runs/scenarioResults';
import { createWorkbookOperations } from '../../../src/workbook/createWorkbookOperations';
import { MemoryWorkbookHost } from '../../../src/workbook/memoryWorkbookHost';
import { sampleContract, samplePerformance } from '../../../src/workbook/sampleModel';
import { type WorkbookHost } from '../../../src/workbook/workbookHost';

/**
 * Test support: the writes the pane makes (save, sample, results, actuals, statement, trends),
 * each with the workbook it starts from, for the all-or-nothing tests and the docs' fault table.
 */
const clock = () => new Date('2026-07-01T09:00:00Z');
export const ops = (host: WorkbookHost) => createWorkbookOperations(host, clock);
const RULE = { misses: 3, periods: 6 };

const sample = sampleContract();
export const renamed: Contract = {
  ...sample,
  monthlyCharges: 260_000,
  serviceLevels: [
    { ...sample.serviceLevels[2], name: 'Mean time to resolve' },
    ...sample.serviceLevels.slice(0, 2),
    { ...sample.serviceLevels[3], id: 'added', name: 'a' + '𝐀'.repeat(150) },
  ],
};

function actualsCsv(months: readonly string[]): string {
  const lines = Object.entries(samplePerformance()).flatMap(([id, values]) => {
    const name = sample.serviceLevels.find((sl) => sl.id === id)?.name as string;
    return months.map((m) => `${name},${m},${values[Number(m.slice(5)) - 1]}`);
  });
  return ['Service level,Period,Value', ...lines].join('\n');
}

export async function importMonths(host: WorkbookHost, months: readonly string[]) {
  const review = ops(host).serviceReview;
  const preview = review.previewImport(actualsCsv(months), sample);
  if (preview.kind !== 'ok') throw new Error(preview.problems.join('\n'));
  await review.importActuals(sample, preview.records);
}

export async function writeStatement(host: WorkbookHost, period: string) {
  const review = ops(host).serviceReview;
  const { records } = await review.readActuals(sample);
  const statement = unwrap(review.reviewPeriod(sample, records, '2026-01', period, RULE));
  return review.writeStatement(sample, '2026-01', statement, RULE);
}

export function results(atRisk: number): ScenarioRunResults {
  const proposals: Proposal[] = [
    { id: 'offer', name: 'Our offer', contract: sample },
    { id: 'counter', name: 'Their counter', contract: { ...sample, atRiskShare: atRisk } },
  ];
  const scenario: Scenario = {
    id: 'expected',
    name: 'As expected',
    assumptions: Object.fromEntries(
      sample.serviceLevels.map((sl) => [
        sl.id,
        { kind: 'normal', mean: sl.expected, sd: 0.5, autocorrelation: 0 },
      ]),
    ),
  };
  return {
    seed: 7,
    trials: 200,
    currency: sample.currency,
    proposals: proposals.map(({ id, name }) => ({ id, name })),
    serviceLevels: sample.serviceLevels.map(({ id, name, unit }) => ({ id, name, unit })),
    scenarios: [
      {
        scenario: { id: scenario.id, name: scenario.name },
        summary: unwrap(simulate({ proposals, scenario, trials: 200, seed: 7 })),
      },
    ],
    analysis: null,
  };
}

export async function withSample(): Promise<MemoryWorkbookHost> {
  const host = new MemoryWorkbookHost();
  await ops(host).insertSampleModel();
  return host;
}

export interface Write {
  readonly name: string;
  readonly before: () => Promise<MemoryWorkbookHost>;
  readonly write: (host: WorkbookHost) => Promise<unknown>;
}

export const storedModel = async (host: WorkbookHost): Promise<OutcomeModel> => {
  const loaded = await ops(host).loadModel();
  if (loaded.kind !== 'ok') throw new Error('no model');
  return loaded.model;
};

export const WRITES: readonly Write[] = [
  {
    name: 'save a new model into an empty workbook',
    before: async () => new MemoryWorkbookHost(),
    write: (host) => ops(host).saveModel({ contract: renamed }, null),
  },
  {
    name: 'insert the sample',
    before: async () => new MemoryWorkbookHost(),
    write: (host) => ops(host).insertSampleModel(),
  },
  {
    name: 'save the sample with levels renamed, removed, added (astral name) and reordered',
    before: withSample,
    write: async (host) => ops(host).saveModel({ contract: renamed }, await storedModel(host)),
  },
  {
    name: 'write results over earlier results',
    before: async () => {
      const host = await withSample();
      await ops(host).writeScenarioResults(results(0.15), {
        proposalId: 'offer',
        scenarioId: 'expected',
      });
      return host;
    },
    write: (host) =>
      ops(host).writeScenarioResults(results(0.2), {
        proposalId: 'counter',
        scenarioId: 'expected',
      }),
  },
  {
    name: 'import actuals into OM_Actuals',
    before: async () => {
      const host = await withSample();
      await importMonths(host, ['2026-01', '2026-02']);
      return host;
    },
    write: (host) => importMonths(host, ['2026-02', '2026-03', '2026-04']),
  },
  {
    name: 'write a statement for a new month',
    before: async () => {
      const host = await withSample();
      await importMonths(host, ['2026-01', '2026-02', '2026-03']);
      await writeStatement(host, '2026-02');
      return host;
    },
    write: (host) => writeStatement(host, '2026-03'),
  },
  {
    name: 'write the trends over earlier trends',
    before: async () => {
      const host = await withSample();
      await importMonths(host, ['2026-01', '2026-02']);
      await ops(host).serviceReview.writeTrends(
        sample,
        (await ops(host).serviceReview.readActuals(sample)).records,
        '2026-01',
      );
      await importMonths(host, ['2026-03', '2026-04']);
      return host;
    },
    write: async (host) =>
      ops(host).serviceReview.writeTrends(
        sample,
        (await ops(host).serviceReview.readActuals(sample)).records,
        '2026-01',
      ),
  },
];
