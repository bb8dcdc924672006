import { type OutcomeModel } from '../../src/engine/terms/outcomeModel';
import { type Scenario } from '../../src/engine/simulation/scenario';
import { assumptionText } from '../../src/workbook/assumptionText';
import { diffModels } from '../../src/workbook/changeLog';
import { createWorkbookOperations } from '../../src/workbook/createWorkbookOperations';
import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import { sampleContract } from '../../src/workbook/sampleModel';

const TIME = new Date('2025-03-01T09:30:00.000Z');
const contract = sampleContract();
const [availability, p1] = contract.serviceLevels;
const rows = (before: OutcomeModel | null, after: OutcomeModel) =>
  diffModels(before, after, TIME).map((e) => [e.serviceLevel, e.field, e.oldValue, e.newValue]);

const expected: Scenario = {
  id: 'expected',
  name: 'Expected',
  assumptions: {
    availability: { kind: 'normal', mean: 99.6, sd: 0.2, rho: 0.3 },
    'p1-resolution': { kind: 'constant', level: 95 },
  },
};
const offer = { id: 'offer', name: 'Our offer', contract };
const counter = {
  id: 'counter',
  name: 'Their counter',
  contract: { ...contract, atRiskShare: 0.15 },
};
const base: OutcomeModel = { contract, scenarios: [expected], proposals: [offer] };

describe('assumptions in words', () => {
  it('names the kind and its numbers, bounds when given', () => {
    expect(assumptionText({ kind: 'constant', level: 99.5 })).toBe('constant 99.5');
    expect(assumptionText({ kind: 'series', values: [99.1, null, 99.7] })).toBe(
      'monthly series 99.1, –, 99.7',
    );
    expect(assumptionText({ kind: 'normal', mean: 99.6, sd: 0.2 })).toBe(
      'normal mean 99.6, sd 0.2, ρ 0',
    );
    expect(
      assumptionText({
        kind: 'triangular',
        min: 98,
        mode: 99.5,
        max: 99.9,
        bounds: { lower: 0, upper: null },
      }),
    ).toBe('triangular min 98, mode 99.5, max 99.9; bounds 0 to ∞');
    expect(assumptionText({ kind: 'resample', history: [99.2, 99.8] })).toBe(
      'resampled history 99.2, 99.8',
    );
  });
});

describe('the change log of scenarios and proposals', () => {
  it('logs nothing when they did not change', () => {
    expect(
      rows(base, { ...base, scenarios: [{ ...expected }], proposals: [{ ...offer }] }),
    ).toEqual([]);
  });

  it('logs an added scenario with what it assumes, per service level', () => {
    const stressed: Scenario = {
      id: 'stressed',
      name: 'Stressed',
      assumptions: { availability: { kind: 'triangular', min: 98.5, mode: 99.2, max: 99.7 } },
    };
    expect(rows(base, { ...base, scenarios: [expected, stressed] })).toEqual([
      ['', 'Scenario "Stressed"', '', 'added'],
      [
        'Availability',
        'Scenario "Stressed": assumption',
        '',
        'triangular min 98.5, mode 99.2, max 99.7',
      ],
    ]);
  });

  it('logs a renamed scenario, a changed and a removed assumption, and the actual cost', () => {
    const changed: Scenario = {
      ...expected,
      name: 'Base case',
      assumptions: { availability: { kind: 'normal', mean: 99.6, sd: 0.3, rho: 0.3 } },
      actualCostAnnual: { kind: 'constant', level: 2_500_000 },
    };
    expect(rows(base, { ...base, scenarios: [changed] })).toEqual([
      ['', 'Scenario name', 'Expected', 'Base case'],
      [
        'Availability',
        'Scenario "Base case": assumption',
        'normal mean 99.6, sd 0.2, ρ 0.3',
        'normal mean 99.6, sd 0.3, ρ 0.3',
      ],
      [p1.name, 'Scenario "Base case": assumption', 'constant 95', ''],
      ['', 'Scenario "Base case": actual cost per year', '', 'constant 2500000'],
    ]);
  });

  it('logs a removed scenario', () => {
    expect(rows(base, { ...base, scenarios: [] })).toEqual([
      ['', 'Scenario "Expected"', '', 'removed'],
    ]);
  });

  it('logs an added proposal with the terms in which it differs from the contract', () => {
    expect(rows(base, { ...base, proposals: [offer, counter] })).toEqual([
      ['', 'Proposal "Their counter"', '', 'added'],
      ['', 'Their counter vs contract: At-risk %', '12%', '15%'],
    ]);
  });

  it('logs a renamed proposal and its changed terms, band by band', () => {
    const bands = {
      ...availability.bands,
      rows: [
        { bound: 98, rate: -1 },
        { bound: 99.5, rate: 0 },
      ],
    };
    const edited = {
      ...offer,
      name: 'Our final offer',
      contract: {
        ...contract,
        incentiveCapMonthlyShare: 0.04,
        serviceLevels: [
          { ...availability, allocation: 0.6, bands },
          ...contract.serviceLevels.slice(1),
        ],
      },
    };
    expect(rows(base, { ...base, proposals: [edited] })).toEqual([
      ['', 'Proposal name', 'Our offer', 'Our final offer'],
      ['', 'Our final offer: Monthly incentive cap', '5%', '4%'],
      ['Availability', 'Our final offer: Allocation', '50%', '60%'],
      [
        'Availability',
        'Our final offer: Bands',
        '98→−100%; 99→−50%; 99.5→0%; 99.9→10%',
        '98→−100%; 99.5→0%',
      ],
    ]);
  });

  it('logs a removed proposal', () => {
    expect(rows(base, { ...base, proposals: [] })).toEqual([
      ['', 'Proposal "Our offer"', '', 'removed'],
    ]);
  });

  it('logs a new model with its proposals and scenarios after the contract', () => {
    expect(rows(null, base).map((r) => r[1])).toEqual([
      'Contract',
      'Proposal "Our offer"',
      'Scenario "Expected"',
      'Scenario "Expected": assumption',
      'Scenario "Expected": assumption',
    ]);
  });

  it('appends these entries to OM_ChangeLog when the model is saved', async () => {
    const host = new MemoryWorkbookHost();
    const operations = createWorkbookOperations(host, () => TIME);
    await operations.saveModel({ contract }, null);
    const result = await operations.saveModel(
      { ...base, proposals: [offer, counter] },
      { contract },
    );
    expect(result.kind).toBe('saved');
    const log = await host.readTable('OM_ChangeLog');
    expect(log?.rows.map((r) => r[2])).toEqual([
      'Contract',
      'Proposal "Our offer"',
      'Proposal "Their counter"',
      'Their counter vs contract: At-risk %',
      'Scenario "Expected"',
      'Scenario "Expected": assumption',
      'Scenario "Expected": assumption',
    ]);
    const stored = await operations.loadModel();
    expect(stored.kind === 'ok' && stored.model.proposals?.map((p) => p.name)).toEqual([
      'Our offer',
      'Their counter',
    ]);
    expect(stored.kind === 'ok' && stored.model.scenarios).toEqual([expected]);
  });
});
