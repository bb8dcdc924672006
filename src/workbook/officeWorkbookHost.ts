import {
  addressOf,
  cellAddress,
  parseCell,
  parseRange,
  qualifiedAddress,
  rangeAddress,
  splitSheetAddress,
} from './cellAddress';
import {
  type CellInput,
  type CellValue,
  type ChartKind,
  type ChartSpec,
  type NumberFormats,
  type PrintLayout,
  type RangeContent,
  type TableContent,
  type TableSpec,
  type WorkbookHost,
} from './workbookHost';
import {
  assertSheetName,
  assertTableName,
  assertTableSpec,
  assertWorkbookName,
  assertCellInputs,
} from './workbookRules';

/**
 * The workbook through Office.js (ExcelApi 1.4+). Each method is one Excel.run: objects are loaded
 * before they are read, and each logical step is one context.sync() (never one per item). A table
 * rewritten where it stands keeps its identity, so formulas that use its name keep working.
 */

type ExcelCell = string | number | boolean;

const CHART_TYPES: Record<
  ChartKind,
  'Line' | 'ColumnClustered' | 'BarClustered' | 'XYScatterLines'
> = {
  line: 'Line',
  columnClustered: 'ColumnClustered',
  barClustered: 'BarClustered',
  xyScatterLines: 'XYScatterLines',
};

/** Rows padded to one width; null becomes "" so that the cell is cleared, as the interface promises. */
function formulaGrid(cells: readonly (readonly CellInput[])[], width: number): ExcelCell[][] {
  return cells.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
}

/** Excel wants a format per cell; null leaves that cell's format as it is. */
function formatGrid(formats: NumberFormats, rows: number, cols: number): (string | null)[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) =>
      typeof formats === 'string' ? formats : (formats[r]?.[c] ?? null),
    ),
  );
}

const sameText = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Excel reports addresses with their sheet ("Contract!D2:L7"); the host speaks sheet-local addresses. */
const localAddress = (address: string) => splitSheetAddress(address).address;

