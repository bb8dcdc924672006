import { OfficeWorkbookHost } from '../../src/workbook/officeWorkbookHost';

import { emptyState, excelMock, type ExcelLog, type ExcelState } from './excelMock';

const globals = globalThis as { Excel?: unknown };
const host = new OfficeWorkbookHost();

function useExcel(setup: (state: ExcelState) => void = () => undefined): {
  state: ExcelState;
  log: ExcelLog;
} {
  const state = emptyState();
  setup(state);
  const { excel, log } = excelMock(state);
  globals.Excel = excel;
  return { state, log };
}

afterEach(() => {
  delete globals.Excel;
});

const bandTable = () => ({
  name: 'Bands_Availability',
  sheet: 'Contract',
  topLeft: 'N2',
  headers: ['Lower bound', 'Rate'],
  rows: [
    [99, -0.5],
    [99.5, 0],
  ],
  numberFormats: [null, '0.0%'],
});

const withContract = (state: ExcelState) => state.sheets.push('Contract');
const existingBands =
  (address: string, rows: number, sheet = 'Contract') =>
  (state: ExcelState) => {
    withContract(state);
    state.tables.push({
      name: 'Bands_Availability',
      sheet,
      address,
      headers: ['Lower bound', 'Rate'],
      rows: Array.from({ length: rows }, (_, i) => [90 + i, -0.1]),
    });
  };

describe('sheets', () => {
  it('lists the sheets in order with one sync', async () => {
    const { log } = useExcel(withContract);
    expect(await host.listSheets()).toEqual(['Sheet1', 'Contract']);
    expect(log.calls).toEqual(['load items/name']);
    expect(log.syncs).toBe(1);
  });

  it('adds a missing sheet', async () => {
    const { state, log } = useExcel();
    await host.ensureSheet('Summary');
    expect(state.sheets).toEqual(['Sheet1', 'Summary']);
    expect(log.calls).toEqual(['add sheet Summary']);
    expect(log.syncs).toBe(2);
  });

  it('leaves an existing sheet alone, and refuses names Excel refuses', async () => {
    const { log } = useExcel(withContract);
    await host.ensureSheet('contract');
    await expect(host.ensureSheet('a/b')).rejects.toThrow('Sheet name "a/b" is not valid');
    expect(log.calls).toEqual([]);
  });

  it('clears a sheet of every table, chart and cell in two syncs, however many there are', async () => {
    const { log } = useExcel((state) => {
      existingBands('N2:O4', 2)(state);
      state.tables.push({
        name: 'OM_ServiceLevels',
        sheet: 'Contract',
        address: 'D2:L7',
        headers: ['Name'],
        rows: [],
      });
      state.tables.push({
        name: 'Elsewhere',
        sheet: 'Sheet1',
        address: 'A1:A2',
        headers: ['X'],
        rows: [],
      });
      state.charts.push({ sheet: 'Contract', name: 'Payout' });
    });
    await host.clearSheet('Contract');
    expect(log.calls).toEqual([
      'load items/name',
      'load items/name',
      'delete table Bands_Availability',
      'delete table OM_ServiceLevels',
      'delete chart Payout',
      'clear All Contract!(whole sheet)',
    ]);
    expect(log.syncs).toBe(2);
  });

  it('sets a print area, orientation and fit-to-width on a sheet', async () => {
    const { log } = useExcel(withContract);
    await host.setPrintLayout('Contract', {
      printArea: 'A1:O40',
      orientation: 'landscape',
      pagesWide: 1,
    });
    expect(log.calls).toEqual(['print area of Contract: A1:O40']);
  });

  it('activates a sheet', async () => {
    const { log } = useExcel(withContract);
    await host.activateSheet('Contract');
    expect(log.calls).toEqual(['activate Contract']);
  });

  it('tells an empty sheet from one with values by its used range', async () => {
    const { log } = useExcel((state) => {
      withContract(state);
      state.usedRanges.Contract = 'A1:L7';
    });
    expect(await host.isSheetEmpty('Sheet1')).toBe(true);
    expect(await host.isSheetEmpty('Contract')).toBe(false);
    expect(log.calls).toEqual([
      'used range of Sheet1, values only: true',
      'used range of Contract, values only: true',
    ]);
  });
});

