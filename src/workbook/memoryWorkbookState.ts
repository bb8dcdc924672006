import * as z from './schemaLibrary';
import {
  addressOf,
  MAX_COLUMNS,
  MAX_ROWS,
  parseRange,
  type RangePosition,
  rangesOverlap,
} from './cellAddress';
import { type CellInput, type ChartSpec } from './workbookHost';
import { assertSheetName, assertTableName, assertWorkbookName } from './workbookRules';

/**
 * What an in-memory workbook holds, live (maps for lookups) and as plain JSON (to keep the
 * workbench's workbook in the browser between visits). A saved state is checked as strictly as
 * a document from outside: a damaged one is refused with a message, never half loaded.
 */

export interface Cell {
  input: CellInput;
  format: string | null;
}

export interface Sheet {
  readonly name: string;
  /** Keyed "row:col". */
  readonly cells: Map<string, Cell>;
}

export interface Table {
  readonly name: string;
  readonly sheet: Sheet;
  /** The whole table, header row included. */
  position: RangePosition;
  /** Number format of each column's data cells, given to rows appended later. */
  readonly formats: readonly (string | null)[];
}

export interface WorkbookData {
  readonly sheets: Sheet[];
  /** Keyed by lower-case name: Excel's names ignore case. */
  readonly tables: Map<string, Table>;
  readonly names: Map<string, { name: string; formula: string }>;
  readonly charts: ChartSpec[];
  readonly documents: Map<string, string>;
  active: string;
}

export const cellKey = (row: number, col: number) => `${row}:${col}`;

/** A new workbook, as Excel makes one: a single empty Sheet1. */
export function newWorkbookData(): WorkbookData {
  return {
    sheets: [{ name: 'Sheet1', cells: new Map() }],
    tables: new Map(),
    names: new Map(),
    charts: [],
    documents: new Map(),
    active: 'Sheet1',
  };
}

const stateSchema = z.object({
  format: z.literal('outcome-modeler-memory-workbook'),
  version: z.literal(1),
  sheets: z.array(
    z.object({
      name: z.string(),
      cells: z.array(
        z.object({
          row: z.number().int().min(1).max(MAX_ROWS),
          col: z.number().int().min(1).max(MAX_COLUMNS),
          input: z.union([z.string(), z.number(), z.boolean()]),
          format: z.string().nullable(),
        }),
      ),
    }),
  ),
  tables: z.array(
    z.object({
      name: z.string(),
      sheet: z.string(),
      address: z.string(),
      formats: z.array(z.string().nullable()),
    }),
  ),
  names: z.array(z.object({ name: z.string(), formula: z.string() })),
  charts: z.array(
    z.object({
      name: z.string(),
      sheet: z.string(),
      kind: z.enum(['line', 'columnClustered', 'barClustered', 'xyScatterLines']),
      title: z.string(),
      sourceAddress: z.string(),
      placeAt: z.string(),
      valueAxis: z.object({ minimum: z.number(), maximum: z.number() }).optional(),
    }),
  ),
  documents: z.record(z.string(), z.string()),
  activeSheet: z.string(),
});

/** The JSON form of an in-memory workbook. */
export type MemoryWorkbookState = z.infer<typeof stateSchema>;

export function workbookState(data: WorkbookData): MemoryWorkbookState {
  return {
    format: 'outcome-modeler-memory-workbook',
    version: 1,
    sheets: data.sheets.map((sheet) => ({
      name: sheet.name,
      cells: [...sheet.cells].flatMap(([k, cell]) => {
        const [row, col] = k.split(':').map(Number);
        return cell.input === null && cell.format === null
          ? []
          : [{ row, col, input: cell.input ?? '', format: cell.format }];
      }),
    })),
    tables: [...data.tables.values()].map((t) => ({
      name: t.name,
      sheet: t.sheet.name,
      address: addressOf(t.position),
      formats: [...t.formats],
    })),
    names: [...data.names.values()].map((n) => ({ ...n })),
    charts: data.charts.map((c) => ({ ...c })),
    documents: Object.fromEntries(data.documents),
    activeSheet: data.active,
  };
}

/** Rebuilds a workbook from its JSON form; throws an Error naming the first problem. */
export function workbookFromState(state: unknown): WorkbookData {
  const parsed = stateSchema.safeParse(state);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `The saved workbook is damaged: ${issue.path.join('.') || '(top)'}: ${issue.message}`,
    );
  }
  try {
    return rebuild(parsed.data);
  } catch (e) {
    throw new Error(`The saved workbook is damaged: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function rebuild(state: MemoryWorkbookState): WorkbookData {
  const data: WorkbookData = { ...newWorkbookData(), sheets: [] };
  const sheetNamed = (name: string) => {
    const sheet = data.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw new Error(`there is no sheet "${name}"`);
    return sheet;
  };
  for (const { name, cells } of state.sheets) {
    assertSheetName(name);
    if (data.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`sheet "${name}" appears twice`);
    data.sheets.push({
      name,
      cells: new Map(
        cells.map((c) => [
          cellKey(c.row, c.col),
          { input: c.input === '' ? null : c.input, format: c.format },
        ]),
      ),
    });
  }
  if (data.sheets.length === 0) throw new Error('it has no sheets');
  for (const { name, formula } of state.names) {
    assertWorkbookName(name, []);
    data.names.set(name.toLowerCase(), { name, formula });
  }
  for (const t of state.tables) {
    assertTableName(
      t.name,
      [...data.names.values()].map((n) => n.name),
    );
    if (data.tables.has(t.name.toLowerCase())) throw new Error(`table "${t.name}" appears twice`);
    const table: Table = {
      name: t.name,
      sheet: sheetNamed(t.sheet),
      position: parseRange(t.address),
      formats: t.formats,
    };
    if (table.position.rows < 2 || table.formats.length !== table.position.cols)
      throw new Error(`table "${t.name}" has an impossible shape`);
    for (const other of data.tables.values()) {
      if (other.sheet === table.sheet && rangesOverlap(other.position, table.position))
        throw new Error(`tables "${other.name}" and "${t.name}" overlap`);
    }
    data.tables.set(t.name.toLowerCase(), table);
  }
  for (const chart of state.charts)
    data.charts.push({ ...chart, sheet: sheetNamed(chart.sheet).name });
  for (const [key, text] of Object.entries(state.documents)) data.documents.set(key, text);
  data.active = sheetNamed(state.activeSheet).name;
  return data;
}
