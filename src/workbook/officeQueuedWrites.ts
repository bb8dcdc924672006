import {
  addressOf,
  cellAddress,
  parseCell,
  parseRange,
  qualifiedAddress,
  rangeAddress,
} from './cellAddress';
import { formatGrid, formulaGrid, sameText } from './officeCells';
import { type RecordedWrite, type StandingTable } from './recordedWrite';
import {
  type CellInput,
  type ChartKind,
  type ChartSpec,
  type NumberFormats,
  type TableSpec,
} from './workbookHost';

/**
 * Changes queued on an Excel request context without a round trip: what is known beforehand
 * (a table's place, whether a name exists) comes with the change, so nothing is read. The Office
 * host's own methods load what they need and then queue the same commands; a batched operation
 * (officeBatch.ts) queues a whole list of recorded changes and syncs once.
 */

const CHART_TYPES: Record<
  ChartKind,
  'Line' | 'ColumnClustered' | 'BarClustered' | 'XYScatterLines'
> = {
  line: 'Line',
  columnClustered: 'ColumnClustered',
  barClustered: 'BarClustered',
  xyScatterLines: 'XYScatterLines',
};

/** Whether this Excel can resize a table (ExcelApi 1.13); false outside Office. */
export function canResizeTables(): boolean {
  return (
    typeof Office !== 'undefined' &&
    Office.context?.requirements?.isSetSupported('ExcelApi', '1.13') === true
  );
}

export function queueRange(
  context: Excel.RequestContext,
  sheet: string,
  topLeft: string,
  cells: readonly (readonly CellInput[])[],
  numberFormat?: NumberFormats,
): void {
  const width = Math.max(0, ...cells.map((row) => row.length));
  if (cells.length === 0 || width === 0) return;
  const range = context.workbook.worksheets
    .getItem(sheet)
    .getRange(rangeAddress(topLeft, cells.length, width));
  // Formats first, so that text format ("@") applies to what is written.
  if (numberFormat !== undefined)
    range.numberFormat = formatGrid(numberFormat, cells.length, width);
  range.formulas = formulaGrid(cells, width);
}

/**
 * Grows or shrinks a table's data rows in place. With ExcelApi 1.13 the table is resized over the
 * cells below it (rows.add is what causes co-authoring merge conflicts); before it, rows are added
 * at the end and surplus rows deleted from the end (ExcelApi 1.1).
 */
