import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import { OfficeWorkbookHost } from '../../src/workbook/officeWorkbookHost';
import { type WorkbookHost } from '../../src/workbook/workbookHost';
import { emptyState, excelMock } from './excelMock';

/**
 * The WorkbookHost contract, run against both implementations: the in-memory host the workbench
 * and the pane's tests use, and the Office.js host over office-addin-mock. Whatever the pane relies
 * on in one must hold in the other. (office-addin-mock replays prepared values rather than
 * keeping what is written to cells, so cell and table round trips are tested per host.)
 */
const globals = globalThis as { Excel?: unknown };

const hosts: [string, () => WorkbookHost][] = [
  ['in-memory host', () => new MemoryWorkbookHost()],
  [
    'Office host (office-addin-mock)',
    () => {
      globals.Excel = excelMock(emptyState()).excel;
      return new OfficeWorkbookHost();
    },
  ],
];

afterEach(() => {
  delete globals.Excel;
});

describe.each(hosts)('%s', (_name, makeHost) => {
  let host: WorkbookHost;
  beforeEach(() => {
    host = makeHost();
  });

  it('starts as a new workbook: one empty sheet, no tables, no stored document', async () => {
    expect(await host.listSheets()).toEqual(['Sheet1']);
    expect(await host.listTables()).toEqual([]);
    expect(await host.readStoredDocument('OutcomeModeler.model')).toBeNull();
  });

  it('adds a sheet once, in order, whatever the case of a later request', async () => {
    await host.ensureSheet('Contract');
    await host.ensureSheet('contract');
    await host.ensureSheet('OM_Scenarios');
    expect(await host.listSheets()).toEqual(['Sheet1', 'Contract', 'OM_Scenarios']);
  });

  it.each(['a/b', 'Q1?', '[draft]', "'quoted", 'x'.repeat(32), ''])(
    'refuses the sheet name %j as Excel does, adding nothing',
    async (name) => {
      await expect(host.ensureSheet(name)).rejects.toThrow(/Sheet name .* is not valid/);
      expect(await host.listSheets()).toEqual(['Sheet1']);
    },
  );

  it('keeps a stored document and gives it back as written', async () => {
    const text = '{"format":"outcome-modeler","version":1,"note":"ü € 𝐀"}';
    await host.writeStoredDocument('OutcomeModeler.model', text);
    expect(await host.readStoredDocument('OutcomeModeler.model')).toBe(text);
    expect(await host.readStoredDocument('Other.key')).toBeNull();
  });

  it('reads no table that is not there, and deleting one that is not there changes nothing', async () => {
    expect(await host.readTable('Bands_Availability')).toBeNull();
    await host.deleteTable('Bands_Availability');
    expect(await host.listTables()).toEqual([]);
    expect(await host.listSheets()).toEqual(['Sheet1']);
  });
});
