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
