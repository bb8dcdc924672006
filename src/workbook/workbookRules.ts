import { isCellReference, isR1C1Reference } from './cellAddress';
import { type CellInput, type TableSpec } from './workbookHost';

/**
 * Excel's rules for sheet, table and workbook names and for table layouts. Both hosts check them
 * the same way, so the in-memory workbook refuses exactly what Excel would refuse, with a clearer
 * message than Excel's "The argument is invalid".
 */

const MAX_NAME_LENGTH = 255;
const MAX_SHEET_NAME_LENGTH = 31;

/** Why `name` cannot name a table or a workbook name; null when it can. */
export function nameProblem(name: string): string | null {
  if (name === '') return 'it is empty';
  if (name.length > MAX_NAME_LENGTH) return `it is longer than ${MAX_NAME_LENGTH} characters`;
  if (!/^[\p{L}_]/u.test(name)) return 'it must start with a letter or an underscore';
  const bad = /[^\p{L}\p{N}_.]/u.exec(name);
  if (bad) return `it contains "${bad[0]}"; use letters, digits, underscores and periods`;
  if (isCellReference(name) || isR1C1Reference(name)) return 'it reads as a cell reference';
  return null;
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function clash(name: string, others: Iterable<string>): string | null {
  for (const other of others) if (sameName(other, name)) return other;
  return null;
}

/** Tables and workbook names share one namespace, compared ignoring case. */
export function assertTableName(name: string, workbookNames: Iterable<string>): void {
  const problem = nameProblem(name);
  if (problem) throw new Error(`Table name "${name}" is not valid: ${problem}.`);
  const other = clash(name, workbookNames);
  if (other)
    throw new Error(
      `Table name "${name}" is already used by the workbook name "${other}"; names must be unique, ignoring case.`,
    );
}

export function assertWorkbookName(name: string, tableNames: Iterable<string>): void {
  const problem = nameProblem(name);
  if (problem) throw new Error(`Workbook name "${name}" is not valid: ${problem}.`);
  const other = clash(name, tableNames);
  if (other)
    throw new Error(
      `Workbook name "${name}" is already used by the table "${other}"; names must be unique, ignoring case.`,
    );
}

export function assertSheetName(name: string): void {
  const problem =
    name.trim() === ''
      ? 'it is blank'
      : name.length > MAX_SHEET_NAME_LENGTH
        ? `it is longer than ${MAX_SHEET_NAME_LENGTH} characters`
        : /[:\\/?*[\]]/.test(name)
          ? 'it contains one of : \\ / ? * [ ]'
          : name.startsWith("'") || name.endsWith("'")
            ? 'it starts or ends with an apostrophe'
            : sameName(name, 'History')
              ? '"History" is reserved by Excel'
              : null;
  if (problem) throw new Error(`Sheet name "${name}" is not valid: ${problem}.`);
}

/** Headers must be distinct text (Excel would silently rename duplicates), rows as wide as the headers. */
export function assertTableSpec(spec: TableSpec, workbookNames: Iterable<string>): void {
  assertTableName(spec.name, workbookNames);
  const where = `Table "${spec.name}"`;
  if (spec.headers.length === 0) throw new Error(`${where} has no columns.`);
  const seen = new Set<string>();
  for (const header of spec.headers) {
    if (header.trim() === '') throw new Error(`${where} has a blank header.`);
    if (header.startsWith('='))
      throw new Error(`${where}: header "${header}" would be read as a formula.`);
    const key = header.toLowerCase();
    if (seen.has(key)) throw new Error(`${where} has the header "${header}" twice.`);
    seen.add(key);
  }
  spec.rows.forEach((row, i) => {
    if (row.length !== spec.headers.length) {
      throw new Error(
        `${where}: row ${i + 1} has ${row.length} cells but there are ${spec.headers.length} headers.`,
      );
    }
  });
  if (spec.numberFormats && spec.numberFormats.length !== spec.headers.length) {
    throw new Error(
      `${where}: ${spec.numberFormats.length} number formats for ${spec.headers.length} columns.`,
    );
  }
}

/** Excel's limits on one cell: text up to 32,767 characters, a formula up to 8,192. */
export const MAX_CELL_TEXT = 32_767;
export const MAX_FORMULA_LENGTH = 8_192;

/**
 * Refuses cells Excel would refuse, before anything is written: Excel fails the whole request with
 * "The argument is invalid", after the add-in may already have changed other parts of the workbook.
 */
export function assertCellInputs(where: string, cells: readonly (readonly CellInput[])[]): void {
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (typeof cell === 'number' && !Number.isFinite(cell))
        throw new Error(
          `${where}: row ${r + 1}, column ${c + 1} holds ${cell}, not a number Excel can keep.`,
        );
      if (typeof cell !== 'string') return;
      const formula = cell.startsWith('=');
      const limit = formula ? MAX_FORMULA_LENGTH : MAX_CELL_TEXT;
      if (cell.length > limit)
        throw new Error(
          `${where}: row ${r + 1}, column ${c + 1} holds ${formula ? 'a formula' : 'text'} of ${cell.length.toLocaleString('en-US')} characters; Excel keeps at most ${limit.toLocaleString('en-US')}.`,
        );
    }),
  );
}
