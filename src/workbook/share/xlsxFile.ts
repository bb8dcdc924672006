import type { Workbook, Worksheet } from 'exceljs';
import { isFormula, type RowStyle, type SharedSheet } from './sharedSheet';

/**
 * Writes the counterparty file's sheets as an .xlsx with ExcelJS: each formula with its cached
 * value, number formats, column widths, a few styles. The library is loaded only when a file is made
 * (it is larger than the rest of the pane). Nothing else goes in: no settings, no custom document
 * properties, no hidden sheets; Excel recalculates on open.
 */

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const GREY = 'FF605E5C';
const HEADER_FILL = 'FFF3F2F1';

/** Points per line of 11-point text: a wrapped header row is given the height of its longest cell. */
const LINE_HEIGHT = 15;

function headerLines(cells: readonly unknown[], widths: readonly number[]): number {
  let lines = 1;
  cells.forEach((cell, c) => {
    if (typeof cell === 'string' && c + 1 < cells.length)
      lines = Math.max(lines, Math.ceil(cell.length / Math.max(1, (widths[c] ?? 10) - 1)));
  });
  return lines;
}

function style(ws: Worksheet, row: number, kind: RowStyle, width: number): void {
  if (kind === 'plain') return;
  const r = ws.getRow(row);
  if (kind === 'title') r.font = { bold: true, size: 14 };
  if (kind === 'total') r.font = { bold: true };
  if (kind === 'note') r.font = { italic: true, color: { argb: GREY } };
  if (kind === 'header')
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(row, c);
      cell.font = { bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
      // A lone title runs on into the empty cells beside it; table headers wrap within their column.
      cell.alignment = width > 1 ? { wrapText: true, vertical: 'top' } : { vertical: 'top' };
    }
}

export async function xlsxBytes(sheets: readonly SharedSheet[], now: Date): Promise<Uint8Array> {
  const { default: ExcelJS } = await import(/* webpackChunkName: "xlsx" */ 'exceljs');
  const workbook: Workbook = new ExcelJS.Workbook();
  workbook.creator = 'Outcome Modeler';
  workbook.lastModifiedBy = 'Outcome Modeler';
  workbook.created = now;
  workbook.modified = now;
  // Excel recalculates every formula when the file opens; viewers show the cached values.
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    sheet.rows.forEach((row, r) => {
      row.cells.forEach((cell, c) => {
        if (cell === null) return;
        const target = ws.getCell(r + 1, c + 1);
        target.value = isFormula(cell) ? { formula: cell.formula, result: cell.result } : cell;
        const format = row.formats[c];
        if (format) target.numFmt = format;
      });
      style(ws, r + 1, row.style, Math.max(row.cells.length, 1));
      // Not every reader fits a row to wrapped text (LibreOffice keeps the default height).
      if (row.style === 'header' && row.cells.length > 1)
        ws.getRow(r + 1).height = LINE_HEIGHT * headerLines(row.cells, sheet.widths);
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
