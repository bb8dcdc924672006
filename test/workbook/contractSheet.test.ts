import { type Contract, type ServiceLevel } from '../../src/engine/terms/contract';
import {
  bandTableName,
  bandTableNames,
  readGridBands,
  sameBandRows,
  SERVICE_LEVELS_TABLE,
  writeContractSheet,
} from '../../src/workbook/contractSheet';
import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import { sampleContract } from '../../src/workbook/sampleModel';

const contract = sampleContract();
const [availability, p1, , csat] = contract.serviceLevels;

async function written(c: Contract = contract): Promise<MemoryWorkbookHost> {
  const host = new MemoryWorkbookHost();
  await writeContractSheet(host, c);
  return host;
}

const withServiceLevels = (serviceLevels: ServiceLevel[]): Contract => ({
  ...contract,
  serviceLevels,
});

describe('band table names', () => {
  it('turns service level names into table-safe names', () => {
    expect([...bandTableNames(contract).values()]).toEqual([
      'Bands_Availability',
      'Bands_P1_resolved_within_4h',
      'Bands_Mean_resolution_hours',
      'Bands_Customer_satisfaction',
      'Bands_Backlog_over_30_days',
    ]);
    expect(bandTableName(p1, contract)).toBe('Bands_P1_resolved_within_4h');
  });

  it('keeps letters of any language, and makes names unique ignoring case', () => {
    const c = withServiceLevels([
      { ...availability, id: 'a', name: 'Verfügbarkeit (%)' },
      { ...availability, id: 'b', name: 'verfügbarkeit (%)' },
      { ...availability, id: 'c', name: '   ' },
      { ...availability, id: 'd', name: '1st line: fixed (%)' },
    ]);
    expect([...bandTableNames(c).values()]).toEqual([
      'Bands_Verfügbarkeit',
      'Bands_verfügbarkeit_2',
      'Bands_c',
      'Bands_1st_line_fixed',
    ]);
  });

  it('refuses a service level of another contract', () => {
    expect(() => bandTableName({ ...availability, id: 'elsewhere' }, contract)).toThrow(
      'is not part of contract',
    );
  });
});

