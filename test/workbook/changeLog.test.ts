import { type Contract, type ServiceLevel } from '../../src/engine/terms/contract';
import { type OutcomeModel } from '../../src/engine/terms/outcomeModel';
import {
  appendChangeLog,
  bandsText,
  diffModels,
  numberText,
  percentText,
} from '../../src/workbook/changeLog';
import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import { sampleContract } from '../../src/workbook/sampleModel';

const TIME = new Date('2025-03-01T09:30:00.000Z');
const base = sampleContract();
const [availability, p1, mttr] = base.serviceLevels;
const model = (contract: Contract): OutcomeModel => ({ contract });
const withLevels = (serviceLevels: ServiceLevel[]) => model({ ...base, serviceLevels });
const rows = (entries: ReturnType<typeof diffModels>) =>
  entries.map((e) => [e.serviceLevel, e.field, e.oldValue, e.newValue]);

describe('readable values', () => {
  it('shows numbers without binary noise and with a true minus', () => {
    expect(numberText(99.5)).toBe('99.5');
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(-2)).toBe('−2');
    expect(percentText(0.12)).toBe('12%');
    expect(percentText(-0.5)).toBe('−50%');
  });

  it('summarises bands in order of their lower bounds', () => {
    expect(
      bandsText([
        { bound: 99.5, rate: 0 },
        { bound: 99, rate: -0.5 },
      ]),
    ).toBe('99→−50%; 99.5→0%');
    expect(bandsText([])).toBe('no bands');
  });
});

describe('diffModels', () => {
  it('logs the creation of a model once', () => {
    expect(diffModels(null, model(base), TIME)).toEqual([
      {
        time: '2025-03-01T09:30:00.000Z',
        serviceLevel: '',
        field: 'Contract',
        oldValue: '',
        newValue: 'created with 5 service levels',
      },
    ]);
  });

  it('finds nothing when nothing changed', () => {
    expect(diffModels(model(base), model(sampleContract()), TIME)).toEqual([]);
  });

  it('logs one changed expected level as one entry', () => {
    const after = withLevels([{ ...availability, expected: 99.7 }, ...base.serviceLevels.slice(1)]);
    expect(diffModels(model(base), after, TIME)).toEqual([
      {
        time: '2025-03-01T09:30:00.000Z',
        serviceLevel: 'Availability',
        field: 'Expected',
        oldValue: '99.5',
        newValue: '99.7',
      },
    ]);
  });

  it('logs contract terms field by field', () => {
    const after = model({
      ...base,
      name: 'Renewal',
      atRiskShare: 0.15,
      incentiveCapMonthlyShare: null,
      earnback: { mode: 'prorata', window: 6 },
      ratchet: { method: 'average', maxGapShare: 0.1 },
      termMonths: 48,
    });
    expect(rows(diffModels(model(base), after, TIME))).toEqual([
      ['', 'Contract name', 'Managed infrastructure and service desk', 'Renewal'],
      ['', 'At-risk %', '12%', '15%'],
      ['', 'Monthly incentive cap', '5%', 'none'],
      ['', 'Earnback', 'all', 'prorata'],
      ['', 'Earnback window (months)', '3', '6'],
      ['', 'Ratchet', 'midpoint', 'average'],
      ['', 'Term (months)', '36', '48'],
    ]);
  });

  it('logs each service level field, bands as a summary', () => {
    const changed: ServiceLevel = {
      ...availability,
      unit: 'percent',
      direction: 'lower',
      minimum: null,
      allocation: 0.45,
      critical: false,
      bands: {
        basis: 'attainment',
        method: 'step',
        rows: [
          { bound: 99, rate: -0.5 },
          { bound: 99.5, rate: 0 },
        ],
      },
    };
    expect(rows(diffModels(withLevels([availability]), withLevels([changed]), TIME))).toEqual([
      ['Availability', 'Unit', '%', 'percent'],
      ['Availability', 'Direction', 'higher', 'lower'],
      ['Availability', 'Minimum', '99', 'none'],
      ['Availability', 'Allocation', '50%', '45%'],
      ['Availability', 'Critical', 'yes', 'no'],
      ['Availability', 'Band method', 'linear', 'step'],
      ['Availability', 'Band basis', 'performance', 'attainment'],
      ['Availability', 'Bands', '98→−100%; 99→−50%; 99.5→0%; 99.9→10%', '99→−50%; 99.5→0%'],
    ]);
  });

  it('ignores band rows that were only reordered', () => {
    const reordered = {
      ...availability,
      bands: { ...availability.bands, rows: [...availability.bands.rows].reverse() },
    };
    expect(diffModels(withLevels([availability]), withLevels([reordered]), TIME)).toEqual([]);
  });

  it('logs service levels added, removed, renamed and reordered', () => {
    const before = withLevels([availability, p1, mttr]);
    const after = withLevels([
      { ...mttr, name: 'MTTR' },
      availability,
      { ...p1, id: 'new-p1', name: 'P1 within 2h' },
    ]);
    expect(rows(diffModels(before, after, TIME))).toEqual([
      ['P1 resolved within 4h', 'Service level', '', 'removed'],
      ['MTTR', 'Name', 'Mean resolution hours', 'MTTR'],
      ['P1 within 2h', 'Service level', '', 'added'],
      ['', 'Service level order', 'Availability, Mean resolution hours', 'MTTR, Availability'],
    ]);
  });
});

describe('appendChangeLog', () => {
  const entry = (field: string, oldValue: string, newValue: string) => ({
    time: TIME.toISOString(),
    serviceLevel: 'Availability',
    field,
    oldValue,
    newValue,
  });

  it('creates the OM_ChangeLog sheet and table on first use, then appends', async () => {
    const host = new MemoryWorkbookHost();
    await appendChangeLog(host, [entry('Expected', '99.5', '99.7')]);
    expect(await host.listSheets()).toEqual(['Sheet1', 'OM_ChangeLog']);
    await appendChangeLog(host, [
      entry('Minimum', '99', '99.2'),
      entry('Name', '-Avail', '=Avail'),
    ]);
    const table = await host.readTable('OM_ChangeLog');
    expect(table?.sheet).toBe('OM_ChangeLog');
    expect(table?.headers).toEqual(['Time', 'Service level', 'Field', 'Old', 'New']);
    expect(table?.rows).toEqual([
      ['2025-03-01T09:30:00.000Z', 'Availability', 'Expected', '99.5', '99.7'],
      ['2025-03-01T09:30:00.000Z', 'Availability', 'Minimum', '99', '99.2'],
      ['2025-03-01T09:30:00.000Z', 'Availability', 'Name', '-Avail', '=Avail'],
    ]);
    expect(
      host.sheetCells('OM_ChangeLog').every((c) => c.numberFormat === '@' || c.row === 1),
    ).toBe(true);
  });

  it('writes nothing for no entries', async () => {
    const host = new MemoryWorkbookHost();
    await appendChangeLog(host, []);
    expect(await host.listSheets()).toEqual(['Sheet1']);
    expect(await host.listTables()).toEqual([]);
  });
});
