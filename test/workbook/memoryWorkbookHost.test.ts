import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';

const bands = (rows: (number | null)[][]) => ({
  name: 'Bands_Availability',
  sheet: 'Contract',
  topLeft: 'N2',
  headers: ['Lower bound', 'Rate'],
  rows,
  numberFormats: [null, '0.0%'],
});

async function withContractSheet(): Promise<MemoryWorkbookHost> {
  const host = new MemoryWorkbookHost();
  await host.ensureSheet('Contract');
  return host;
}

describe('sheets', () => {
  it('starts like a new Excel workbook, with one empty Sheet1', async () => {
    const host = new MemoryWorkbookHost();
    expect(await host.listSheets()).toEqual(['Sheet1']);
    expect(await host.isSheetEmpty('Sheet1')).toBe(true);
    expect(host.activeSheet()).toBe('Sheet1');
  });

  it('adds sheets in order and finds existing ones ignoring case', async () => {
    const host = new MemoryWorkbookHost();
    await host.ensureSheet('Contract');
    await host.ensureSheet('Summary');
    await host.ensureSheet('contract');
    expect(await host.listSheets()).toEqual(['Sheet1', 'Contract', 'Summary']);
  });

  it('refuses sheet names Excel refuses and unknown sheets', async () => {
    const host = new MemoryWorkbookHost();
    await expect(host.ensureSheet('a/b')).rejects.toThrow('Sheet name "a/b" is not valid');
    await expect(host.readRange('Nope', 'A1')).rejects.toThrow('There is no sheet "Nope"');
    await expect(host.activateSheet('Nope')).rejects.toThrow('There is no sheet "Nope"');
  });

  it('activates a sheet by its name', async () => {
    const host = await withContractSheet();
    await host.activateSheet('CONTRACT');
    expect(host.activeSheet()).toBe('Contract');
  });
});

describe('cells', () => {
  it('keeps inputs: constants as they are, formulas as their text', async () => {
    const host = new MemoryWorkbookHost();
    await host.writeRange('Sheet1', 'B2', [
      [250000, 0.12, '=B2*C2'],
      ['text', true, null],
    ]);
    expect(await host.readRange('Sheet1', 'A1:D3')).toEqual([
      ['', '', '', ''],
      ['', 250000, 0.12, '=B2*C2'],
      ['', 'text', true, ''],
    ]);
    expect(host.sheetCells('Sheet1').map((c) => [c.address, c.input])).toEqual([
      ['B2', 250000],
      ['C2', 0.12],
      ['D2', '=B2*C2'],
      ['B3', 'text'],
      ['C3', true],
    ]);
    expect(host.cellInput('Sheet1', 2, 4)).toBe('=B2*C2');
    expect(host.cellInput('Sheet1', 9, 9)).toBeUndefined();
  });

  it('reads formula cells through evaluate when given', async () => {
    const calls: string[][] = [];
    const host = new MemoryWorkbookHost({
      evaluate: (sheet, address, formula) => {
        calls.push([sheet, address, formula]);
        return 30000;
      },
    });
    await host.writeRange('Sheet1', 'A1', [[250000, 0.12, '=A1*B1']]);
    expect(await host.readRange('Sheet1', 'A1:C1')).toEqual([[250000, 0.12, 30000]]);
    expect(calls).toEqual([['Sheet1', 'C1', '=A1*B1']]);
  });

  it('treats a leading apostrophe as Excel does: text, shown without it', async () => {
    const host = new MemoryWorkbookHost();
    await host.writeRange('Sheet1', 'A1', [["'=not a formula", "'-5%"]]);
    expect(await host.readRange('Sheet1', 'A1:B1')).toEqual([['=not a formula', '-5%']]);
  });

  it('clears cells written as null or "" and pads short rows with blanks', async () => {
    const host = new MemoryWorkbookHost();
    await host.writeRange('Sheet1', 'A1', [
      [1, 2, 3],
      [4, 5, 6],
    ]);
    await host.writeRange('Sheet1', 'A1', [[null, ''], [7]]);
    expect(await host.readRange('Sheet1', 'A1:C2')).toEqual([
      ['', '', 3],
      [7, '', 6],
    ]);
  });

  it('applies one number format to every cell, or one per cell, keeping formats where null', async () => {
    const host = new MemoryWorkbookHost();
    await host.writeRange('Sheet1', 'A1', [[1, 2]], '0.00');
    await host.writeRange('Sheet1', 'A1', [[0.5, 3]], [['0%', null]]);
    expect(host.sheetCells('Sheet1').map((c) => [c.address, c.input, c.numberFormat])).toEqual([
      ['A1', 0.5, '0%'],
      ['B1', 3, '0.00'],
    ]);
  });

  it('reports a sheet as empty only without values', async () => {
    const host = new MemoryWorkbookHost();
    await host.writeRange('Sheet1', 'C3', [[null]], '0%');
    expect(await host.isSheetEmpty('Sheet1')).toBe(true);
    await host.writeRange('Sheet1', 'C3', [['x']]);
    expect(await host.isSheetEmpty('Sheet1')).toBe(false);
  });
});

