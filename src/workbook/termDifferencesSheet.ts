import { cellAddress } from './cellAddress';
import { textCell } from './cellText';
import { MONEY_FORMAT } from './scenarioTables';
import { type CellInput, type WorkbookHost } from './workbookHost';

/**
 * The OM_TermDifferences sheet: a term-by-term comparison of two contracts as one Excel table —
 * each differing term with both sides' values and its money effect at the expected level, at the
 * minimum level and in each scenario, then the whole difference and the interaction remainder.
 * Generated: every write clears the sheet first, so it holds the latest comparison only.
 */

export const TERM_DIFFERENCES_SHEET = 'OM_TermDifferences';
export const TERM_DIFFERENCES_TABLE = 'OM_TermDifferences';

/** One row of the table: a term (or a service level only one side has, or the whole/remainder). */
export interface TermDifferenceRow {
  readonly term: string;
  /** The term's value on each side, as the pane shows it; "" for the whole and remainder rows. */
  readonly left: string;
  readonly right: string;
  /** Money effects in the contract currency; null where there is none (a one-sided service level). */
  readonly atExpected: number | null;
  readonly atMinimum: number | null;
  /** One per scenario of `TermDifferencesSheetData.scenarios`. */
  readonly scenarios: readonly (number | null)[];
}

export interface TermDifferencesSheetData {
  readonly leftName: string;
  readonly rightName: string;
  readonly currency: string;
  /** What "expected level" and "minimum level" mean, in words. */
  readonly levelsNote: string;
  /** The scenario runs' seed and trials per scenario; null when there were none. */
  readonly run: { readonly seed: number; readonly trials: number } | null;
  readonly scenarios: readonly string[];
  /** Differences first, then the whole difference and the remainder. */
  readonly rows: readonly TermDifferenceRow[];
}

export interface TermDifferencesSheetReport {
  readonly sheet: string;
  readonly table: string;
  readonly rows: number;
}

const TABLE_ROW = 5;

/** Headers must be distinct in a table: a scenario called "Term" becomes "Term (2)". */
function distinctHeaders(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  return headers.map((h) => {
    let name = h.trim() || 'Scenario';
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${h.trim()} (${n})`;
    seen.add(name.toLowerCase());
    return name;
  });
}

function runText(data: TermDifferencesSheetData, now: Date): string {
  const time = `${now.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const run =
    data.run === null
      ? 'no scenarios simulated'
      : `scenarios simulated with seed ${data.run.seed}, ${data.run.trials} trials each, on the same trials for every contract`;
  return `Written ${time}; ${run}. Effects in ${data.currency} on what the customer pays over the term: ${data.leftName} with that one term from ${data.rightName}, minus ${data.leftName}.`;
}

export async function writeTermDifferencesSheet(
  host: WorkbookHost,
  data: TermDifferencesSheetData,
  now: Date,
): Promise<TermDifferencesSheetReport> {
  const exists = (await host.listSheets()).some(
    (s) => s.toLowerCase() === TERM_DIFFERENCES_SHEET.toLowerCase(),
  );
  if (exists) await host.clearSheet(TERM_DIFFERENCES_SHEET);
  else await host.ensureSheet(TERM_DIFFERENCES_SHEET);
  await host.writeRange(TERM_DIFFERENCES_SHEET, 'A1', [
    [textCell(`Outcome Modeler: term by term, ${data.leftName} vs ${data.rightName}`)],
    [textCell(runText(data, now))],
    [textCell(data.levelsNote)],
  ]);
  const headers = distinctHeaders([
    'Term',
    data.leftName,
    data.rightName,
    'At expected level',
    'At minimum level',
    ...data.scenarios,
  ]);
  const rows: CellInput[][] = data.rows.map((r) => [
    textCell(r.term),
    textCell(r.left),
    textCell(r.right),
    r.atExpected,
    r.atMinimum,
    ...r.scenarios,
  ]);
  await host.writeTable({
    name: TERM_DIFFERENCES_TABLE,
    sheet: TERM_DIFFERENCES_SHEET,
    topLeft: cellAddress(TABLE_ROW, 1),
    headers,
    rows,
    numberFormats: headers.map((_, c) => (c < 3 ? null : MONEY_FORMAT)),
  });
  await host.activateSheet(TERM_DIFFERENCES_SHEET);
  return { sheet: TERM_DIFFERENCES_SHEET, table: TERM_DIFFERENCES_TABLE, rows: rows.length };
}