export class OfficeWorkbookHost implements WorkbookHost {
  async listSheets(): Promise<string[]> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  async ensureSheet(name: string): Promise<void> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      sheet.load('name');
      await context.sync();
      if (!sheet.isNullObject) return;
      assertSheetName(name);
      context.workbook.worksheets.add(name);
      await context.sync();
    });
  }

  async clearSheet(name: string, options: { keepCharts?: boolean } = {}): Promise<void> {
    await Excel.run(async (context) => {
      const tables = context.workbook.worksheets.getItem(name).tables;
      tables.load('items/name');
      const charts = context.workbook.worksheets.getItem(name).charts;
      charts.load('items/name');
      await context.sync();
      for (const table of tables.items) table.delete();
      if (!options.keepCharts) for (const chart of charts.items) chart.delete();
      context.workbook.worksheets.getItem(name).getRange().clear('All');
      await context.sync();
    });
  }

  async deleteSheet(name: string): Promise<void> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      sheet.load('name');
      await context.sync();
      if (sheet.isNullObject) return;
      sheet.delete();
      await context.sync();
    });
  }

  async writeRange(
    sheet: string,
    topLeft: string,
    cells: readonly (readonly CellInput[])[],
    numberFormat?: NumberFormats,
  ): Promise<void> {
    const width = Math.max(0, ...cells.map((row) => row.length));
    if (cells.length === 0 || width === 0) return;
    assertCellInputs(`${sheet}!${topLeft}`, cells);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem(sheet)
        .getRange(rangeAddress(topLeft, cells.length, width));
      // Formats first, so that text format ("@") applies to what is written.
      if (numberFormat !== undefined)
        range.numberFormat = formatGrid(numberFormat, cells.length, width);
      range.formulas = formulaGrid(cells, width);
      await context.sync();
    });
  }

  async readRange(sheet: string, address: string): Promise<CellValue[][]> {
    return Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange(address);
      range.load('values');
      await context.sync();
      return range.values as CellValue[][];
    });
  }

  async readCells(sheet: string, address: string): Promise<RangeContent> {
    return Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange(address);
      range.load('formulas, numberFormat');
      await context.sync();
      const formulas = range.formulas as ExcelCell[][];
      return {
        inputs: formulas.map((row) => row.map((cell) => (cell === '' ? null : cell))),
        formats: (range.numberFormat as string[][]).map((row) => row.map(String)),
      };
    });
  }

  async usedAddress(sheet: string): Promise<string | null> {
    return Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(false);
      used.load('address');
      await context.sync();
      return used.isNullObject ? null : localAddress(used.address);
    });
  }

  async writeTable(spec: TableSpec): Promise<void> {
    assertCellInputs(`Table "${spec.name}"`, [spec.headers, ...spec.rows]);
    await Excel.run(async (context) => {
      const existing = context.workbook.tables.getItemOrNullObject(spec.name);
      existing.load('name');
      const names = context.workbook.names;
      names.load('items/name');
      await context.sync();
      assertTableSpec(
        spec,
        names.items.map((n) => n.name),
      );

      const dataRows = spec.rows.length > 0 ? spec.rows : [spec.headers.map(() => null)];
      const cols = spec.headers.length;
      const top = parseCell(spec.topLeft);
      const inPlace =
        !existing.isNullObject && (await replaceExisting(context, existing, spec, dataRows.length));

      const sheet = context.workbook.worksheets.getItem(spec.sheet);
      const address = rangeAddress(spec.topLeft, dataRows.length + 1, cols);
      if (spec.numberFormats) {
        const formats = spec.numberFormats;
        sheet.getRange(
          rangeAddress(cellAddress(top.row + 1, top.col), dataRows.length, cols),
        ).numberFormat = dataRows.map(() => [...formats]);
      }
      sheet.getRange(address).formulas = formulaGrid([spec.headers, ...dataRows], cols);
      // Added after the values are in place, so the table takes the written headers.
      if (!inPlace) sheet.tables.add(qualifiedAddress(spec.sheet, address), true).name = spec.name;
      await context.sync();
    });
  }

  async readTable(name: string): Promise<TableContent | null> {
    return Excel.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(name);
      table.load('name');
      await context.sync();
      if (table.isNullObject) return null;
      table.worksheet.load('name');
      const whole = table.getRange();
      whole.load('address');
      const header = table.getHeaderRowRange();
      header.load('values');
      const body = table.getDataBodyRange();
      body.load('values');
      await context.sync();
      return {
        name: table.name,
        sheet: table.worksheet.name,
        address: localAddress(whole.address),
        headers: header.values[0].map(String),
        rows: body.values as CellValue[][],
      };
    });
  }

  async appendTableRows(name: string, rows: readonly (readonly CellInput[])[]): Promise<void> {
    if (rows.length === 0) return;
    assertCellInputs(`Table "${name}"`, rows);
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem(name);
      const width = Math.max(...rows.map((r) => r.length));
      if (!canResizeTables()) {
        table.rows.add(undefined, formulaGrid(rows, width));
        await context.sync();
        return;
      }
      // Co-authoring: TableRowCollection.add is what Microsoft names as the cause of merge
      // conflicts; writing the cells under the table and growing it over them is the advised way.
      const whole = table.getRange();
      whole.load('address');
      const last = table.getDataBodyRange().getLastRow();
      last.load('numberFormat');
      table.worksheet.load('name');
      await context.sync();
      const at = parseRange(localAddress(whole.address));
      const below = table.worksheet.getRange(
        addressOf({ row: at.row + at.rows, col: at.col, rows: rows.length, cols: at.cols }),
      );
      below.numberFormat = rows.map(() => [...(last.numberFormat[0] as string[])]);
      below.formulas = formulaGrid(rows, at.cols);
      table.resize(addressOf({ ...at, rows: at.rows + rows.length }));
      await context.sync();
    });
  }

  async renameTable(name: string, newName: string): Promise<void> {
    await Excel.run(async (context) => {
      const tables = context.workbook.tables;
      tables.load('items/name');
      const names = context.workbook.names;
      names.load('items/name');
      await context.sync();
      const others = tables.items.map((t) => t.name).filter((t) => !sameText(t, name));
      assertTableName(newName, [...others, ...names.items.map((n) => n.name)]);
      tables.getItem(name).name = newName;
      await context.sync();
    });
  }

  async deleteTable(name: string): Promise<void> {
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(name);
      table.load('name');
      await context.sync();
      if (table.isNullObject) return;
      table.worksheet.load('name');
      const range = table.getRange();
      range.load('address');
      await context.sync();
      // Deleted, not converted to a range: formulas that used the table show #REF! instead of reading blank cells.
      table.delete();
      context.workbook.worksheets
        .getItem(table.worksheet.name)
        .getRange(localAddress(range.address))
        .clear('All');
      await context.sync();
    });
  }

  async listTables(): Promise<string[]> {
    return Excel.run(async (context) => {
      const tables = context.workbook.tables;
      tables.load('items/name');
      await context.sync();
      return tables.items.map((t) => t.name);
    });
  }

  async defineName(name: string, formula: string): Promise<void> {
    await Excel.run(async (context) => {
      const existing = context.workbook.names.getItemOrNullObject(name);
      existing.load('formula');
      const tables = context.workbook.tables;
      tables.load('items/name');
      await context.sync();
      assertWorkbookName(
        name,
        tables.items.map((t) => t.name),
      );
      if (!existing.isNullObject) {
        if (existing.formula === formula) return;
        existing.delete();
      }
      context.workbook.names.add(name, formula);
      await context.sync();
    });
  }

  async readName(name: string): Promise<string | null> {
    return Excel.run(async (context) => {
      const named = context.workbook.names.getItemOrNullObject(name);
      named.load('formula');
      await context.sync();
      return named.isNullObject ? null : String(named.formula);
    });
  }

  async deleteName(name: string): Promise<void> {
    await Excel.run(async (context) => {
      const named = context.workbook.names.getItemOrNullObject(name);
      named.load('name');
      await context.sync();
      if (named.isNullObject) return;
      named.delete();
      await context.sync();
    });
  }

  async listCharts(sheet: string): Promise<string[]> {
    return Excel.run(async (context) => {
      const charts = context.workbook.worksheets.getItem(sheet).charts;
      charts.load('items/name');
      await context.sync();
      return charts.items.map((c) => c.name);
    });
  }

  async renameChart(sheet: string, name: string, newName: string): Promise<void> {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).charts.getItem(name).name = newName;
      await context.sync();
    });
  }

  async deleteChart(sheet: string, name: string): Promise<void> {
    await Excel.run(async (context) => {
      const chart = context.workbook.worksheets.getItem(sheet).charts.getItemOrNullObject(name);
      chart.load('name');
      await context.sync();
      if (chart.isNullObject) return;
      chart.delete();
      await context.sync();
    });
  }

  async writeChart(spec: ChartSpec): Promise<void> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(spec.sheet);
      const existing = sheet.charts.getItemOrNullObject(spec.name);
      existing.load('name');
      await context.sync();
      if (!existing.isNullObject) existing.delete();
      const chart = sheet.charts.add(
        CHART_TYPES[spec.kind],
        sheet.getRange(spec.sourceAddress),
        'Auto',
      );
      chart.name = spec.name;
      chart.title.text = spec.title;
      if (spec.valueAxis) {
        chart.axes.valueAxis.minimum = spec.valueAxis.minimum;
        chart.axes.valueAxis.maximum = spec.valueAxis.maximum;
      }
      const place = parseRange(spec.placeAt);
      chart.setPosition(
        cellAddress(place.row, place.col),
        cellAddress(place.row + place.rows - 1, place.col + place.cols - 1),
      );
      await context.sync();
    });
  }

  async readStoredDocument(key: string): Promise<string | null> {
    return Excel.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(key);
      setting.load('value');
      await context.sync();
      if (setting.isNullObject) return null;
      const value: unknown = setting.value;
      return typeof value === 'string' ? value : JSON.stringify(value);
    });
  }

  async writeStoredDocument(key: string, text: string): Promise<void> {
    await Excel.run(async (context) => {
      context.workbook.settings.add(key, text);
      await context.sync();
    });
  }

  async deleteStoredDocument(key: string): Promise<void> {
    await Excel.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(key);
      setting.load('key');
      await context.sync();
      if (setting.isNullObject) return;
      setting.delete();
      await context.sync();
    });
  }

  /** Settings changes arrive from co-authors too (ExcelApi 1.4's onSettingsChanged). */
  async onStoredDocumentChanged(listener: (key: string) => void): Promise<() => void> {
    const handler = await Excel.run(async (context) => {
      const registered = context.workbook.settings.onSettingsChanged.add(async (event) => {
        // The event names no key: each listener re-reads what it cares about.
        void event;
        listener('*');
      });
      await context.sync();
      return registered;
    });
    return () => {
      void Excel.run(handler.context, async (context) => {
        handler.remove();
        await context.sync();
      }).catch(() => undefined);
    };
  }

  async readPrintLayout(sheet: string): Promise<PrintLayout | null> {
    return Excel.run(async (context) => {
      const page = context.workbook.worksheets.getItem(sheet).pageLayout;
      const area = page.getPrintAreaOrNullObject();
      area.load('address');
      page.load('orientation, zoom');
      await context.sync();
      if (area.isNullObject) return null;
      return {
        printArea: localAddress(area.address),
        orientation: page.orientation === 'Landscape' ? 'landscape' : 'portrait',
        pagesWide: page.zoom.horizontalFitToPages ?? 1,
      };
    });
  }

  async setPrintLayout(sheet: string, layout: PrintLayout): Promise<void> {
    await Excel.run(async (context) => {
      const page = context.workbook.worksheets.getItem(sheet).pageLayout;
      page.setPrintArea(layout.printArea);
      page.orientation = layout.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      page.zoom = { horizontalFitToPages: layout.pagesWide };
      await context.sync();
    });
  }

  async activateSheet(name: string): Promise<void> {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(name).activate();
      await context.sync();
    });
  }

  async isSheetEmpty(name: string): Promise<boolean> {
    return Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
      used.load('address');
      await context.sync();
      return used.isNullObject;
    });
  }
}