describe('tables', () => {
  it('writes a table and reads it back with its address', async () => {
    const host = await withContractSheet();
    await host.writeTable(
      bands([
        [99, -0.5],
        [99.5, 0],
      ]),
    );
    expect(await host.readTable('bands_availability')).toEqual({
      name: 'Bands_Availability',
      sheet: 'Contract',
      address: 'N2:O4',
      headers: ['Lower bound', 'Rate'],
      rows: [
        [99, -0.5],
        [99.5, 0],
      ],
    });
    expect(await host.listTables()).toEqual(['Bands_Availability']);
    expect(host.tables()).toEqual([
      { name: 'Bands_Availability', sheet: 'Contract', address: 'N2:O4', dataAddress: 'N3:O4' },
    ]);
    expect(host.sheetCells('Contract').find((c) => c.address === 'O3')?.numberFormat).toBe('0.0%');
    expect(await host.readTable('Other')).toBeNull();
  });

  it('replaces a table of the same name, clearing rows it no longer has', async () => {
    const host = await withContractSheet();
    await host.writeTable(
      bands([
        [98, -1],
        [99, -0.5],
        [99.5, 0],
      ]),
    );
    await host.writeTable(bands([[99, -0.25]]));
    expect((await host.readTable('Bands_Availability'))?.rows).toEqual([[99, -0.25]]);
    expect(await host.readRange('Contract', 'N4:O5')).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(await host.listTables()).toHaveLength(1);
  });

  it('moves a table written elsewhere, even to another sheet', async () => {
    const host = await withContractSheet();
    await host.writeTable(bands([[99, -0.5]]));
    await host.writeTable({ ...bands([[99, -0.5]]), sheet: 'Sheet1', topLeft: 'A1' });
    expect((await host.readTable('Bands_Availability'))?.sheet).toBe('Sheet1');
    expect(host.sheetCells('Contract')).toEqual([]);
  });

  it('gives a table without rows one blank data row, as Excel does', async () => {
    const host = await withContractSheet();
    await host.writeTable(bands([]));
    const table = await host.readTable('Bands_Availability');
    expect(table?.address).toBe('N2:O3');
    expect(table?.rows).toEqual([['', '']]);
  });

  it('refuses overlapping tables and invalid names, leaving the workbook unchanged', async () => {
    const host = await withContractSheet();
    await host.writeTable(bands([[99, -0.5]]));
    await expect(
      host.writeTable({ ...bands([[1, 2]]), name: 'Other', topLeft: 'O3' }),
    ).rejects.toThrow('Cells O3:P4 on "Contract" overlap the table "Bands_Availability" (N2:O3)');
    await expect(host.writeTable({ ...bands([]), name: 'Bands Availability' })).rejects.toThrow(
      'is not valid',
    );
    await host.defineName('OM_AtRiskAmount', '=Contract!$B$6');
    await expect(
      host.writeTable({ ...bands([]), name: 'om_atriskamount', topLeft: 'A10' }),
    ).rejects.toThrow('already used by the workbook name');
    expect(await host.listTables()).toEqual(['Bands_Availability']);
  });

  it('appends rows with the column formats of the table', async () => {
    const host = await withContractSheet();
    await host.writeTable(bands([[99, -0.5]]));
    await host.appendTableRows('Bands_Availability', [
      [99.5, 0],
      [99.9, 0.1],
    ]);
    const table = await host.readTable('Bands_Availability');
    expect(table?.address).toBe('N2:O5');
    expect(table?.rows).toEqual([
      [99, -0.5],
      [99.5, 0],
      [99.9, 0.1],
    ]);
    expect(host.sheetCells('Contract').find((c) => c.address === 'O5')?.numberFormat).toBe('0.0%');
  });

  it('refuses to append over cells below the table or rows of the wrong width', async () => {
    const host = await withContractSheet();
    await host.writeTable(bands([[99, -0.5]]));
    await host.writeRange('Contract', 'O4', [['note']]);
    await expect(host.appendTableRows('Bands_Availability', [[1, 2]])).rejects.toThrow(
      'O4 below it is not empty',
    );
    await expect(host.appendTableRows('Bands_Availability', [[1]])).rejects.toThrow(
      'row 1 has 1 cells but the table has 2 columns',
    );
    await expect(host.appendTableRows('Nope', [[1, 2]])).rejects.toThrow(
      'There is no table "Nope"',
    );
  });

  it('deletes a table with its cells; deleting a missing table does nothing', async () => {
    const host = await withContractSheet();
    await host.writeTable(bands([[99, -0.5]]));
    await host.deleteTable('BANDS_AVAILABILITY');
    await host.deleteTable('Bands_Availability');
    expect(await host.listTables()).toEqual([]);
    expect(host.sheetCells('Contract')).toEqual([]);
  });

  it('renames a table in place', async () => {
    const host = await withContractSheet();
    await host.writeTable(bands([[99, -0.5]]));
    await host.renameTable('Bands_Availability', 'Bands_Uptime');
    expect(await host.listTables()).toEqual(['Bands_Uptime']);
    expect((await host.readTable('Bands_Uptime'))?.address).toBe('N2:O3');
    await expect(host.renameTable('Bands_Uptime', '1bad')).rejects.toThrow('is not valid');
  });
});