describe('cells', () => {
  it('writes constants and formulas through range.formulas, padding short rows with blanks', async () => {
    const { log } = useExcel(withContract);
    await host.writeRange('Contract', 'A2', [
      ['Monthly charges', 250000],
      ['At-risk amount', '=B2*B3', null],
      ['Critical', true],
    ]);
    expect(log.ranges).toHaveLength(1);
    expect(log.ranges[0].address).toBe('A2:C4');
    expect(log.ranges[0].mock.formulas).toEqual([
      ['Monthly charges', 250000, ''],
      ['At-risk amount', '=B2*B3', ''],
      ['Critical', true, ''],
    ]);
    expect(log.syncs).toBe(1);
  });

  it('writes number formats per cell, or one for every cell', async () => {
    const { log } = useExcel(withContract);
    await host.writeRange('Contract', 'B4', [[250000], [0.12]], [['#,##0.00'], ['0.0%']]);
    await host.writeRange('Contract', 'C1', [[1, 2]], '0%');
    await host.writeRange('Contract', 'D1', [[1]]);
    expect(log.ranges.slice(0, 2).map((r) => r.mock.numberFormat)).toEqual([
      [['#,##0.00'], ['0.0%']],
      [['0%', '0%']],
    ]);
    expect(Array.isArray(log.ranges[2].mock.numberFormat)).toBe(false); // never assigned
  });

  it('writes nothing for an empty block', async () => {
    const { log } = useExcel();
    await host.writeRange('Sheet1', 'A1', []);
    await host.writeRange('Sheet1', 'A1', [[]]);
    expect(log.ranges).toEqual([]);
    expect(log.syncs).toBe(0);
  });

  it('reads the values of a range after loading them', async () => {
    const { log } = useExcel((state) => {
      withContract(state);
      state.values['Contract!A4:B5'] = [
        ['Monthly charges', 250000],
        ['At-risk %', 0.12],
      ];
    });
    expect(await host.readRange('Contract', 'A4:B5')).toEqual([
      ['Monthly charges', 250000],
      ['At-risk %', 0.12],
    ]);
    expect(log.syncs).toBe(1);
  });
});

describe('writing tables', () => {
  it('creates a new table: values first, then the table over them, named, with number formats', async () => {
    const { log } = useExcel(withContract);
    await host.writeTable(bandTable());
    expect(log.tablesAdded).toHaveLength(1);
    const [added] = log.tablesAdded;
    expect([added.sheet, added.address, added.hasHeaders, added.mock.name]).toEqual([
      'Contract',
      'Contract!N2:O4',
      true,
      'Bands_Availability',
    ]);
    const written = log.ranges.find((r) => r.address === 'N2:O4');
    expect(written?.mock.formulas).toEqual([
      ['Lower bound', 'Rate'],
      [99, -0.5],
      [99.5, 0],
    ]);
    expect(log.ranges.find((r) => r.address === 'N3:O4')?.mock.numberFormat).toEqual([
      [null, '0.0%'],
      [null, '0.0%'],
    ]);
    expect(log.syncs).toBe(2); // look for the table and the workbook names, then write
  });

  it('quotes the sheet name in the table address when Excel needs it', async () => {
    const { log } = useExcel((state) => state.sheets.push('My sheet'));
    await host.writeTable({ ...bandTable(), sheet: 'My sheet', topLeft: 'A1' });
    expect(log.tablesAdded[0].address).toBe("'My sheet'!A1:B3");
  });

  it('gives a table without rows one blank data row', async () => {
    const { log } = useExcel(withContract);
    await host.writeTable({ ...bandTable(), rows: [] });
    expect(log.tablesAdded[0].address).toBe('Contract!N2:O3');
    expect(log.ranges.find((r) => r.address === 'N2:O3')?.mock.formulas).toEqual([
      ['Lower bound', 'Rate'],
      ['', ''],
    ]);
  });

  it('rewrites a table standing at the same place in place, deleting surplus rows from the end', async () => {
    const { log } = useExcel(existingBands('N2:O7', 5));
    await host.writeTable(bandTable());
    expect(log.tablesAdded).toEqual([]);
    expect(log.calls.filter((c) => !c.startsWith('load'))).toEqual([
      'clear Contents body of Bands_Availability',
      'delete row 4 of Bands_Availability',
      'delete row 3 of Bands_Availability',
      'delete row 2 of Bands_Availability',
    ]);
    expect(log.ranges.find((r) => r.address === 'N2:O4')?.mock.formulas).toEqual([
      ['Lower bound', 'Rate'],
      [99, -0.5],
      [99.5, 0],
    ]);
    expect(log.syncs).toBe(3); // look for it, read where it stands, write
  });

  it('grows a table in place by adding blank rows at its end before writing', async () => {
    const { log } = useExcel(existingBands('N2:O3', 1));
    await host.writeTable({
      ...bandTable(),
      rows: [
        [98, -1],
        [99, -0.5],
        [99.5, 0],
      ],
    });
    expect(log.calls.filter((c) => !c.startsWith('load'))).toEqual([
      'clear Contents body of Bands_Availability',
      'add rows to Bands_Availability at undefined: [["",""],["",""]]',
    ]);
    expect(log.ranges.find((r) => r.address === 'N2:O5')?.mock.formulas).toHaveLength(4);
    expect(log.tablesAdded).toEqual([]);
  });

  it('moves a table that stands elsewhere: deleted, its old cells cleared, added anew', async () => {
    const { log, state } = useExcel(existingBands('A1:B4', 3, 'Sheet1'));
    await host.writeTable(bandTable());
    expect(log.calls.filter((c) => !c.startsWith('load'))).toEqual([
      'delete table Bands_Availability',
      'clear All Sheet1!A1:B4',
    ]);
    expect(log.tablesAdded.map((t) => [t.address, t.mock.name])).toEqual([
      ['Contract!N2:O4', 'Bands_Availability'],
    ]);
    expect(state.tables).toEqual([]);
  });

  it('refuses an invalid table, or a name taken by a workbook name, before writing anything', async () => {
    const { log } = useExcel((state) => {
      withContract(state);
      state.names.push({ name: 'OM_AtRiskAmount', formula: '=Contract!$B$6' });
    });
    await expect(host.writeTable({ ...bandTable(), name: 'om_atriskamount' })).rejects.toThrow(
      'already used by the workbook name "OM_AtRiskAmount"',
    );
    await expect(host.writeTable({ ...bandTable(), headers: ['Rate', 'Rate'] })).rejects.toThrow(
      'header "Rate" twice',
    );
    expect(log.ranges).toEqual([]);
    expect(log.tablesAdded).toEqual([]);
  });
});