/**
 * Grows or shrinks a table's data rows in place. With ExcelApi 1.13 the table is resized over the
 * cells below it (rows.add is what causes co-authoring merge conflicts); before it, rows are added
 * at the end and surplus rows deleted from the end (ExcelApi 1.1).
 */
function resizeRows(
  table: Excel.Table,
  address: string,
  from: number,
  to: number,
  cols: number,
): void {
  table.getDataBodyRange().clear('Contents');
  if (canResizeTables()) {
    const at = parseRange(address);
    table.resize(addressOf({ ...at, rows: to + 1 }));
    if (to < from)
      table.worksheet
        .getRange(addressOf({ row: at.row + 1 + to, col: at.col, rows: from - to, cols }))
        .clear('All');
    return;
  }
  if (to > from)
    table.rows.add(
      undefined,
      Array.from({ length: to - from }, () => Array.from({ length: cols }, () => '')),
    );
  for (let i = from - 1; i >= to; i--) table.rows.getItemAt(i).delete();
}

/** Whether this Excel can resize a table (ExcelApi 1.13); false outside Office. */
function canResizeTables(): boolean {
  return (
    typeof Office !== 'undefined' &&
    Office.context?.requirements?.isSetSupported('ExcelApi', '1.13') === true
  );
}

/**
 * Makes room for a table's new content: when the table stands where it is written with the same
 * headers, its rows are resized in place (formulas using it keep working); otherwise it is
 * deleted and its old cells cleared. Returns whether it stays in place.
 */
async function replaceExisting(
  context: Excel.RequestContext,
  table: Excel.Table,
  spec: TableSpec,
  rows: number,
): Promise<boolean> {
  table.worksheet.load('name');
  const whole = table.getRange();
  whole.load('address');
  const header = table.getHeaderRowRange();
  header.load('values');
  table.rows.load('count');
  await context.sync();
  const old = localAddress(whole.address);
  const from = parseRange(old);
  const to = parseCell(spec.topLeft);
  const headers = header.values[0].map(String);
  const inPlace =
    sameText(table.worksheet.name, spec.sheet) &&
    from.row === to.row &&
    from.col === to.col &&
    headers.length === spec.headers.length &&
    headers.every((h, c) => h === spec.headers[c]);
  if (inPlace) {
    resizeRows(table, old, table.rows.count, rows, spec.headers.length);
  } else {
    table.delete();
    context.workbook.worksheets.getItem(table.worksheet.name).getRange(old).clear('All');
  }
  return inPlace;
}
