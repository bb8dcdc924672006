import {
  addressOf,
  cellAddress,
  parseCell,
  parseRange,
  qualifiedAddress,
  rangeAddress,
} from './cellAddress';
import { formulaGrid, localAddress, sameText } from './officeCells';
import { type CellInput, type CellValue, type TableContent, type TableSpec } from './workbookHost';
import { assertCellInputs, assertTableName, assertTableSpec } from './workbookRules';

/**
 * The Office host's tables: one Excel.run each, as in officeWorkbookHost.ts. A table rewritten
 * where it stands keeps its identity, so formulas that use its name keep working.
 */

export async function officeWriteTable(spec: TableSpec): Promise<void> {
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

export async function officeReadTable(name: string): Promise<TableContent | null> {
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

export async function officeAppendTableRows(
  name: string,
  rows: readonly (readonly CellInput[])[],
): Promise<void> {
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

export async function officeRenameTable(name: string, newName: string): Promise<void> {
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

export async function officeDeleteTable(name: string): Promise<void> {
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

export async function officeListTables(): Promise<string[]> {
  return Excel.run(async (context) => {
    const tables = context.workbook.tables;
    tables.load('items/name');
    await context.sync();
    return tables.items.map((t) => t.name);
  });
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
