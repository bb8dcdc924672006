import { simulate } from '../../src/engine/simulation/monteCarlo';
import { type Proposal } from '../../src/engine/terms/proposal';
import { OfficeWorkbookHost } from '../../src/workbook/officeWorkbookHost';
import { sampleContract } from '../../src/workbook/sampleModel';
import { type ScenarioRunResults } from '../../src/runs/scenarioResults';
import { writeScenarioResults } from '../../src/workbook/scenarioSheet';
import { emptyState, excelMock, type ExcelState } from './excelMock';

/** The OM_Scenarios writer through Office.js (office-addin-mock): what Excel is asked to do. */

const globals = globalThis as { Excel?: unknown };
afterEach(() => {
  delete globals.Excel;
});

function useExcel(setup: (state: ExcelState) => void = () => undefined) {
  const state = emptyState();
  setup(state);
  const { excel, log } = excelMock(state);
  globals.Excel = excel;
  return { state, log };
}

const contract = sampleContract();
const proposals: Proposal[] = [
  { id: 'current', name: 'Contract', contract },
  { id: 'counter', name: 'Their counter', contract: { ...contract, atRiskShare: 0.15 } },
];
const scenario = {
  id: 'expected',
  name: 'Expected',
  assumptions: Object.fromEntries(
    contract.serviceLevels.map((sl) => [sl.id, { kind: 'constant' as const, level: sl.expected }]),
  ),
};

function results(): ScenarioRunResults {
  const summary = simulate({ proposals, scenario, trials: 20, seed: 1 });
  if (!summary.ok) throw new Error(summary.error.message);
  return {
    seed: 1,
    trials: 20,
    currency: 'EUR',
    proposals: proposals.map(({ id, name }) => ({ id, name })),
    serviceLevels: contract.serviceLevels.map(({ id, name, unit }) => ({ id, name, unit })),
    scenarios: [{ scenario: { id: 'expected', name: 'Expected' }, summary: summary.value }],
    analysis: null,
  };
}

describe('OM_Scenarios in Excel', () => {
  it('adds the sheet, the tables where they belong and native column charts over their ranges, then shows the sheet', async () => {
    const { log } = useExcel();
    await writeScenarioResults(new OfficeWorkbookHost(), results(), {
      proposalId: 'counter',
      scenarioId: 'expected',
    });
    expect(log.calls).toContain('add sheet OM_Scenarios');
    expect(log.tablesAdded.map((t) => [t.sheet, t.address, t.hasHeaders])).toEqual([
      ['OM_Scenarios', 'OM_Scenarios!A5:E7', true],
      ['OM_Scenarios', 'OM_Scenarios!A11:J13', true],
      ['OM_Scenarios', 'OM_Scenarios!A17:G27', true],
      ['OM_Scenarios', 'OM_Scenarios!A31:B32', true],
      // OM_Precision: per proposal its 14 figures and 3 per service level (2 proposals, 5 levels).
      ['OM_Scenarios', 'OM_Scenarios!A36:G94', true],
    ]);
    expect(log.tablesAdded.map((t) => t.mock.name)).toEqual([
      'OM_Comparison',
      'OM_RiskSummary',
      'OM_SLContribution',
      'OM_NetHistogram',
      'OM_Precision',
    ]);
    expect(log.chartsAdded.map((c) => [c.type, c.mock.name, c.mock.title.text])).toEqual([
      ['ColumnClustered', 'OM_ComparisonChart', 'Expected net payout by proposal (EUR)'],
      [
        'ColumnClustered',
        'OM_NetHistogramChart',
        'Net payout over the term: Their counter under Expected (EUR)',
      ],
    ]);
    expect(log.chartsAdded[0].source).toBe(log.ranges.find((r) => r.address === 'A5:B7')?.mock);
    expect(log.calls.filter((c) => c.startsWith('position chart'))).toEqual([
      'position chart L1:S16',
      'position chart L18:S33',
    ]);
    expect(log.calls.at(-1)).toBe('activate OM_Scenarios');
  });

  it('clears what a previous run left on the sheet before writing, so nothing is duplicated or left behind', async () => {
    const { log } = useExcel((state) => {
      state.sheets.push('OM_Scenarios');
      state.tables.push({
        name: 'OM_Tornado',
        sheet: 'OM_Scenarios',
        address: 'A40:D44',
        headers: ['Service level', 'One step worse', 'One step better', 'Step'],
        rows: [],
      });
      state.charts.push({ sheet: 'OM_Scenarios', name: 'OM_TornadoChart' });
    });
    await writeScenarioResults(new OfficeWorkbookHost(), results(), {
      proposalId: 'current',
      scenarioId: 'expected',
    });
    expect(log.calls).not.toContain('add sheet OM_Scenarios');
    const cleared = log.calls.indexOf('clear All OM_Scenarios!(whole sheet)');
    expect(log.calls.indexOf('delete table OM_Tornado')).toBeLessThan(cleared);
    expect(log.calls.indexOf('delete chart OM_TornadoChart')).toBeLessThan(cleared);
    expect(cleared).toBeGreaterThanOrEqual(0);
    expect(log.tablesAdded).toHaveLength(5);
    expect(log.chartsAdded.map((c) => c.mock.name)).toEqual([
      'OM_ComparisonChart',
      'OM_NetHistogramChart',
    ]);
  });
});