describe('names', () => {
  it('lists table names as their data rows and workbook names as their cells', async () => {
    const host = await withContractSheet();
    await host.writeTable(
      bands([
        [99, -0.5],
        [99.5, 0],
      ]),
    );
    await host.defineName('OM_AtRiskAmount', '=Contract!$B$6');
    await host.defineName('OM_Rate', '=0.12');
    expect(host.names()).toEqual([
      { name: 'Bands_Availability', sheet: 'Contract', address: 'N3:O4' },
      { name: 'OM_AtRiskAmount', sheet: 'Contract', address: 'B6' },
    ]);
    expect(host.resolveName('om_atriskamount')).toEqual({ sheet: 'Contract', address: 'B6' });
    expect(host.resolveName('missing')).toBeNull();
  });

  it('redefines a name and refuses bad ones', async () => {
    const host = await withContractSheet();
    await host.defineName('OM_AtRiskAmount', '=Contract!$B$6');
    await host.defineName('OM_AtRiskAmount', "='Contract'!$B$7");
    expect(host.resolveName('OM_AtRiskAmount')).toEqual({ sheet: 'Contract', address: 'B7' });
    await expect(host.defineName('A1', '=Contract!$B$6')).rejects.toThrow(
      'reads as a cell reference',
    );
    await expect(host.defineName('OM_X', 'Contract!$B$6')).rejects.toThrow('must start with "="');
    await host.writeTable(bands([]));
    await expect(host.defineName('bands_availability', '=Contract!$B$6')).rejects.toThrow(
      'already used by the table',
    );
  });
});

describe('charts, documents and clearing', () => {
  const chart = {
    name: 'Payout',
    sheet: 'Contract',
    kind: 'line' as const,
    title: 'Payout curve',
    sourceAddress: 'A1:B5',
    placeAt: 'H2:P20',
  };

  it('replaces a chart of the same name on the same sheet', async () => {
    const host = await withContractSheet();
    await host.writeChart(chart);
    await host.writeChart({ ...chart, title: 'New title' });
    await host.writeChart({ ...chart, sheet: 'Sheet1' });
    expect(host.charts().map((c) => [c.sheet, c.title])).toEqual([
      ['Contract', 'New title'],
      ['Sheet1', 'Payout curve'],
    ]);
    await expect(host.writeChart({ ...chart, placeAt: 'nowhere' })).rejects.toThrow();
  });

  it('stores documents by key', async () => {
    const host = new MemoryWorkbookHost();
    expect(await host.readStoredDocument('k')).toBeNull();
    await host.writeStoredDocument('k', '{"a":1}');
    expect(await host.readStoredDocument('k')).toBe('{"a":1}');
  });

  it('clears one sheet of cells, tables and charts, leaving the others', async () => {
    const host = await withContractSheet();
    await host.writeRange('Contract', 'A1', [[1]]);
    await host.writeRange('Sheet1', 'A1', [[2]]);
    await host.writeTable(bands([[99, -0.5]]));
    await host.writeChart(chart);
    await host.clearSheet('Contract');
    expect(host.sheetCells('Contract')).toEqual([]);
    expect(await host.listTables()).toEqual([]);
    expect(host.charts()).toEqual([]);
    expect(await host.readRange('Sheet1', 'A1')).toEqual([[2]]);
  });
});