describe('reading and changing tables', () => {
  it('reads a table: sheet, local address, headers and data rows', async () => {
    useExcel(existingBands('N2:O4', 2));
    expect(await host.readTable('bands_availability')).toEqual({
      name: 'Bands_Availability',
      sheet: 'Contract',
      address: 'N2:O4',
      headers: ['Lower bound', 'Rate'],
      rows: [
        [90, -0.1],
        [91, -0.1],
      ],
    });
  });

  it('reads no table when there is none, after one sync', async () => {
    const { log } = useExcel();
    expect(await host.readTable('Bands_Availability')).toBeNull();
    expect(log.syncs).toBe(1);
  });

  it('lists every table of the workbook', async () => {
    useExcel((state) => {
      existingBands('N2:O4', 2)(state);
      state.tables.push({
        name: 'OM_ChangeLog',
        sheet: 'Sheet1',
        address: 'A1:E2',
        headers: [],
        rows: [],
      });
    });
    expect(await host.listTables()).toEqual(['Bands_Availability', 'OM_ChangeLog']);
  });

  it('appends rows at the end of a table, blanks for nulls', async () => {
    const { log } = useExcel(existingBands('N2:O4', 2));
    await host.appendTableRows('Bands_Availability', [
      [99.9, 0.1],
      [100, null],
    ]);
    await host.appendTableRows('Bands_Availability', []);
    expect(log.calls).toEqual([
      'add rows to Bands_Availability at undefined: [[99.9,0.1],[100,""]]',
    ]);
    expect(log.syncs).toBe(1);
  });

  it('renames a table, refusing names already taken', async () => {
    const { log } = useExcel((state) => {
      existingBands('N2:O4', 2)(state);
      state.tables.push({
        name: 'Bands_Taken',
        sheet: 'Contract',
        address: 'Q2:R3',
        headers: [],
        rows: [],
      });
    });
    await host.renameTable('Bands_Availability', 'Bands_Uptime');
    expect(log.tablesFetched.map((t) => [t.name, t.mock.name])).toEqual([
      ['Bands_Availability', 'Bands_Uptime'],
    ]);
    await expect(host.renameTable('Bands_Availability', 'bands_taken')).rejects.toThrow(
      'already used',
    );
  });

  it('deletes a table and clears its cells; a missing table is left alone', async () => {
    const { log } = useExcel(existingBands('N2:O4', 2));
    await host.deleteTable('Bands_Availability');
    expect(log.calls).toEqual(['delete table Bands_Availability', 'clear All Contract!N2:O4']);
    expect(log.syncs).toBe(3);
    await host.deleteTable('Bands_Availability');
    expect(log.calls).toHaveLength(2);
  });
});

