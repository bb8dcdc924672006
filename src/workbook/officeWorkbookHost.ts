import {
  officeDeleteChart,
  officeListCharts,
  officeRenameChart,
  officeWriteChart,
} from './officeCharts';
import { type ExcelCell, localAddress } from './officeCells';
import { officeInFewRoundTrips } from './officeBatch';
import { queueRange, queueWrite } from './officeQueuedWrites';
import {
  officeDeleteStoredDocument,
  officeOnStoredDocumentChanged,
  officeReadStoredDocument,
  officeWriteStoredDocument,
} from './officeSettings';
import {
  officeAppendTableRows,
  officeDeleteTable,
  officeListTables,
  officeReadTable,
  officeRenameTable,
  officeWriteTable,
} from './officeTables';
import {
  type CellInput,
  type CellValue,
  type NumberFormats,
  type PrintLayout,
  type RangeContent,
  type WorkbookHost,
} from './workbookHost';
import { assertCellInputs, assertSheetName, assertWorkbookName } from './workbookRules';

/**
 * The workbook through Office.js (ExcelApi 1.4+). Each method is one Excel.run: objects are loaded
 * before they are read, and each logical step is one context.sync() (never one per item). Tables,
 * charts and the stored documents (settings) have their own files; sheets, cells, names and print
 * settings are here.
 */

export class OfficeWorkbookHost implements WorkbookHost {
  writeTable = officeWriteTable;
  readTable = officeReadTable;
  appendTableRows = officeAppendTableRows;
  renameTable = officeRenameTable;
  deleteTable = officeDeleteTable;
  listTables = officeListTables;
  listCharts = officeListCharts;
  renameChart = officeRenameChart;
  deleteChart = officeDeleteChart;
  writeChart = officeWriteChart;
  readStoredDocument = officeReadStoredDocument;
  writeStoredDocument = officeWriteStoredDocument;
  deleteStoredDocument = officeDeleteStoredDocument;
  onStoredDocumentChanged = officeOnStoredDocumentChanged;

  inFewRoundTrips<T>(body: (host: WorkbookHost) => Promise<T>): Promise<T> {
    return officeInFewRoundTrips(this, body);
  }

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
      queueRange(context, sheet, topLeft, cells, numberFormat);
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
      queueWrite(context, { kind: 'setPrintLayout', sheet, layout });
      await context.sync();
    });
  }

  async activateSheet(name: string): Promise<void> {
    await Excel.run(async (context) => {
      queueWrite(context, { kind: 'activateSheet', name });
      await context.sync();
    });
  }

  async hideSheet(name: string): Promise<void> {
    await Excel.run(async (context) => {
      queueWrite(context, { kind: 'hideSheet', name });
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