describe('change notifications', () => {
  it('tells listeners after every change, not after reads, until they unsubscribe', async () => {
    const host = new MemoryWorkbookHost();
    const seen: string[][] = [];
    const stop = host.onChange(() =>
      seen.push(host.sheetCells('Sheet1').map((c) => String(c.input))),
    );
    await host.writeRange('Sheet1', 'A1', [[1]]);
    await host.readRange('Sheet1', 'A1');
    await host.listTables();
    await host.writeStoredDocument('k', 'v');
    stop();
    await host.writeRange('Sheet1', 'A1', [[2]]);
    expect(seen).toEqual([['1'], ['1']]);
  });

  it('does not notify when ensureSheet finds the sheet already there', async () => {
    const host = new MemoryWorkbookHost();
    const listener = jest.fn();
    host.onChange(listener);
    await host.ensureSheet('Sheet1');
    expect(listener).not.toHaveBeenCalled();
    await host.ensureSheet('Contract');
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('print layout', () => {
  it('keeps a sheet’s print layout and refuses one it could not apply', async () => {
    const host = new MemoryWorkbookHost();
    await host.setPrintLayout('Sheet1', {
      printArea: 'A1:O40',
      orientation: 'landscape',
      pagesWide: 1,
    });
    expect(host.printLayout('sheet1')).toEqual({
      printArea: 'A1:O40',
      orientation: 'landscape',
      pagesWide: 1,
    });
    expect(host.printLayout('Other')).toBeNull();
    await expect(
      host.setPrintLayout('Sheet1', { printArea: 'A1:O40', orientation: 'portrait', pagesWide: 0 }),
    ).rejects.toThrow(/Pages wide/);
    await expect(
      host.setPrintLayout('Missing', { printArea: 'A1:B2', orientation: 'portrait', pagesWide: 1 }),
    ).rejects.toThrow(/no sheet/);
    await expect(
      host.setPrintLayout('Sheet1', {
        printArea: 'not a range',
        orientation: 'portrait',
        pagesWide: 1,
      }),
    ).rejects.toThrow();
  });
});

describe('receiving another copy of the workbook (another tab wrote it)', () => {
  it('takes everything it holds, and tells the stored-document listeners which documents changed', async () => {
    const mine = new MemoryWorkbookHost();
    await mine.writeStoredDocument('OutcomeModeler.model', 'v1');
    await mine.writeStoredDocument('OutcomeModeler.draft', 'd');
    const theirs = MemoryWorkbookHost.fromState(mine.toState());
    await theirs.writeStoredDocument('OutcomeModeler.model', 'v2');
    await theirs.ensureSheet('Contract');
    await theirs.writeRange('Contract', 'A1', [['Contract terms']]);
    const heard: string[] = [];
    await mine.onStoredDocumentChanged((key) => heard.push(key));

    mine.receive(theirs.toState());
    expect(heard).toEqual(['OutcomeModeler.model']);
    expect(await mine.readStoredDocument('OutcomeModeler.model')).toBe('v2');
    expect(await mine.readRange('Contract', 'A1')).toEqual([['Contract terms']]);
  });

  it('refuses a damaged copy and keeps its own', async () => {
    const mine = new MemoryWorkbookHost();
    await mine.writeStoredDocument('OutcomeModeler.model', 'v1');
    expect(() => mine.receive({ format: 'something else' })).toThrow(
      /The saved workbook is damaged/,
    );
    expect(await mine.readStoredDocument('OutcomeModeler.model')).toBe('v1');
  });
});