function resizeRows(
  context: Excel.RequestContext,
  table: Excel.Table,
  at: StandingTable,
  to: number,
): void {
  const whole = parseRange(at.address);
  const from = whole.rows - 1;
  const cols = whole.cols;
  table.getDataBodyRange().clear('Contents');
  if (canResizeTables()) {
    table.resize(addressOf({ ...whole, rows: to + 1 }));
    if (to < from)
      context.workbook.worksheets
        .getItem(at.sheet)
        .getRange(addressOf({ row: whole.row + 1 + to, col: whole.col, rows: from - to, cols }))
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

/** Whether a table standing at `at` is rewritten where it stands (same place and headers). */
export function staysInPlace(at: StandingTable, spec: TableSpec): boolean {
  const from = parseRange(at.address);
  const to = parseCell(spec.topLeft);
  return (
    sameText(at.sheet, spec.sheet) &&
    from.row === to.row &&
    from.col === to.col &&
    at.headers.length === spec.headers.length &&
    at.headers.every((h, c) => h === spec.headers[c])
  );
}

/**
 * Writes a table: one standing where it is written with the same headers is resized in place
 * (formulas using it keep working); one standing elsewhere is deleted and its cells cleared.
 */
export function queueTable(
  context: Excel.RequestContext,
  spec: TableSpec,
  existing: StandingTable | null,
): void {
  const dataRows = spec.rows.length > 0 ? spec.rows : [spec.headers.map(() => null)];
  const cols = spec.headers.length;
  const inPlace = existing !== null && staysInPlace(existing, spec);
  if (existing !== null) {
    const table = context.workbook.tables.getItem(spec.name);
    if (inPlace) resizeRows(context, table, existing, dataRows.length);
    else {
      table.delete();
      context.workbook.worksheets.getItem(existing.sheet).getRange(existing.address).clear('All');
    }
  }
  const top = parseCell(spec.topLeft);
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
}

/**
 * Appends rows to a table standing at `at`, each new cell taking the format of the last row's.
 * Without table resizing (before ExcelApi 1.13) rows are added to the table, which needs neither.
 */
export function queueAppendRows(
  context: Excel.RequestContext,
  name: string,
  at: StandingTable | null,
  rows: readonly (readonly CellInput[])[],
  formats: readonly string[],
): void {
  const table = context.workbook.tables.getItem(name);
  if (at === null || !canResizeTables()) {
    table.rows.add(undefined, formulaGrid(rows, Math.max(...rows.map((r) => r.length))));
    return;
  }
  // Co-authoring: TableRowCollection.add is what Microsoft names as the cause of merge
  // conflicts; writing the cells under the table and growing it over them is the advised way.
  const whole = parseRange(at.address);
  const below = context.workbook.worksheets.getItem(at.sheet).getRange(
    addressOf({
      row: whole.row + whole.rows,
      col: whole.col,
      rows: rows.length,
      cols: whole.cols,
    }),
  );
  below.numberFormat = rows.map(() => [...formats]);
  below.formulas = formulaGrid(rows, whole.cols);
  table.resize(addressOf({ ...whole, rows: whole.rows + rows.length }));
}

export function queueChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
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
}

/** Queues one recorded change (see recordedWrite.ts); nothing is read, nothing synced. */
export function queueWrite(context: Excel.RequestContext, write: RecordedWrite): void {
  const workbook = context.workbook;
  const sheetOf = (name: string) => workbook.worksheets.getItem(name);
  switch (write.kind) {
    case 'addSheet':
      workbook.worksheets.add(write.name);
      return;
    case 'clearSheet': {
      for (const table of write.tables) workbook.tables.getItem(table).delete();
      for (const chart of write.charts) sheetOf(write.name).charts.getItem(chart).delete();
      sheetOf(write.name).getRange().clear('All');
      return;
    }
    case 'deleteSheet':
      sheetOf(write.name).delete();
      return;
    case 'writeRange':
      queueRange(context, write.sheet, write.topLeft, write.cells, write.numberFormat);
      return;
    case 'writeTable':
      queueTable(context, write.spec, write.existing);
      return;
    case 'appendTableRows':
      queueAppendRows(context, write.name, write.table, write.rows, write.formats);
      return;
    case 'renameTable':
      workbook.tables.getItem(write.name).name = write.newName;
      return;
    case 'deleteTable':
      // Deleted, not converted to a range: formulas that used the table show #REF! instead of reading blank cells.
      workbook.tables.getItem(write.name).delete();
      sheetOf(write.table.sheet).getRange(write.table.address).clear('All');
      return;
    case 'defineName':
      if (write.existed) workbook.names.getItem(write.name).delete();
      workbook.names.add(write.name, write.formula);
      return;
    case 'deleteName':
      workbook.names.getItem(write.name).delete();
      return;
    case 'writeChart':
      if (write.existed) sheetOf(write.spec.sheet).charts.getItem(write.spec.name).delete();
      queueChart(sheetOf(write.spec.sheet), write.spec);
      return;
    case 'renameChart':
      sheetOf(write.sheet).charts.getItem(write.name).name = write.newName;
      return;
    case 'deleteChart':
      sheetOf(write.sheet).charts.getItem(write.name).delete();
      return;
    case 'writeStoredDocument':
      workbook.settings.add(write.key, write.text);
      return;
    case 'deleteStoredDocument':
      workbook.settings.getItem(write.key).delete();
      return;
    case 'setPrintLayout': {
      const page = sheetOf(write.sheet).pageLayout;
      page.setPrintArea(write.layout.printArea);
      page.orientation = write.layout.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      page.zoom = { horizontalFitToPages: write.layout.pagesWide };
      return;
    }
    case 'activateSheet':
      sheetOf(write.name).activate();
      return;
    case 'hideSheet':
      // Hidden, not very hidden: the user may look at what the file carries (ExcelApi 1.1).
      sheetOf(write.name).visibility = 'Hidden';
      return;
  }
}
