import { addressOf, cellAddress } from './cellAddress';
import { textCell } from './cellText';
import {
  type ResultsFocus,
  type ScenarioRunResults,
  type ScenarioSheetReport,
} from '../runs/scenarioResults';
import { type ResultTable, scenarioTables } from './scenarioTables';
import { type WorkbookHost } from './workbookHost';

/**
 * The OM_Scenarios sheet: a run's results as Excel tables, one under another with a caption each,
 * and native charts to their right. The sheet is generated: every write clears it first, so a
 * rerun replaces the tables and charts (same names) instead of adding copies next to them.
 */

export const SCENARIO_SHEET = 'OM_Scenarios';

const FIRST_TABLE_ROW = 4;
/** Rows between the end of one table and the caption of the next. */
const TABLE_GAP = 2;
const CHART_WIDTH_COLUMNS = 8;
const CHART_HEIGHT_ROWS = 16;
const CHART_GAP_ROWS = 1;

interface Placed {
  readonly table: ResultTable;
  /** Row of the table's header; its caption sits in the row above. */
  readonly row: number;
}

/** Tables stacked downward in column A; each takes its caption row, header row and data rows (at least one). */
function placeTables(tables: readonly ResultTable[]): Placed[] {
  const placed: Placed[] = [];
  let row = FIRST_TABLE_ROW + 1;
  for (const table of tables) {
    placed.push({ table, row });
    row += 1 + Math.max(1, table.rows.length) + TABLE_GAP + 1;
  }
  return placed;
}

/**
 * Counts in sheet text go without thousands separators: the file is read in every locale, and
 * "2,000" reads as 2 to a German reader (numbers in cells carry the reader's own format).
 */
function runDescription(results: ScenarioRunResults): string {
  const trials = String(results.trials);
  const baseline = results.proposals[0]?.name ?? '';
  const run = `Seed ${results.seed}, ${trials} trials per scenario; differences are against ${baseline} on the same trials.`;
  const precision = results.precision;
  if (!precision) return run;
  // Percentages to at most two decimals with a point would misread in German: whole hundredths of a percent.
  const target = `${Math.round(precision.target * 10_000) / 100}%`;
  return precision.reached
    ? `${run} Run until every expected and P5 net was known to ±${target} at 95%.`
    : `${run} Run until precise to ±${target} at 95%, stopped at the most trials allowed (${precision.cap}) before every figure got there.`;
}

export async function writeScenarioResults(
  host: WorkbookHost,
  results: ScenarioRunResults,
  focus: ResultsFocus,
): Promise<ScenarioSheetReport> {
  const exists = (await host.listSheets()).some(
    (s) => s.toLowerCase() === SCENARIO_SHEET.toLowerCase(),
  );
  if (exists) await host.clearSheet(SCENARIO_SHEET);
  else await host.ensureSheet(SCENARIO_SHEET);
  await host.writeRange(SCENARIO_SHEET, 'A1', [
    ['Outcome Modeler: proposals × scenarios'],
    [textCell(runDescription(results))],
  ]);

  const placed = placeTables(scenarioTables(results, focus));
  for (const { table, row } of placed) {
    await host.writeRange(SCENARIO_SHEET, cellAddress(row - 1, 1), [[textCell(table.caption)]]);
    await host.writeTable({
      name: table.name,
      sheet: SCENARIO_SHEET,
      topLeft: cellAddress(row, 1),
      headers: table.headers,
      rows: table.rows,
      numberFormats: table.numberFormats,
    });
  }

  // Charts to the right of the widest table, stacked in the order of their tables.
  const chartColumn = Math.max(...placed.map((p) => p.table.headers.length)) + 2;
  const charts: string[] = [];
  for (const { table, row } of placed) {
    if (!table.chart) continue;
    const top = 1 + charts.length * (CHART_HEIGHT_ROWS + CHART_GAP_ROWS);
    const dataRows = Math.max(1, table.rows.length);
    await host.writeChart({
      name: table.chart.name,
      sheet: SCENARIO_SHEET,
      kind: table.chart.kind,
      title: table.chart.title,
      sourceAddress: addressOf({ row, col: 1, rows: dataRows + 1, cols: table.chart.columns }),
      placeAt: addressOf({
        row: top,
        col: chartColumn,
        rows: CHART_HEIGHT_ROWS,
        cols: CHART_WIDTH_COLUMNS,
      }),
    });
    charts.push(table.chart.name);
  }
  await host.activateSheet(SCENARIO_SHEET);
  return { sheet: SCENARIO_SHEET, tables: placed.map((p) => p.table.name), charts };
}
