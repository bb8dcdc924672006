import { localAddress, sameText } from './officeCells';
import { canResizeTables, queueAppendRows, queueTable, queueWrite } from './officeQueuedWrites';
import { type StandingTable } from './recordedWrite';
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
    queueTable(context, spec, existing.isNullObject ? null : await standing(context, existing));
    await context.sync();
  });
}

/** Where a table stands and its headers: what queueTable needs to rewrite it in place. */
async function standing(context: Excel.RequestContext, table: Excel.Table): Promise<StandingTable> {
  table.worksheet.load('name');
  const whole = table.getRange();
  whole.load('address');
  const header = table.getHeaderRowRange();
  header.load('values');
  await context.sync();
  return {
    sheet: table.worksheet.name,
    address: localAddress(whole.address),
    headers: header.values[0].map(String),
  };
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
    if (!canResizeTables()) {
      queueAppendRows(context, name, null, rows, []);
      await context.sync();
      return;
    }
    const table = context.workbook.tables.getItem(name);
    const whole = table.getRange();
    whole.load('address');
    const last = table.getDataBodyRange().getLastRow();
    last.load('numberFormat');
    const sheet = context.workbook.tables.getItem(name).worksheet;
    sheet.load('name');
    await context.sync();
    const at = { sheet: sheet.name, address: localAddress(whole.address), headers: [] };
    queueAppendRows(context, name, at, rows, (last.numberFormat[0] as string[]).map(String));
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
    const at = { sheet: table.worksheet.name, address: localAddress(range.address), headers: [] };
    queueWrite(context, { kind: 'deleteTable', name, table: at });
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