describe('the Contract sheet', () => {
  it('writes the terms, with the at-risk amount as a formula of the two cells', async () => {
    const host = await written();
    expect(await host.readRange('Contract', 'A2:B14')).toEqual([
      ['Contract', 'Managed infrastructure and service desk'],
      ['Currency', 'EUR'],
      ['Monthly charges', 250000],
      ['At-risk %', 0.12],
      ['At-risk amount', '=B4*B5'],
      ['Pool %', 2],
      ['Monthly incentive cap (blank = none)', 0.05],
      ['Annual incentive cap (blank = none)', 0.03],
      ['Earnback', 'all'],
      ['Earnback window (months)', 3],
      ['Ratchet', 'midpoint'],
      ['Ratchet cap, share of gap to perfect (blank = none)', 0.1],
      ['Term (months)', 36],
    ]);
    const format = (address: string) =>
      host.sheetCells('Contract').find((c) => c.address === address)?.numberFormat;
    expect([format('B4'), format('B5'), format('B6')]).toEqual(['#,##0.00', '0.0%', '#,##0.00']);
  });

  it('evaluates the at-risk amount through the workbook when the host computes formulas', async () => {
    const host = new MemoryWorkbookHost({
      evaluate: (_sheet, _address, formula) => (formula === '=B4*B5' ? 250000 * 0.12 : '#NAME?'),
    });
    await writeContractSheet(host, contract);
    expect(await host.readRange('Contract', 'B6')).toEqual([[30000]]);
  });

  it('names the key cells', async () => {
    const host = await written();
    expect(host.resolveName('OM_MonthlyCharges')).toEqual({ sheet: 'Contract', address: 'B4' });
    expect(host.resolveName('OM_AtRiskShare')).toEqual({ sheet: 'Contract', address: 'B5' });
    expect(host.resolveName('OM_AtRiskAmount')).toEqual({ sheet: 'Contract', address: 'B6' });
    expect(host.resolveName('OM_PoolShare')).toEqual({ sheet: 'Contract', address: 'B7' });
  });

  it('leaves blank what the contract leaves open', async () => {
    const host = await written({
      ...contract,
      incentiveCapMonthlyShare: null,
      ratchet: { method: 'none', maxGapShare: null },
    });
    expect(await host.readRange('Contract', 'B8:B13')).toEqual([
      [''],
      [0.03],
      ['all'],
      [3],
      ['none'],
      [''],
    ]);
  });

  it('lists the service levels in OM_ServiceLevels', async () => {
    const table = await (await written()).readTable(SERVICE_LEVELS_TABLE);
    expect(table?.headers).toEqual([
      'Name',
      'Unit',
      'Direction',
      'Expected',
      'Minimum',
      'Allocation',
      'Critical',
      'Band method',
      'Band basis',
    ]);
    expect(table?.address).toBe('D2:L7');
    expect(table?.rows).toEqual([
      ['Availability', '%', 'higher', 99.5, 99, 0.5, true, 'linear', 'performance'],
      ['P1 resolved within 4h', '%', 'higher', 95, 90, 0.4, true, 'step', 'performance'],
      ['Mean resolution hours', 'h', 'lower', 8, 12, 0.3, true, 'linear', 'attainment'],
      ['Customer satisfaction', 'score 1–5', 'higher', 4.2, 3.8, 0.3, true, 'step', 'performance'],
      ['Backlog over 30 days', 'tickets', 'lower', 150, 200, 0.2, false, 'step', 'attainment'],
    ]);
  });

  it('writes one band table per service level whose rows are the contract bands', async () => {
    const host = await written();
    for (const sl of contract.serviceLevels) {
      const table = await host.readTable(bandTableName(sl, contract));
      expect(table?.headers).toEqual(['Lower bound', 'Rate']);
      expect(table?.rows).toEqual(sl.bands.rows.map((r) => [r.bound, r.rate]));
    }
    const availabilityTable = await host.readTable('Bands_Availability');
    expect(availabilityTable?.address).toBe('N2:O6');
    expect(await host.readRange('Contract', 'N1:Q1')).toEqual([
      [
        'Availability (linear on performance)',
        '',
        '',
        'P1 resolved within 4h (step on performance)',
      ],
    ]);
    expect(host.sheetCells('Contract').find((c) => c.address === 'O3')?.numberFormat).toBe('0.0%');
  });

  it('makes a band table usable by name in a formula: the name means its data rows', async () => {
    const host = await written();
    const target = host.resolveName('Bands_Availability');
    expect(target).toEqual({ sheet: 'Contract', address: 'N3:O6' });
    expect(await host.readRange('Contract', target?.address ?? '')).toEqual(
      availability.bands.rows.map((r) => [r.bound, r.rate]),
    );
  });

  it('keeps user text as text, even when it looks like a formula', async () => {
    const host = await written(
      withServiceLevels([{ ...availability, name: '=Uptime', unit: '-' }]),
    );
    expect((await host.readTable(SERVICE_LEVELS_TABLE))?.rows[0].slice(0, 2)).toEqual([
      '=Uptime',
      '-',
    ]);
  });
});

