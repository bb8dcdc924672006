import { breakEven } from '../../src/engine/analyses/breakEven';
import { type Contract, type ServiceLevel } from '../../src/engine/terms/contract';
import { simulate } from '../../src/engine/simulation/monteCarlo';
import { type Proposal } from '../../src/engine/terms/proposal';
import { riskPricedFee } from '../../src/engine/analyses/riskPricedFee';
import { type Scenario } from '../../src/engine/simulation/scenario';
import { sensitivity } from '../../src/engine/analyses/sensitivity';
import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import { createWorkbookOperations } from '../../src/workbook/createWorkbookOperations';
import { SCENARIO_SHEET, writeScenarioResults } from '../../src/workbook/scenarioSheet';
import {
  type AnalysisResults,
  CONFIDENCES,
  type ScenarioRunResults,
} from '../../src/runs/scenarioResults';
import { uniqueHeaders } from '../../src/workbook/scenarioTables';
import { serviceLevel } from '../taskpane/support/testContracts';

/**
 * One availability level (allocation 25%), charges 100,000, 36 months. At a constant 99.95 the band
 * rate is +10%: 12% at risk pays 300 a month (10,800 over the term), 15% pays 375 (13,500). At a
 * constant 99.2 the rate is −50%: −1,500 a month (−54,000) and −1,875 (−67,500).
 */
// The pane's default new level (25% allocation, step bands −100/−50/0/+10%), from the shared test factory.
const availability: ServiceLevel = serviceLevel({ id: 'availability', name: 'Availability' });
const contract = (atRiskShare: number): Contract => ({
  name: 'Service desk',
  currency: 'EUR',
  monthlyCharges: 100_000,
  atRiskShare,
  poolShare: 2,
  incentiveCapMonthlyShare: 0.05,
  incentiveCapAnnualShare: null,
  earnback: { mode: 'none', window: 3 },
  ratchet: { method: 'none', maxGapShare: null },
  termMonths: 36,
  serviceLevels: [availability],
});
const proposals: Proposal[] = [
  { id: 'offer', name: 'Our offer', contract: contract(0.12) },
  { id: 'counter', name: 'Their counter', contract: contract(0.15) },
];
const scenario = (id: string, name: string, level: number): Scenario => ({
  id,
  name,
  assumptions: { availability: { kind: 'constant', level } },
});
const scenarios = [scenario('excellent', 'Excellent', 99.95), scenario('missed', 'Missed', 99.2)];

function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function analysis(): AnalysisResults {
  const simulation = { proposals, scenario: scenarios[0], trials: 50, seed: 3 };
  return {
    proposal: { id: 'offer', name: 'Our offer' },
    scenario: { id: 'excellent', name: 'Excellent' },
    sensitivity: sensitivity({ simulation, proposalId: 'offer', deltas: { availability: 0.5 } }),
    breakEvenServiceLevel: { id: 'availability', name: 'Availability', unit: '%' },
    breakEven: breakEven({ simulation, proposalId: 'offer', serviceLevelId: 'availability' }),
    monthlyCost: 80_000,
    targetMargin: 0.15,
    fees: CONFIDENCES.map((confidence) => ({
      confidence,
      fee: riskPricedFee({
        simulation,
        proposalId: 'offer',
        monthlyCost: 80_000,
        targetMargin: 0.15,
        confidence,
      }),
    })),
  };
}

function results(withAnalysis = true, runScenarios = scenarios): ScenarioRunResults {
  return {
    seed: 3,
    trials: 50,
    currency: 'EUR',
    proposals: proposals.map(({ id, name }) => ({ id, name })),
    serviceLevels: [{ id: 'availability', name: 'Availability', unit: '%' }],
    scenarios: runScenarios.map((s) => ({
      scenario: { id: s.id, name: s.name },
      summary: unwrap(simulate({ proposals, scenario: s, trials: 50, seed: 3 })),
    })),
    analysis: withAnalysis ? analysis() : null,
  };
}

const focus = { proposalId: 'counter', scenarioId: 'excellent' };

async function written(r = results()) {
  const host = new MemoryWorkbookHost();
  const report = await writeScenarioResults(host, r, focus);
  return { host, report };
}

