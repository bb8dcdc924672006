import { OfficeWorkbookHost } from '../../src/workbook/officeWorkbookHost';
import { emptyState, excelMock, type ExcelLog, type ExcelState } from './excelMock';

/**
 * The Office host's reads and changes that a failed write needs to put the workbook back:
 * formulas and formats as written, the used range, and undoing an added sheet, name, chart or
 * setting. Over office-addin-mock, so every property is loaded before it is read.
 */
const globals = globalThis as { Excel?: unknown };
const host = new OfficeWorkbookHost();

function useExcel(setup: (state: ExcelState) => void = () => undefined) {
  const state = emptyState();
  setup(state);
  const { excel, log } = excelMock(state);
  globals.Excel = excel;
  return { state, log } as { state: ExcelState; log: ExcelLog };
}

afterEach(() => {
  delete globals.Excel;
});

it('reads formulas (not values) and number formats; a blank cell reads as null', async () => {
  useExcel((s) => {
    s.formulas = {
      'Sheet1!A1:B2': [
        ['=B1*2', 'text'],
        ['', 4],
      ],
    };
    s.formats = {
      'Sheet1!A1:B2': [
        ['0.0%', 'General'],
        ['General', '#,##0.00'],
      ],
    };
  });
  expect(await host.readCells('Sheet1', 'A1:B2')).toEqual({
    inputs: [
      ['=B1*2', 'text'],
      [null, 4],
    ],
    formats: [
      ['0.0%', 'General'],
      ['General', '#,##0.00'],
    ],
  });
});

it('gives the used range (formats included) without its sheet, or null on an empty sheet', async () => {
  const { log } = useExcel((s) => {
    s.usedRanges = { Sheet1: 'B2:D9' };
  });
  expect(await host.usedAddress('Sheet1')).toBe('B2:D9');
  expect(log.calls).toContain('used range of Sheet1, values only: false');
  useExcel();
  expect(await host.usedAddress('Sheet1')).toBeNull();
});

it('deletes a sheet it added, and leaves a missing one alone', async () => {
  const { state, log } = useExcel((s) => s.sheets.push('OM_Trends'));
  await host.deleteSheet('om_trends');
  await host.deleteSheet('Missing');
  expect(state.sheets).toEqual(['Sheet1']);
  expect(log.calls.filter((c) => c.startsWith('delete sheet'))).toEqual(['delete sheet OM_Trends']);
});

it('reads and deletes a workbook name', async () => {
  const { log } = useExcel((s) =>
    s.names.push({ name: 'OM_PoolShare', formula: '=Contract!$B$7' }),
  );
  expect(await host.readName('om_poolshare')).toBe('=Contract!$B$7');
  expect(await host.readName('Other')).toBeNull();
  await host.deleteName('OM_PoolShare');
  await host.deleteName('Other');
  expect(log.calls.filter((c) => c.startsWith('delete name'))).toEqual([
    'delete name OM_PoolShare',
  ]);
});

it('lists, renames and deletes the charts of a sheet', async () => {
  const { state, log } = useExcel((s) => {
    s.sheets.push('OM_Trends');
    s.charts.push({ sheet: 'OM_Trends', name: 'Trend0' }, { sheet: 'Sheet1', name: 'Other' });
  });
  expect(await host.listCharts('OM_Trends')).toEqual(['Trend0']);
  await host.renameChart('OM_Trends', 'Trend0', 'OM_replaced_1');
  expect(state.charts.map((c) => c.name)).toEqual(['OM_replaced_1', 'Other']);
  await host.deleteChart('OM_Trends', 'OM_replaced_1');
  await host.deleteChart('OM_Trends', 'Missing');
  expect(log.calls.filter((c) => c.startsWith('delete chart'))).toEqual([
    'delete chart OM_replaced_1',
  ]);
});

it('clears a sheet but keeps its charts when asked', async () => {
  const { log } = useExcel((s) => {
    s.sheets.push('OM_Trends');
    s.charts.push({ sheet: 'OM_Trends', name: 'Trend0' });
  });
  await host.clearSheet('OM_Trends', { keepCharts: true });
  expect(log.calls).toContain('clear All OM_Trends!(whole sheet)');
  expect(log.calls.some((c) => c.startsWith('delete chart'))).toBe(false);
});

it('deletes a stored document; a missing one is left alone', async () => {
  const { state } = useExcel((s) => {
    s.settings['OutcomeModeler.model'] = '{}';
  });
  await host.deleteStoredDocument('OutcomeModeler.model');
  await host.deleteStoredDocument('OutcomeModeler.draft');
  expect(state.settings).toEqual({});
});

it('reads a sheet’s print layout, or null when no print area is set', async () => {
  useExcel((s) => {
    s.sheets.push('OM_Statement_2026_06');
    s.printAreas = { OM_Statement_2026_06: 'A1:O40' };
  });
  expect(await host.readPrintLayout('OM_Statement_2026_06')).toEqual({
    printArea: 'A1:O40',
    orientation: 'landscape',
    pagesWide: 1,
  });
  expect(await host.readPrintLayout('Sheet1')).toBeNull();
});

it('refuses text longer than a cell holds before sending anything to Excel', async () => {
  const { log } = useExcel();
  await expect(host.writeRange('Sheet1', 'A1', [['x'.repeat(32_768)]])).rejects.toThrow(
    /32,768 characters; Excel keeps at most 32,767/,
  );
  expect(log.syncs).toBe(0);
});

describe('with ExcelApi 1.13, tables grow without rows.add (co-authoring merge conflicts)', () => {
  const office = globalThis as { Office?: unknown };
  beforeEach(() => {
    office.Office = { context: { requirements: { isSetSupported: () => true } } };
  });
  afterEach(() => {
    delete office.Office;
  });

  it('appends by writing the cells under the table and resizing it over them', async () => {
    const { log } = useExcel((s) => {
      s.sheets.push('OM_ChangeLog');
      s.tables.push({
        name: 'OM_ChangeLog',
        sheet: 'OM_ChangeLog',
        address: 'A1:B3',
        headers: ['Time', 'Field'],
        rows: [
          ['t1', 'a'],
          ['t2', 'b'],
        ],
      });
    });
    await host.appendTableRows('OM_ChangeLog', [
      ['t3', 'c'],
      ['t4', null],
    ]);
    const below = log.ranges.find((r) => r.address === 'A4:B5');
    expect(below?.mock.formulas).toEqual([
      ['t3', 'c'],
      ['t4', ''],
    ]);
    expect(log.calls).toContain('resize OM_ChangeLog to A1:B5');
    expect(log.calls.some((c) => c.startsWith('add rows'))).toBe(false);
  });

  it('rewrites a table in place by resizing it, clearing the rows it gives up', async () => {
    const { log } = useExcel((s) => {
      s.sheets.push('Contract');
      s.tables.push({
        name: 'Bands_Availability',
        sheet: 'Contract',
        address: 'N2:O6',
        headers: ['Lower bound', 'Rate'],
        rows: [
          [98, -1],
          [99, -0.5],
          [99.5, 0],
          [99.9, 0.1],
        ],
      });
    });
    await host.writeTable({
      name: 'Bands_Availability',
      sheet: 'Contract',
      topLeft: 'N2',
      headers: ['Lower bound', 'Rate'],
      rows: [
        [99, -0.5],
        [99.5, 0],
      ],
    });
    expect(log.calls).toContain('resize Bands_Availability to N2:O4');
    expect(log.calls).toContain('clear All Contract!N5:O6');
    expect(log.calls.some((c) => c.startsWith('add rows') || c.startsWith('delete row'))).toBe(
      false,
    );
  });
});
