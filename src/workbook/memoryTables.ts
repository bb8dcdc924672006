import {
  addressOf,
  cellAddress,
  parseCell,
  type RangePosition,
  rangesOverlap,
} from './cellAddress';
import { setCell } from './memoryCells';
import { cellKey, type Sheet, type Table, type WorkbookData } from './memoryWorkbookState';
import { type CellInput, type TableSpec } from './workbookHost';
import { assertCellInputs, assertTableName, assertTableSpec } from './workbookRules';

/**
 * The in-memory workbook's tables, behaving as Excel's where the add-in depends on it: names
 * unique ignoring case (shared with workbook names), no overlaps, always a data row, and a table
 * that refuses to grow over cells below it instead of overwriting them.
 */

const lower = (name: string) => name.toLowerCase();
const nameList = (data: WorkbookData) => [...data.names.values()].map((n) => n.name);

export function assertFree(
  data: WorkbookData,
  sheet: Sheet,
  position: RangePosition,
  except: Table | undefined,
): void {
  for (const other of data.tables.values()) {
    if (other !== except && other.sheet === sheet && rangesOverlap(other.position, position)) {
      throw new Error(
        `Cells ${addressOf(position)} on "${sheet.name}" overlap the table "${other.name}" (${addressOf(other.position)}).`,
      );
    }
  }
}

export function removeTable(data: WorkbookData, table: Table): void {
  const { row, col, rows, cols } = table.position;
  for (let r = row; r < row + rows; r++)
    for (let c = col; c < col + cols; c++) table.sheet.cells.delete(cellKey(r, c));
  data.tables.delete(lower(table.name));
}

/** Creates the table, or replaces the one of that name (wherever it stood). */
export function placeTable(data: WorkbookData, sheet: Sheet, spec: TableSpec): void {
  assertCellInputs(`Table "${spec.name}"`, [spec.headers, ...spec.rows]);
  assertTableSpec(spec, nameList(data));
  const existing = data.tables.get(lower(spec.name));
  const rows = spec.rows.length > 0 ? spec.rows : [spec.headers.map(() => null)];
  const position = { ...parseCell(spec.topLeft), rows: rows.length + 1, cols: spec.headers.length };
  assertFree(data, sheet, position, existing);
  if (existing) removeTable(data, existing);
  // "General" is no format, as in setCell.
  const formats = (spec.numberFormats ?? spec.headers.map(() => null)).map((f) =>
    f === 'General' ? null : f,
  );
  spec.headers.forEach((header, c) => setCell(sheet, position.row, position.col + c, header, null));
  rows.forEach((values, r) =>
    values.forEach((v, c) => setCell(sheet, position.row + 1 + r, position.col + c, v, formats[c])),
  );
  data.tables.set(lower(spec.name), { name: spec.name, sheet, position, formats });
}

export function appendRows(
  data: WorkbookData,
  name: string,
  rows: readonly (readonly CellInput[])[],
): void {
  const table = data.tables.get(lower(name));
  if (!table) throw new Error(`There is no table "${name}".`);
  const { row, col, rows: height, cols } = table.position;
  rows.forEach((values, i) => {
    if (values.length !== cols)
      throw new Error(
        `Table "${table.name}": row ${i + 1} has ${values.length} cells but the table has ${cols} columns.`,
      );
  });
  if (rows.length === 0) return;
  const added = { row: row + height, col, rows: rows.length, cols };
  addressOf(added);
  assertCellInputs(`Table "${table.name}"`, rows);
  assertFree(data, table.sheet, added, table);
  for (let r = 0; r < added.rows; r++) {
    for (let c = 0; c < cols; c++) {
      // Excel shifts cells below a growing table down; this workbook refuses instead of overwriting.
      if ((table.sheet.cells.get(cellKey(added.row + r, col + c))?.input ?? null) !== null) {
        throw new Error(
          `Table "${table.name}" cannot grow: ${cellAddress(added.row + r, col + c)} below it is not empty.`,
        );
      }
    }
  }
  rows.forEach((values, r) =>
    values.forEach((v, c) => setCell(table.sheet, added.row + r, col + c, v, table.formats[c])),
  );
  table.position = { ...table.position, rows: height + rows.length };
}

export function renameTableIn(data: WorkbookData, name: string, newName: string): void {
  const table = data.tables.get(lower(name));
  if (!table) throw new Error(`There is no table "${name}".`);
  const others = [...data.tables.values()].filter((t) => t !== table).map((t) => t.name);
  assertTableName(newName, [...others, ...nameList(data)]);
  data.tables.delete(lower(name));
  data.tables.set(lower(newName), { ...table, name: newName });
}