describe('rewriting the Contract sheet', () => {
  const tableNames = async (host: MemoryWorkbookHost) => (await host.listTables()).sort();

  it('updates tables in place and never duplicates them', async () => {
    const host = await written();
    const before = host.sheetCells('Contract');
    await writeContractSheet(host, contract);
    expect(host.sheetCells('Contract')).toEqual(before);
    expect(await host.listTables()).toHaveLength(6);

    const changed = withServiceLevels([
      { ...availability, bands: { ...availability.bands, rows: [{ bound: 99, rate: -0.25 }] } },
      ...contract.serviceLevels.slice(1),
    ]);
    await writeContractSheet(host, changed);
    expect((await host.readTable('Bands_Availability'))?.rows).toEqual([[99, -0.25]]);
    expect((await host.readTable('Bands_Availability'))?.address).toBe('N2:O3');
    expect(await host.readRange('Contract', 'N4:O6')).toEqual([
      ['', ''],
      ['', ''],
      ['', ''],
    ]);
  });

  it('removes the band table and caption of a deleted service level', async () => {
    const host = await written();
    await writeContractSheet(host, withServiceLevels([availability, p1]));
    expect(await tableNames(host)).toEqual([
      'Bands_Availability',
      'Bands_P1_resolved_within_4h',
      'OM_ServiceLevels',
    ]);
    expect((await host.readTable(SERVICE_LEVELS_TABLE))?.rows).toHaveLength(2);
    expect(host.sheetCells('Contract').filter((c) => c.col >= 20)).toEqual([]);
  });

  it('moves band tables when service levels are reordered', async () => {
    const host = await written();
    await writeContractSheet(host, withServiceLevels([csat, availability]));
    expect((await host.readTable('Bands_Customer_satisfaction'))?.address).toBe('N2:O6');
    expect((await host.readTable('Bands_Availability'))?.address).toBe('Q2:R6');
    expect(await host.readRange('Contract', 'N1:Q1')).toEqual([
      [
        'Customer satisfaction (step on performance)',
        '',
        '',
        'Availability (linear on performance)',
      ],
    ]);
    expect(await tableNames(host)).toEqual([
      'Bands_Availability',
      'Bands_Customer_satisfaction',
      'OM_ServiceLevels',
    ]);
  });

  it('renames the band table of a renamed service level where it stands', async () => {
    const host = await written();
    const renamed = withServiceLevels([
      { ...availability, name: 'Uptime' },
      ...contract.serviceLevels.slice(1),
    ]);
    const renames: string[] = [];
    const rename = host.renameTable.bind(host);
    host.renameTable = async (from, to) => {
      renames.push(`${from}→${to}`);
      await rename(from, to);
    };
    await writeContractSheet(host, renamed);
    expect(renames).toEqual(['Bands_Availability→Bands_Uptime']);
    expect((await host.readTable('Bands_Uptime'))?.address).toBe('N2:O6');
    expect(await host.readTable('Bands_Availability')).toBeNull();
  });

  it('leaves band tables on other sheets alone', async () => {
    const host = await written();
    await host.writeTable({
      name: 'Bands_Mine',
      sheet: 'Sheet1',
      topLeft: 'A1',
      headers: ['Lower bound', 'Rate'],
      rows: [[1, 0]],
    });
    await writeContractSheet(host, contract);
    expect(await host.readTable('Bands_Mine')).not.toBeNull();
  });
});

describe('reading bands back from the grid', () => {
  it('reads every band table as the contract wrote it', async () => {
    const grid = await readGridBands(await written(), contract);
    for (const sl of contract.serviceLevels)
      expect(grid[sl.id]).toEqual({ kind: 'rows', rows: sl.bands.rows });
  });

  it('reads edits typed in the grid, numeric text included, skipping blank rows', async () => {
    const host = await written();
    await host.writeRange('Contract', 'N3', [
      [97, '-100%'],
      ['', ''],
      ['99.2', -0.4],
    ]);
    const grid = await readGridBands(host, contract);
    expect(grid[availability.id]).toEqual({
      kind: 'rows',
      rows: [
        { bound: 97, rate: -1 },
        { bound: 99.2, rate: -0.4 },
        { bound: 99.9, rate: 0.1 },
      ],
    });
  });

  it('explains a cell that is not a number', async () => {
    const host = await written();
    await host.writeRange('Contract', 'O4', [['half']]);
    expect((await readGridBands(host, contract))[availability.id]).toEqual({
      kind: 'error',
      message: 'Bands_Availability row 2: Rate "half" is not a number',
    });
  });

  it('explains a table whose columns were renamed, and leaves out service levels without a table', async () => {
    const host = await written();
    await host.writeRange('Contract', 'O2', [['Payout']]);
    await host.deleteTable('Bands_P1_resolved_within_4h');
    const grid = await readGridBands(host, contract);
    expect(grid[availability.id]).toEqual({
      kind: 'error',
      message: expect.stringContaining(
        '"Lower bound" and "Rate" are needed, found Lower bound, Payout',
      ),
    });
    expect(grid[p1.id]).toBeUndefined();
  });

  it('compares band tables in any order at Excel precision', () => {
    const rows = [
      { bound: 99, rate: -0.5 },
      { bound: 99.5, rate: 0.1 + 0.2 },
    ];
    expect(
      sameBandRows(rows, [
        { bound: 99.5, rate: 0.3 },
        { bound: 99, rate: -0.5 },
      ]),
    ).toBe(true);
    expect(sameBandRows(rows, [{ bound: 99, rate: -0.5 }])).toBe(false);
    expect(
      sameBandRows(rows, [
        { bound: 99, rate: -0.5 },
        { bound: 99.5, rate: 0.31 },
      ]),
    ).toBe(false);
  });
});