describe('workbook names', () => {
  it('adds a new name', async () => {
    const { log } = useExcel(withContract);
    await host.defineName('OM_AtRiskAmount', '=Contract!$B$6');
    expect(log.calls.filter((c) => !c.startsWith('load'))).toEqual([
      'add name OM_AtRiskAmount =Contract!$B$6',
    ]);
  });

  it('leaves a name that already refers to the cell, and redefines one that does not', async () => {
    const { log } = useExcel((state) => {
      withContract(state);
      state.names.push(
        { name: 'OM_AtRiskAmount', formula: '=Contract!$B$6' },
        { name: 'OM_PoolShare', formula: '=Contract!$B$9' },
      );
    });
    await host.defineName('OM_AtRiskAmount', '=Contract!$B$6');
    await host.defineName('OM_PoolShare', '=Contract!$B$7');
    expect(log.calls.filter((c) => !c.startsWith('load'))).toEqual([
      'delete name OM_PoolShare',
      'add name OM_PoolShare =Contract!$B$7',
    ]);
  });

  it('refuses a name taken by a table, or one that reads as a cell', async () => {
    const { log } = useExcel(existingBands('N2:O4', 2));
    await expect(host.defineName('BANDS_AVAILABILITY', '=Contract!$B$6')).rejects.toThrow(
      'already used by the table',
    );
    await expect(host.defineName('AB12', '=Contract!$B$6')).rejects.toThrow(
      'reads as a cell reference',
    );
    expect(log.calls.filter((c) => !c.startsWith('load'))).toEqual([]);
  });
});

describe('charts', () => {
  const spec = {
    name: 'Payout',
    sheet: 'Contract',
    kind: 'line' as const,
    title: 'Payout curve',
    sourceAddress: 'A1:B5',
    placeAt: 'H2:P20',
  };

  it('adds a chart from its source range, named and titled, where it belongs', async () => {
    const { log } = useExcel(withContract);
    await host.writeChart(spec);
    expect(log.chartsAdded).toHaveLength(1);
    const [chart] = log.chartsAdded;
    expect([
      chart.sheet,
      chart.type,
      chart.seriesBy,
      chart.mock.name,
      chart.mock.title.text,
    ]).toEqual(['Contract', 'Line', 'Auto', 'Payout', 'Payout curve']);
    expect(chart.source).toBe(log.ranges.find((r) => r.address === 'A1:B5')?.mock);
    expect(log.calls).toEqual(['position chart H2:P20']);
    expect(log.syncs).toBe(2);
  });

  it('replaces a chart of the same name, with the Excel chart type of each kind', async () => {
    const { log } = useExcel((state) => {
      withContract(state);
      state.charts.push({ sheet: 'Contract', name: 'Payout' });
    });
    await host.writeChart({ ...spec, kind: 'xyScatterLines' });
    await host.writeChart({ ...spec, name: 'Other', kind: 'columnClustered' });
    await host.writeChart({ ...spec, name: 'Third', kind: 'barClustered' });
    expect(log.calls[0]).toBe('delete chart Payout');
    expect(log.chartsAdded.map((c) => c.type)).toEqual([
      'XYScatterLines',
      'ColumnClustered',
      'BarClustered',
    ]);
  });
});

describe('stored documents', () => {
  it('saves a document in the workbook settings and reads it back', async () => {
    const { state, log } = useExcel();
    expect(await host.readStoredDocument('OutcomeModeler.model')).toBeNull();
    await host.writeStoredDocument('OutcomeModeler.model', '{"format":"outcome-modeler"}');
    expect(state.settings).toEqual({ 'OutcomeModeler.model': '{"format":"outcome-modeler"}' });
    expect(await host.readStoredDocument('OutcomeModeler.model')).toBe(
      '{"format":"outcome-modeler"}',
    );
    expect(log.calls).toEqual(['setting OutcomeModeler.model']);
    expect(log.syncs).toBe(3);
  });

  it('reads a setting stored as something other than text as JSON', async () => {
    useExcel((state) => {
      state.settings['OutcomeModeler.model'] = 42;
    });
    expect(await host.readStoredDocument('OutcomeModeler.model')).toBe('42');
  });
});