describe('the OM_Scenarios sheet', () => {
  it('writes the comparison grid: expected net per scenario and the difference from the baseline', async () => {
    const { host } = await written();
    const table = await host.readTable('OM_Comparison');
    expect(table).toEqual({
      name: 'OM_Comparison',
      sheet: 'OM_Scenarios',
      address: 'A5:I7',
      headers: [
        'Proposal',
        'Excellent',
        'Missed',
        'Δ Excellent',
        'Δ Missed',
        'Excellent ± (95 %)',
        'Missed ± (95 %)',
        'Δ Excellent ± (95 %)',
        'Δ Missed ± (95 %)',
      ],
      // Constant performance: every trial pays the same, so every interval has zero width.
      rows: [
        ['Our offer', expect.closeTo(10_800, 6), expect.closeTo(-54_000, 6), 0, 0, 0, 0, 0, 0],
        [
          'Their counter',
          expect.closeTo(13_500, 6),
          expect.closeTo(-67_500, 6),
          expect.closeTo(2_700, 6),
          expect.closeTo(-13_500, 6),
          0,
          0,
          0,
          0,
        ],
      ],
    });
    expect(await host.readRange(SCENARIO_SHEET, 'A4')).toEqual([
      [expect.stringContaining('Expected net payout to the provider over the term (EUR)')],
    ]);
    expect(await host.readRange(SCENARIO_SHEET, 'A2')).toEqual([
      ['Seed 3, 50 trials per scenario; differences are against Our offer on the same trials.'],
    ]);
  });

  it('says how a run until precise ended, with counts a German reader reads the same', async () => {
    const reached = { target: 0.01, cap: 200_000, reached: true, worst: null };
    const { host } = await written({ ...results(), precision: reached });
    expect(await host.readRange(SCENARIO_SHEET, 'A2')).toEqual([
      [
        'Seed 3, 50 trials per scenario; differences are against Our offer on the same trials. Run until every expected and P5 net was known to ±1% at 95%.',
      ],
    ]);
    const stopped = { ...reached, target: 0.005, cap: 50, reached: false };
    const again = await written({ ...results(), precision: stopped });
    expect(await again.host.readRange(SCENARIO_SHEET, 'A2')).toEqual([
      [
        'Seed 3, 50 trials per scenario; differences are against Our offer on the same trials. Run until precise to ±0.5% at 95%, stopped at the most trials allowed (50) before every figure got there.',
      ],
    ]);
  });

  it('writes the risk per party and the money per service level for every scenario and proposal', async () => {
    const { host } = await written();
    const risk = await host.readTable('OM_RiskSummary');
    expect(risk?.headers).toEqual([
      'Scenario',
      'Proposal',
      'Provider expected net',
      'Provider P95 downside',
      'Customer expected cost',
      'Customer P95 cost',
      'At-risk cap hit',
      'Expected credits',
      'Expected incentives',
      'Expected earnback',
    ]);
    // Missed, their counter: credits of 1,875 a month; the customer pays 3.6 M of charges less 67,500.
    expect(risk?.rows[3]).toEqual([
      'Missed',
      'Their counter',
      expect.closeTo(-67_500, 6),
      expect.closeTo(-67_500, 6),
      expect.closeTo(3_532_500, 6),
      expect.closeTo(3_532_500, 6),
      0,
      expect.closeTo(67_500, 6),
      0,
      0,
    ]);
    const sl = await host.readTable('OM_SLContribution');
    expect(sl?.rows).toHaveLength(4);
    expect(sl?.rows[2]).toEqual([
      'Missed',
      'Our offer',
      'Availability',
      expect.closeTo(54_000, 6),
      0,
      0,
      1,
    ]);
  });

  it('adds the gain/pain share and the volume charges when a proposal has those levers', async () => {
    // Their counter also charges 2 a ticket for 1,000 tickets a month and shares a cost 10% over target.
    const counter: Contract = {
      ...contract(0.15),
      gainShare: {
        targetCostAnnual: 1_000_000,
        shareBands: [{ bound: 0, rate: 0.5 }],
        painCap: null,
        gainCap: null,
      },
      volumePricing: [
        {
          id: 'tickets',
          name: 'Tickets',
          unit: 'ticket',
          method: 'graduated',
          tiers: [{ bound: 0, rate: 2 }],
        },
      ],
    };
    const withLevers: Proposal[] = [proposals[0], { ...proposals[1], contract: counter }];
    const levered: Scenario = {
      ...scenarios[0],
      actualCostAnnual: { kind: 'constant', level: 1_100_000 },
      volumes: { tickets: { kind: 'constant', level: 1_000 } },
    };
    const r: ScenarioRunResults = {
      ...results(false, [levered]),
      scenarios: [
        {
          scenario: { id: levered.id, name: levered.name },
          summary: unwrap(
            simulate({ proposals: withLevers, scenario: levered, trials: 20, seed: 3 }),
          ),
        },
      ],
    };
    const { host } = await written(r);
    const risk = await host.readTable('OM_RiskSummary');
    expect(risk?.headers.slice(-2)).toEqual([
      'Expected gain/pain share',
      'Expected volume charges',
    ]);
    // Our offer has neither (blank); the counter bears half of 100,000 a year for 3 years and charges 2 × 1,000 × 36.
    expect(risk?.rows.map((row) => row.slice(-2))).toEqual([
      ['', ''],
      [expect.closeTo(-150_000, 6), expect.closeTo(72_000, 6)],
    ]);
  });

  it('writes the histogram of the chosen proposal and scenario; a constant outcome is one bar', async () => {
    const { host } = await written();
    const histogram = await host.readTable('OM_NetHistogram');
    expect(histogram?.headers).toEqual(['Net payout (bin centre)', 'Trials']);
    expect(histogram?.rows).toEqual([[expect.closeTo(13_500, 6), 50]]);
  });

  it('writes the tornado, the break-even level and the risk-priced fees of the analysis', async () => {
    const { host } = await written();
    const tornado = await host.readTable('OM_Tornado');
    // Then the ± (95 %) of the nets one step worse and better: zero, as the levels are constant.
    expect(tornado?.rows).toEqual([
      ['Availability', expect.closeTo(-64_800, 6), expect.closeTo(0, 6), 0.5, 0, 0],
    ]);
    const be = await host.readTable('OM_BreakEven');
    expect(be?.headers).toEqual([
      'Service level',
      'Break-even level (%)',
      'Expected net there',
      'Target net',
      'Note',
      'Expected net there ± (95 %)',
    ]);
    expect(be?.rows[0][0]).toBe('Availability');
    expect(be?.rows[0][2]).toBe(0);
    const fees = await host.readTable('OM_RiskPricedFee');
    const fee = (80_000 * 36) / (0.85 * 36 + 0.108);
    expect(fees?.rows.map((r) => r[0])).toEqual(['P50', 'P80', 'P90']);
    expect(fees?.rows[1][1]).toBeCloseTo(fee, 6);
    expect(fees?.rows[1][2]).toBeCloseTo(0.15, 9);
  });

  it('adds native charts beside the tables, reading the tables’ own ranges', async () => {
    const { host, report } = await written();
    expect(report).toEqual({
      sheet: 'OM_Scenarios',
      tables: [
        'OM_Comparison',
        'OM_RiskSummary',
        'OM_SLContribution',
        'OM_NetHistogram',
        'OM_Tornado',
        'OM_BreakEven',
        'OM_RiskPricedFee',
        'OM_Precision',
      ],
      charts: ['OM_ComparisonChart', 'OM_NetHistogramChart', 'OM_TornadoChart'],
    });
    const tables = new Map(host.tables().map((t) => [t.name, t.address]));
    const charts = host.charts();
    // Charts sit two columns right of the widest table: OM_RiskPricedFee, 12 columns (A:L) with
    // its five ± (95 %) columns, so they start at N.
    expect(charts.map((c) => [c.name, c.kind, c.sourceAddress, c.placeAt])).toEqual([
      ['OM_ComparisonChart', 'columnClustered', 'A5:C7', 'N1:U16'],
      ['OM_NetHistogramChart', 'columnClustered', tables.get('OM_NetHistogram'), 'N18:U33'],
      [
        'OM_TornadoChart',
        'barClustered',
        // The table ends at F since its two ± (95 %) columns; the chart still reads A:C.
        tables.get('OM_Tornado')?.replace(/F(\d+)$/, 'C$1'),
        'N35:U50',
      ],
    ]);
    expect(charts[1].title).toBe('Net payout over the term: Their counter under Excellent (EUR)');
    expect(host.activeSheet()).toBe('OM_Scenarios');
  });

  it('replaces the previous run on a second write instead of adding copies', async () => {
    const { host } = await written();
    await writeScenarioResults(host, results(false, [scenarios[1]]), {
      proposalId: 'offer',
      scenarioId: 'missed',
    });
    expect((await host.listSheets()).filter((s) => s === SCENARIO_SHEET)).toHaveLength(1);
    expect(host.tables().map((t) => t.name)).toEqual([
      'OM_Comparison',
      'OM_RiskSummary',
      'OM_SLContribution',
      'OM_NetHistogram',
      'OM_Precision',
    ]);
    expect(host.charts().map((c) => c.name)).toEqual([
      'OM_ComparisonChart',
      'OM_NetHistogramChart',
    ]);
    expect((await host.readTable('OM_Comparison'))?.headers).toEqual([
      'Proposal',
      'Missed',
      'Δ Missed',
      'Missed ± (95 %)',
      'Δ Missed ± (95 %)',
    ]);
    // Nothing of the longer first run is left below the new tables.
    const texts = host.sheetCells(SCENARIO_SHEET).map((c) => String(c.input));
    expect(texts.some((t) => t.includes('Excellent'))).toBe(false);
    expect(texts.some((t) => t.includes('Break-even'))).toBe(false);
  });

  it('is what the workbook operations write', async () => {
    const host = new MemoryWorkbookHost();
    const report = await createWorkbookOperations(host).writeScenarioResults(results(false), focus);
    expect(report.charts).toEqual(['OM_ComparisonChart', 'OM_NetHistogramChart']);
    expect(await host.readTable('OM_Comparison')).not.toBeNull();
  });
});

describe('table headers', () => {
  it('keeps scenario names as text and distinct', () => {
    expect(uniqueHeaders(['Proposal', 'proposal', '=Stress', 'Base', 'Base'])).toEqual([
      'Proposal',
      'proposal (2)',
      'Stress',
      'Base',
      'Base (2)',
    ]);
  });
});
