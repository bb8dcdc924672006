import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { type RawCellContent } from 'hyperformula';
import { evaluateSheets } from '../../support/hyperSheet';

/**
 * Reads a counterparty file the way the other side's software would: ExcelJS opens it, an
 * independent formula engine (HyperFormula) recalculates every formula, and each recalculated value
 * is set beside the value cached in the file.
 */
export interface FormulaCheck {
  readonly sheet: string;
  readonly address: string;
  readonly formula: string;
  readonly cached: unknown;
  readonly computed: unknown;
}

export interface OpenedFile {
  readonly sheetNames: string[];
  readonly formulas: FormulaCheck[];
  /** Cell value (computed for formulas) by sheet and A1 address. */
  value(sheet: string, address: string): unknown;
  /** Rows (1-based) of `sheet` whose first cell is the text `label`. */
  rowsLabelled(sheet: string, label: string): number[];
  /** Every cell's text or formula, for searching. */
  readonly texts: string[];
}

export async function openCounterpartyFile(bytes: Uint8Array): Promise<OpenedFile> {
  const workbook = new ExcelJS.Workbook();
  // A fresh ArrayBuffer of this realm: under jsdom a Node Buffer is not one the zip reader accepts.
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  await workbook.xlsx.load(copy);
  const sheets: Record<string, RawCellContent[][]> = {};
  const formulaCells: {
    sheet: string;
    row: number;
    col: number;
    formula: string;
  }[] = [];
  const texts: string[] = [];
  workbook.eachSheet((ws) => {
    const grid: RawCellContent[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        grid[r - 1] ??= [];
        const v = cell.value as unknown;
        if (v !== null && typeof v === 'object' && 'formula' in (v as object)) {
          const f = v as { formula: string; result?: unknown };
          grid[r - 1][c - 1] = `=${f.formula}`;
          formulaCells.push({ sheet: ws.name, row: r - 1, col: c - 1, formula: f.formula });
          texts.push(f.formula);
        } else {
          grid[r - 1][c - 1] = v as RawCellContent;
          if (typeof v === 'string') texts.push(v);
        }
      });
    });
    for (let r = 0; r < grid.length; r++) grid[r] ??= [];
    sheets[ws.name] = grid;
  });
  const cachedValues = await cachedInXml(bytes);
  const hf = evaluateSheets(sheets);
  const at = (sheet: string, row: number, col: number) =>
    hf.getCellValue({ sheet: hf.getSheetId(sheet) as number, row, col });
  return {
    sheetNames: Object.keys(sheets),
    formulas: formulaCells.map((f) => ({
      sheet: f.sheet,
      address: `${columnName(f.col)}${f.row + 1}`,
      formula: f.formula,
      // ExcelJS reads a cached 0 back as nothing; the file's own <v> is the truth.
      cached: cachedValues.get(`${f.sheet}!${columnName(f.col)}${f.row + 1}`),
      computed: at(f.sheet, f.row, f.col),
    })),
    value(sheet, address) {
      const m = /^([A-Z]+)(\d+)$/.exec(address);
      if (!m) throw new Error(address);
      return at(sheet, Number(m[2]) - 1, columnNumber(m[1]) - 1);
    },
    rowsLabelled(sheet, label) {
      const grid = sheets[sheet] ?? [];
      return grid.flatMap((row, r) => (row[0] === label ? [r + 1] : []));
    },
    texts,
  };
}

/** The cached value of every formula cell, read from the sheets' XML: "Sheet!A1" → value. */
async function cachedInXml(bytes: Uint8Array): Promise<Map<string, unknown>> {
  const parts = await zipTexts(bytes);
  const rels = new Map(
    [
      ...parts['xl/_rels/workbook.xml.rels'].matchAll(
        /<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g,
      ),
    ].map((m) => [m[1], m[2].replace(/^\/?(xl\/)?/, 'xl/')]),
  );
  const cached = new Map<string, unknown>();
  for (const m of parts['xl/workbook.xml'].matchAll(
    /<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g,
  )) {
    const name = decodeXml(m[1]);
    const xml = parts[rels.get(m[2]) as string];
    for (const c of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(.*?)<\/c>/g)) {
      if (!c[3].includes('<f')) continue;
      const v = /<v>(.*?)<\/v>/.exec(c[3]);
      const type = /t="(\w+)"/.exec(c[2])?.[1];
      const text = v ? decodeXml(v[1]) : '';
      cached.set(
        `${name}!${c[1]}`,
        type === 'str' ? text : type === 'b' ? text === '1' : v ? Number(text) : undefined,
      );
    }
  }
  return cached;
}

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every part of the zip, inflated, as text: what a curious recipient could read. */
export async function zipTexts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) {
    if (!zip.files[name].dir) parts[name] = await zip.files[name].async('string');
  }
  return parts;
}

/** Formula cells whose recalculated value differs from the cached one (numbers beyond 1e-9 relative). */
export function mismatches(file: OpenedFile): FormulaCheck[] {
  return file.formulas.filter((f) => !sameValue(f.cached, f.computed));
}

function sameValue(cached: unknown, computed: unknown): boolean {
  if (typeof cached === 'number' && typeof computed === 'number')
    return Math.abs(cached - computed) <= 1e-9 * Math.max(1, Math.abs(cached));
  if ((cached === '' || cached === undefined) && (computed === '' || computed === null))
    return true;
  return cached === computed;
}

function columnName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function columnNumber(letters: string): number {
  return [...letters].reduce((t, ch) => t * 26 + ch.charCodeAt(0) - 64, 0);
}
